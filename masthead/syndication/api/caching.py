"""What API responses tell caches, and the OpenAPI description's account of it.

The page cache (``masthead.page_cache``) stores each successful API response
with tags for everything it shows, and purges it the moment any of that changes.
Storing a response, it replaces the view's ``Cache-Control`` with its own policy
(``shared_cache_control``: clients revalidate every time, shared caches keep a
copy for PAGE_CACHE_SHARED_MAX_AGE seconds). ``describe_caching`` builds the
headers it states with the same function and the same settings, so the
description cannot drift from what is sent.

Whatever the page cache does not store is not purged either (errors, the schema
and its docs, everything while the page cache is off): that keeps the view's
own short-lived header.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control

from masthead.page_cache.middleware import shared_cache_control

UNPURGED_CACHE_CONTROL = {"public": True, "max_age": 60}
unpurged_cache_control = cache_control(**UNPURGED_CACHE_CONTROL)


def cache_control_header(stored):
    """The Cache-Control a response carries, stored by the page cache or not."""
    response = HttpResponse()
    patch_cache_control(response, **UNPURGED_CACHE_CONTROL)
    if stored:
        shared_cache_control(response)
    return response["Cache-Control"]


def describe_caching():
    """The caching conventions, as the OpenAPI description states them."""
    unpurged = cache_control_header(stored=False)
    if not settings.PAGE_CACHE_ENABLED:
        return f"- Every response carries ``Cache-Control: {unpurged}``."
    shared_max_age = settings.PAGE_CACHE_SHARED_MAX_AGE
    stale = settings.PAGE_CACHE_STALE_WHILE_REVALIDATE
    return "\n".join(
        [
            "- Successful responses carry "
            f"``Cache-Control: {cache_control_header(stored=True)}``, an ``ETag`` "
            "and a ``Last-Modified``. Revalidate every time, with "
            "``If-None-Match`` or ``If-Modified-Since``: a 304 costs next to "
            "nothing. The site's own caches are purged the moment anything a "
            "response shows is published, changed or withdrawn; any other shared "
            f"cache may serve a copy up to {shared_max_age} seconds old, and up to "
            f"{stale} seconds more while it revalidates.",
            "- A response rendered while something it shows was changing is "
            "marked ``private``: keep no shared copy of it.",
            "- Errors, this schema and its docs are not purged, so they carry "
            f"``Cache-Control: {unpurged}``.",
        ]
    )
