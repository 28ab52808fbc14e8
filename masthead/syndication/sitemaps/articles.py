"""Every public story and QiOSK item, each with its top photo as an image entry."""

from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model

from masthead.articles import queries
from masthead.syndication.sitemaps.base import MastheadSitemap

# The largest JPEG the article page's <picture> offers for its top photo: the image
# sitemap names a file readers really see, and its rendition usually exists already.
TOP_IMAGE_SPEC = "format-jpeg|fill-1200x675"


class ArticleSitemap(MastheadSitemap):
    """Every public story and QiOSK item, with its top photo."""

    def articles(self):
        """Public articles on this site whose canonical address is their own."""
        # An article with a canonical URL was first published elsewhere; that URL,
        # not ours, is the one search engines should list.
        return (
            queries.published_articles()
            .descendant_of(self.root)
            .filter(canonical_url="")
            .annotate(sitemap_lastmod=Coalesce("updated_at", "last_published_at"))
        )

    def items(self):
        renditions = get_image_model().get_rendition_model().objects
        return (
            self.articles()
            .defer_streamfields()
            # Only the one rendition we list, not every size of every photo.
            .prefetch_related(None)
            .prefetch_related(
                Prefetch(
                    "top_image__renditions",
                    queryset=renditions.filter(filter_spec=TOP_IMAGE_SPEC),
                    to_attr="prefetched_renditions",
                )
            )
            # Oldest first, so publishing a story leaves the earlier files as
            # they were.
            .order_by("pk")
        )

    def url_info(self, item):
        if item.top_image is None:
            return {"images": []}
        rendition = item.top_image.get_rendition(TOP_IMAGE_SPEC)
        # Only <image:loc>: Google ignores the other 1.1 elements since 2022.
        return {"images": [self.absolute(rendition.url)]}
