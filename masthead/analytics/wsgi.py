"""The beacon's fast path: answered before Django and the page cache.

No request object, middleware or URL resolving: the beacon is validated,
buffered and answered in a few microseconds of Python (beacon.py).
"""

import logging

from masthead.analytics import beacon

logger = logging.getLogger(__name__)

PATHS = (beacon.VIEW_PATH, beacon.GIF_PATH)


class BeaconApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") not in PATHS:
            return self.application(environ, start_response)
        stream = environ.get("wsgi.input")

        def read_body(size):
            return stream.read(size) if stream is not None else b""

        try:
            status, headers, body = beacon.handle(environ, read_body)
        except Exception:
            # Our fault, not the reader's: no 500 page, nothing counted.
            logger.exception("analytics beacon failed")
            status, headers, body = beacon._answer(503)
        start_response(status, headers)
        return [body] if environ.get("REQUEST_METHOD") != "HEAD" else [b""]
