"""The sitemap index, each paged file, the Google News sitemap and robots.txt."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from masthead.core import public_url
from masthead.page_cache.tags import add_tags
from masthead.syndication.sitemaps.articles import ArticleSitemap
from masthead.syndication.sitemaps.base import w3c_datetime
from masthead.syndication.sitemaps.news import NewsSitemap
from masthead.syndication.sitemaps.pages import (
    AuthorSitemap,
    PageSitemap,
    SectionSitemap,
)

cacheable = cache_control(public=True, max_age=3600)

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
        url = public_url.absolute(reverse("sitemap_section", args=[section]))
        for number, lastmod in enumerate(
            sitemap_class(request, site).file_lastmods(), start=1
        ):
            files.append((url if number == 1 else f"{url}?p={number}", lastmod))
    # An empty news sitemap is not a valid <urlset>; list it only while it has news.
    for lastmod in NewsSitemap(request, site).file_lastmods():
        files.append((public_url.absolute(reverse("news_sitemap")), lastmod))

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
        f"Sitemap: {public_url.absolute(reverse('sitemap_index'))}",
        f"Sitemap: {public_url.absolute(reverse('news_sitemap'))}",
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )
