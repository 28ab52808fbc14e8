"""Serve fresh cached responses; store anonymous public ones with their tags.

``PageCacheMiddleware`` is the outermost middleware. In production the WSGI
wrapper (``masthead.page_cache.wsgi``) answers hits before Django is entered
at all; the middleware answers them too, so the test client and any server
without the wrapper behave the same, and it is the only place entries are made.
"""

import logging

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import parse_http_date_safe

from masthead.page_cache import purge, store
from masthead.page_cache.tags import UNIVERSAL_TAGS, collecting, tag_store

logger = logging.getLogger(__name__)


def shared_cache_control(response):
    """Let browsers revalidate every time and shared caches keep it a while."""
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
    )


def _storable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    # A view opts out with private/no-store (e.g. Django's never_cache).
    if response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    # Vary: Cookie appears because the page looked for a logged-in user; requests
    # with a session never reach the cache, so for the rest it varies on nothing.
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v}
    return vary <= {"accept-encoding", "cookie"}


def _drop_vary_cookie(response):
    vary = [
        v.strip()
        for v in response.get("Vary", "").split(",")
        if v.strip() and v.strip().lower() != "cookie"
    ]
    if vary:
        response["Vary"] = ", ".join(vary)
    elif "Vary" in response:
        del response["Vary"]


def _forbid_shared_caching(response):
    # Rendered while something it shows changed: fine for this reader, but no
    # cache may keep it.
    response["Cache-Control"] = "private, no-cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        environ = request.META
        if not store.request_is_cacheable(environ):
            response = self.get_response(request)
            if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and (
                "Cache-Control" not in response
            ):
                # An editor's or a subscriber's own view: no shared cache keeps it.
                patch_cache_control(response, private=True)
            return response
        raw_path = request.path_info.encode()
        key = store.cache_key(environ, raw_path)
        entry = store.lookup(key)
        if entry is not None:
            return self._from_entry(entry, environ)
        try:
            started = tag_store().sequence()
        except Exception:
            logger.warning("page cache: tag store unavailable", exc_info=True)
            return self.get_response(request)
        with collecting() as tags:
            response = self.get_response(request)
        if not tags or not _storable(request, response):
            return response
        tags.update(UNIVERSAL_TAGS)
        tags = sorted(tags)
        if self._store(key, response, tags, started):
            requested = store.request_uri(environ, raw_path)
            if requested != key:
                # A frontend cache keys the URL as requested, tracking
                # parameters and all: purge that too.
                purge.register(requested, tags)
        return response

    def _store(self, key, response, tags, started):
        try:
            store_ = tag_store()
            store_.stamp(tags)
            versions = store_.versions(tags)
        except Exception:
            logger.warning("page cache: tag store unavailable", exc_info=True)
            _forbid_shared_caching(response)
            return False
        if max(versions) > started:
            _forbid_shared_caching(response)
            return False
        shared_cache_control(response)
        _drop_vary_cookie(response)
        if settings.PAGE_CACHE_TAG_HEADER:
            response[settings.PAGE_CACHE_TAG_HEADER] = " ".join(tags)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in store.HOP_HEADERS
            and name.lower() not in ("etag", "last-modified")
        ]
        body = response.content
        # A view's own validators (a feed's newest story) say more than ours.
        entry = store.make_entry(
            200,
            headers,
            body,
            tags,
            versions,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        )
        store.save(key, entry)
        purge.register(key, tags)
        # This response answers as the entry will: same validators, same encoding.
        response["ETag"] = entry.etag
        response["X-Page-Cache"] = "miss"
        if entry.gzipped is not None:
            response["Vary"] = "Accept-Encoding"
        response["Last-Modified"] = store.http_date(entry.last_modified)
        return True

    def _from_entry(self, entry, environ):
        status, headers, body = store.respond(entry, environ)
        response = HttpResponse(body, status=int(status.split()[0]))
        for name, value in headers:
            if name.lower() != "content-length":
                response[name] = value
        if status.startswith("304"):
            response.content = b""
            response.headers.pop("Content-Length", None)
        return response
