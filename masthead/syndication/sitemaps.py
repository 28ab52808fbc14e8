"""sitemap.xml and its paged sitemaps, the Google News sitemap, and robots.txt.

``/sitemap.xml`` is an index over one file per section (``/sitemap-articles.xml``,
``?p=2``…), each at most ``limit`` URLs, plus ``/news-sitemap.xml`` while it has
stories. What is listed comes from ``articles.queries`` and Wagtail's
``.live().public()``, so drafts, scheduled and private pages never appear.

Every absolute URL is built from the request's scheme and host, so a sitemap
only names URLs on the host it was fetched from, as the protocol requires.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Max, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from masthead.articles import queries
from masthead.articles.models import ArticleType, QiosKIndexPage
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.core.models import MagazineSettings
from masthead.page_cache.tags import add_tags
from masthead.sections.models import SectionPage

# The largest JPEG the article page's <picture> offers for its top photo: the image
# sitemap names a file readers really see, and its rendition usually exists already.
TOP_IMAGE_SPEC = "format-jpeg|fill-1200x675"
NEWS_WINDOW = datetime.timedelta(hours=48)

cacheable = cache_control(public=True, max_age=3600)


def w3c_datetime(value):
    """``2025-01-31T09:30:00+00:00``: the W3C form sitemaps and Google News want."""
    return value.astimezone(datetime.UTC).isoformat(timespec="seconds")


def newest_of(first, second):
    """The later of two possibly NULL datetimes; NULL only when both are.

    ``Greatest`` alone is NULL as soon as one argument is, on SQLite and Oracle.
    """
    return Greatest(Coalesce(first, second), Coalesce(second, first))


def newest_article(articles):
    """The newest first publication among ``articles``, as a subquery."""
    return Subquery(
        articles.order_by("-first_published_at").values("first_published_at")[:1]
    )


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
        return self.request.build_absolute_uri(url)

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


def news_language(language_code):
    """Google News wants an ISO 639 code, except zh-cn and zh-tw for Chinese."""
    code = language_code.lower()
    chinese = {
        "zh-hans": "zh-cn",
        "zh-cn": "zh-cn",
        "zh-hant": "zh-tw",
        "zh-tw": "zh-tw",
    }
    return chinese.get(code, code.split("-")[0])


class NewsSitemap(ArticleSitemap):
    """Google News: stories first published in the last 48 hours, newest first."""

    limit = 1000  # Google News reads at most 1,000 URLs per news sitemap.

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            self.articles()
            .filter(first_published_at__gte=since)
            .defer_streamfields()
            .select_related(None)
            .prefetch_related(None)
            .order_by("-first_published_at", "-pk")[: self.limit]
        )

    @cached_property
    def publication(self):
        return {
            "name": MagazineSettings.for_site(self.site).masthead_name,
            "language": news_language(settings.LANGUAGE_CODE),
        }

    def url_info(self, item):
        return {
            "publication": self.publication,
            "publication_date": w3c_datetime(item.first_published_at),
            "title": item.title,
        }


class SectionSitemap(MastheadSitemap):
    """Section fronts; one changes when it gets a new story."""

    def items(self):
        stories = queries.published_articles().filter(
            path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
        )
        return (
            SectionPage.objects.live()
            .public()
            .descendant_of(self.root)
            .annotate(
                sitemap_lastmod=newest_of("last_published_at", newest_article(stories))
            )
            .order_by("path")
        )


class AuthorSitemap(MastheadSitemap):
    """Writers' pages; one changes when its writer publishes a story."""

    def items(self):
        stories = queries.published_articles().filter(
            article_authors__author=OuterRef("pk")
        )
        return (
            AuthorPage.objects.live()
            .public()
            .descendant_of(self.root)
            .annotate(
                sitemap_lastmod=newest_of("last_published_at", newest_article(stories))
            )
            .order_by("path")
        )


@dataclass
class Entry:
    """A listing that is not a Wagtail page of its own (or is, seen from here)."""

    url: str
    lastmod: datetime.datetime | None


def latest_of(*values):
    """The latest of the values that are known, or None."""
    return max(filter(None, values), default=None)


