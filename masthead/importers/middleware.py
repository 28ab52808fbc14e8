"""Old addresses with a query string (WordPress's ``/?p=123``) answer 301.

Wagtail's RedirectMiddleware only looks for a redirect when the page is not
found, and ``/`` is the home page: ``/?p=123`` would show the front page
(from the page cache, even). So this runs first, before the page cache, and
only for GET and HEAD requests that carry a query string and would be served
as a Wagtail page: masthead's own views (the API, feeds, search) are never an
old permalink, and where they answer 404 Wagtail's middleware still redirects.
"""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import Resolver404, resolve
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

# Longer query strings are not old permalinks (Redirect.old_path is 255 long).
MAX_QUERY_LENGTH = 250


class QueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if (
            query
            and len(query) <= MAX_QUERY_LENGTH
            and request.method
            in (
                "GET",
                "HEAD",
            )
            and _served_by_wagtail(request.path_info)
        ):
            path = Redirect.normalise_path(
                request.get_full_path(), decode_unicode=False
            )
            if "?" in path:
                redirect = get_redirect(request, path)
                if redirect is not None and redirect.link:
                    if redirect.is_permanent:
                        return HttpResponsePermanentRedirect(redirect.link)
                    return HttpResponseRedirect(redirect.link)
        return self.get_response(request)


def _served_by_wagtail(path_info):
    try:
        return resolve(path_info).url_name == "wagtail_serve"
    except Resolver404:
        return False
