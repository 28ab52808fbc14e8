"""sitemap.xml (an index), its paged per-section files, news-sitemap.xml, robots.txt."""

from django.urls import path

from masthead.syndication import sitemaps

urlpatterns = [
    path("sitemap.xml", sitemaps.index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    path("news-sitemap.xml", sitemaps.news, name="news_sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
]
