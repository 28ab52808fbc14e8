"""The fast path: answer page-cache hits before Django handles the request.

A hit needs no request object, middleware, URL resolving or database: only the
key, the entry and one read of its tags' versions. Everything else (misses,
uncacheable requests, errors) goes to Django, whose PageCacheMiddleware stores
what it renders.
"""

import logging

from masthead.page_cache import store

logger = logging.getLogger(__name__)


class PageCacheApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        try:
            if store.request_is_cacheable(environ):
                key = store.cache_key(environ)
                # Django replaces PATH_INFO with its decoded text: keep the key.
                environ[store.KEY_ENVIRON] = key
                entry = store.lookup(key)
                if entry is not None:
                    status, headers, body = store.respond(entry, environ)
                    start_response(status, headers)
                    return [body]
        except Exception:  # never fail a request the app itself could answer
            logger.exception("page cache fast path failed; handing to Django")
        return self.application(environ, start_response)
