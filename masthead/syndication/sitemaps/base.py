"""What every sitemap file shares: the request, its site, paging, lastmod per file."""

import datetime

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max, QuerySet
from django.utils.functional import cached_property

from masthead.core import public_url


def w3c_datetime(value):
    """``2025-01-31T09:30:00+00:00``: the W3C form sitemaps and Google News want."""
    return value.astimezone(datetime.UTC).isoformat(timespec="seconds")


class MastheadSitemap(Sitemap):
    """A Django sitemap that knows the request, its Wagtail site and images."""

    # sitemaps.org: at most 50,000 URLs and 50 MB (uncompressed) per file. An
    # article entry with its photo is a few hundred bytes (about 1 kB with the
    # longest slugs), so the URL count is the limit that bites. Tests lower it
    # to prove paging works.
    limit = 50_000

    def __init__(self, request, site):
        self.request = request
        self.site = site

    @cached_property
    def root(self):
        return self.site.root_page

    @cached_property
    def paginator(self):
        return Paginator(self._items(), self.limit)

    def location(self, item):
        return item.get_url(self.request)

    def lastmod(self, item):
        return item.sitemap_lastmod

    def absolute(self, url):
        # Also percent-encodes non-ASCII slugs, as sitemap URLs must be.
        return public_url.absolute(url)

    def url_info(self, item):
        """What the template shows for ``item`` beyond loc and lastmod."""
        return {}

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            location = self.location(item)
            if not location or not location.startswith("/"):
                # Not routable, or served by another Wagtail site under this one:
                # a sitemap lists URLs on its own host only.
                continue
            lastmod = self.lastmod(item)
            urls.append(
                {
                    "item": item,
                    "location": self.absolute(location),
                    "lastmod": lastmod,
                    "w3c_lastmod": w3c_datetime(lastmod) if lastmod else "",
                    **self.url_info(item),
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            # Django's view turns this into the Last-Modified header.
            self.latest_lastmod = max(lastmods)
        return urls

    def file_lastmods(self):
        """The newest lastmod in each file of this sitemap, for the index.

        Per file rather than per section: items are in a stable order, so a new
        story changes the last file (or the one it lands in) and crawlers need
        not fetch the others again.
        """
        paginator = self.paginator
        if not paginator.count:
            return []
        lastmods = []
        for number in paginator.page_range:
            object_list = paginator.page(number).object_list
            if isinstance(object_list, QuerySet):
                newest = object_list.prefetch_related(None).aggregate(
                    newest=Max("sitemap_lastmod")
                )["newest"]
            else:
                newest = max(
                    filter(None, (self.lastmod(item) for item in object_list)),
                    default=None,
                )
            lastmods.append(newest)
        return lastmods
