"""sitemap.xml (an index), its paged per-section files, news-sitemap.xml, robots.txt."""

from django.urls import path

from masthead.syndication.sitemaps import views

urlpatterns = [
    path("sitemap.xml", views.index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", views.section, name="sitemap_section"),
    path("news-sitemap.xml", views.news, name="news_sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
