"""A frontend-cache purge backend that cannot hold up an editor's publish."""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

logger = logging.getLogger(__name__)


class TimeoutHTTPBackend(HTTPBackend):
    """Wagtail's HTTP backend (PURGE requests) with a timeout on each request.

    Purges run while the publish request waits, so a slow or hung cache must not
    stall it; and one URL that fails must not stop the others being purged.
    """

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        request = PurgeRequest(
            url=urlunsplit(
                (self.cache_scheme, self.cache_netloc, parts.path, parts.query, "")
            ),
            headers={"Host": host, "User-Agent": f"masthead/wagtail-{__version__}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - LOCATION is ours
                pass
        except (URLError, OSError, ValueError, UnicodeError) as error:
            logger.error("Couldn't purge '%s' from the frontend cache: %s", url, error)
