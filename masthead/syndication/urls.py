"""Everything the outside world reads: feeds, sitemaps, robots.txt, the public API."""

from django.urls import include, path

urlpatterns = [
    path("", include("masthead.syndication.feed_urls")),
    path("", include("masthead.syndication.sitemap_urls")),
    path("", include("masthead.syndication.api_urls")),
]
