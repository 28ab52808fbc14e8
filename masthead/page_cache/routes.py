"""A route map for Wagtail pages: path → page id and type, kept by the fragments.

Wagtail finds a page by walking the tree from the site's root, a query or two
per level (a story three levels down: five). Here a path that Wagtail resolved
to a whole page (no sub-route arguments) is remembered as (page id, content
type, whether no view restriction applies), tagged ``page:<id>`` and ``all``,
in the fragment store; the next request for it loads the page with one query
and hands it to Wagtail's own ``serve`` view as the request's route, so hooks
(view restrictions), ``serve`` and the rest run as usual. Publishing,
unpublishing, moving, renaming, deleting or restricting the page or a page
above it bumps its tag (see ``invalidation``), and the next request asks
Wagtail again.

The request's site is kept the same way, by host and port (tagged ``all``, which
saving a site bumps, and its root page's tag): Wagtail looks it up with a query
on every request.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from masthead.page_cache import fragments
from masthead.page_cache.tags import add_tags, page_tag


def _resolve(request, path):
    """Wagtail's route for the path, as (page id, content type id, whether no
    view restriction applies), or None."""
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs or not page.live:
        return None  # a sub-route of a routable page: always Wagtail's
    add_tags("all", page_tag(page.pk))
    return page.pk, page.content_type_id, _unrestricted(page)


def _unrestricted(page):
    """Whether no view restriction applies to the page, its own or an
    ancestor's. A restriction saved or deleted bumps ``page:<id>`` of its page
    and every page below (``invalidation``), so the answer goes with the
    route. An alias takes its source's restrictions, which that bump does not
    reach: with one in the path, Wagtail checks on every request."""
    path = page.get_ancestors(inclusive=True)
    if path.filter(alias_of__isnull=False).exists():
        return False
    return not page.get_view_restrictions().exists()


def site_for(request):
    """``Site.find_for_request``, from the map: set as Wagtail caches it."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]

        def load():
            site = Site._find_for_request(request)
            add_tags("all", *([page_tag(site.root_page_id)] if site else []))
            return site

        request._wagtail_site = fragments.cached(
            f"site:{hostname}:{request.get_port()}", load
        )
    return request._wagtail_site


def route(request, path):
    """Set the request's Wagtail route from the map when it knows the path."""
    if not settings.PAGE_CACHE_FRAGMENTS_ENABLED:
        return  # nothing is kept: Wagtail routes every request itself
    site = site_for(request)
    if site is None:
        return
    known = fragments.cached(f"route:{site.pk}:{path}", lambda: _resolve(request, path))
    if known is None or hasattr(request, "_wagtail_route_for_request"):
        return
    pk, content_type_id, unrestricted = known
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=pk, live=True).first() if model else None
    if page is not None:  # else gone since: Wagtail routes it
        # Read by ReadOnlyPageMixin.get_view_restrictions: Wagtail's check
        # then costs no query (two otherwise, on every request).
        page.known_unrestricted = unrestricted
        request._wagtail_route_for_request = RouteResult(page)


def serve(request, path):
    """Wagtail's ``serve`` view, routed through the map."""
    route(request, path)
    return wagtail_views.serve(request, path)
