from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.articles import views as article_views
from masthead.core import views as core_views
from masthead.newsletter import views as newsletter_views
from masthead.newsroom import preview_views
from masthead.page_cache import routes
from masthead.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("latest/", article_views.latest, name="latest"),
    path("tags/<uslug:slug>/", article_views.tag, name="tag"),
    path("newsletter/", newsletter_views.signup, name="newsletter_signup"),
    path("newsletter/thanks/", newsletter_views.thanks, name="newsletter_thanks"),
    path("newsletter/archive/", include("masthead.newsletter.archive_urls")),
    path("newsletter/", include("masthead.newsletter.urls")),
    # Bounce and complaint webhooks from email providers (django-anymail).
    path("anymail/", include("anymail.urls")),
    path("corrections/", article_views.corrections, name="corrections"),
    path("healthz", core_views.health, name="health"),
    # Reading figures: the beacon (also answered before Django, in wsgi.py)
    # and the newsletter's counted links.
    path("a/", include("masthead.analytics.urls")),
    # Embargoed previews: a draft for whoever has the secret link.
    path(
        "preview/<str:token>/",
        preview_views.embargoed_preview,
        name="embargoed_preview",
    ),
    path("", include("masthead.syndication.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's serve view, through the route map (masthead.page_cache.routes).
    # Named as Wagtail names it: QueryRedirectMiddleware and reverse() look for it.
    re_path(wagtail_urls.serve_pattern, routes.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]

handler404 = "masthead.core.views.page_not_found"
handler500 = "masthead.core.views.server_error"