class PageSitemap(MastheadSitemap):
    """The front page and the listings that are not sections or writers."""

    def location(self, item):
        return item.url

    def lastmod(self, item):
        return item.lastmod

    def items(self):
        return self.entries

    @cached_property
    def entries(self):
        root = self.root
        articles = queries.published_articles().descendant_of(root)
        newest = articles.aggregate(
            any=Max("first_published_at"),
            story=Max("first_published_at", filter=~Q(article_type=ArticleType.QIOSK)),
            qiosk=Max("first_published_at", filter=Q(article_type=ArticleType.QIOSK)),
        )
        entries = []
        if Page.objects.live().public().filter(pk=root.pk).exists():
            entries.append(
                Entry(
                    root.get_url(self.request),
                    latest_of(root.last_published_at, newest["any"]),
                )
            )
        entries.append(Entry(reverse("latest"), newest["story"]))
        qiosk = QiosKIndexPage.objects.live().public().child_of(root).first()
        if qiosk:
            entries.append(
                Entry(
                    qiosk.get_url(self.request),
                    latest_of(qiosk.last_published_at, newest["qiosk"]),
                )
            )
        writers = AuthorIndexPage.objects.live().public().child_of(root).first()
        if writers:
            newest_writer = (
                AuthorPage.objects.live()
                .public()
                .child_of(writers)
                .aggregate(newest=Max("last_published_at"))["newest"]
            )
            entries.append(
                Entry(
                    writers.get_url(self.request),
                    latest_of(writers.last_published_at, newest_writer),
                )
            )
        newest_correction = queries.public_corrections().aggregate(
            newest=Max("corrected_at")
        )["newest"]
        entries.append(Entry(reverse("corrections"), newest_correction))
        return entries


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "authors": AuthorSitemap,
    "pages": PageSitemap,
}

# Page-cache tags for what each file shows besides its listing's membership: the
# modification times of the pages it lists (bumped on every publish of one).
SITEMAP_CACHE_TAGS = {
    "articles": ("lastmod:articles",),
    "news": ("lastmod:articles",),
    "sections": ("list:sections", "lastmod:sections"),
    "authors": ("list:authors", "lastmod:authors"),
    "pages": ("lastmod:pages", "list:corrections"),
}


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site answers at this address.")
    return site


@require_safe
@cacheable
@sitemap_views.x_robots_tag
def index(request):
    """/sitemap.xml: every file of every section, and the news sitemap."""
    for tags in SITEMAP_CACHE_TAGS.values():
        add_tags(*tags)
    site = _site(request)
    files = []
    for section, sitemap_class in SITEMAPS.items():
        url = request.build_absolute_uri(reverse("sitemap_section", args=[section]))
        for number, lastmod in enumerate(
            sitemap_class(request, site).file_lastmods(), start=1
        ):
            files.append((url if number == 1 else f"{url}?p={number}", lastmod))
    # An empty news sitemap is not a valid <urlset>; list it only while it has news.
    for lastmod in NewsSitemap(request, site).file_lastmods():
        files.append((request.build_absolute_uri(reverse("news_sitemap")), lastmod))

    lastmods = [lastmod for _, lastmod in files]
    headers = (
        {"Last-Modified": http_date(max(lastmods).timestamp())}
        if lastmods and None not in lastmods
        else None
    )
    return TemplateResponse(
        request,
        "syndication/sitemap_index.xml",
        {
            "sitemaps": [
                {
                    "location": location,
                    "w3c_lastmod": w3c_datetime(lastmod) if lastmod else "",
                }
                for location, lastmod in files
            ]
        },
        content_type="application/xml",
        headers=headers,
    )


@require_safe
@cacheable
def section(request, section):
    """One file of one section: /sitemap-articles.xml?p=2."""
    if section not in SITEMAPS:
        raise Http404("No such sitemap.")
    add_tags(*SITEMAP_CACHE_TAGS[section])
    sitemap = SITEMAPS[section](request, _site(request))
    return sitemap_views.sitemap(
        request,
        {section: sitemap},
        section=section,
        template_name="syndication/sitemap.xml",
    )


@require_safe
@cacheable
def news(request):
    """/news-sitemap.xml: the Google News sitemap."""
    add_tags(*SITEMAP_CACHE_TAGS["news"])
    return sitemap_views.sitemap(
        request,
        {"news": NewsSitemap(request, _site(request))},
        template_name="syndication/news_sitemap.xml",
    )


@require_safe
@cacheable
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Disallow: {reverse('search')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news_sitemap'))}",
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )
