"""Which pages a beacon may count: the site's live, public pages, by id and path.

Kept in each process and reloaded every minute (sooner in the process that
publishes). A beacon naming anything else is refused, so junk never reaches
the events table. Reloads are at most one every few seconds, whatever junk
asks for.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import close_old_connections, connection
from wagtail.models import Page, Site

logger = logging.getLogger(__name__)

TTL_SECONDS = 60
# An unknown id reloads the map early, but no more often than this.
MIN_RELOAD_SECONDS = 5


class KnownPages:
    def __init__(self):
        self._by_id = {}
        self._by_path = {}
        self._hosts = frozenset()
        self._loaded_at = None
        self._lock = threading.Lock()

    def forget(self):
        self._loaded_at = None

    def _load(self):
        roots = sorted(
            Site.get_site_root_paths(), key=lambda root: -len(root.root_path)
        )
        by_id, by_path = {}, {}
        pages = Page.objects.live().public().filter(depth__gt=1)
        for pk, url_path in pages.values_list("pk", "url_path").iterator():
            for root in roots:
                if url_path.startswith(root.root_path):
                    path = "/" + url_path[len(root.root_path) :]
                    by_id[pk] = (root.site_id, path)
                    by_path.setdefault((root.site_id, path), pk)
                    by_path.setdefault(path, pk)
                    break
        hosts = {(urlsplit(root.root_url).hostname or "").lower() for root in roots}
        if settings.BASE_URL:
            hosts.add((urlsplit(settings.BASE_URL).hostname or "").lower())
        return by_id, by_path, frozenset(hosts - {""})

    def _fresh(self, max_age):
        loaded = self._loaded_at
        if loaded is not None and time.monotonic() - loaded < max_age:
            return
        with self._lock:
            if self._loaded_at is not None and (
                time.monotonic() - self._loaded_at < max_age
            ):
                return
            try:
                self._by_id, self._by_path, self._hosts = self._load()
            except Exception:
                logger.exception("analytics: could not load the site's pages")
                # Serve the old map; try again after MIN_RELOAD_SECONDS.
            finally:
                self._loaded_at = time.monotonic()
                # Outside a request (the WSGI fast path): drop a broken or
                # expired connection as a request's end would.
                _release_connection()

    def get(self, page_id):
        """(site id, path) of a live public page, or None."""
        self._fresh(TTL_SECONDS)
        found = self._by_id.get(page_id)
        if found is None:
            self._fresh(MIN_RELOAD_SECONDS)
            found = self._by_id.get(page_id)
        return found

    def hosts(self):
        """The host names of the site's public addresses (its Sites, BASE_URL)."""
        self._fresh(TTL_SECONDS)
        return self._hosts

    def page_for_path(self, path, site_id=None):
        """The id of the live public page at ``path`` (no query), or None."""
        self._fresh(TTL_SECONDS)
        key = (site_id, path) if site_id is not None else path
        return self._by_path.get(key)


known_pages = KnownPages()


def _release_connection():
    """Outside a request (the WSGI fast path) nothing else closes a broken or
    expired connection; inside a transaction (a request's, a test's) leave it."""
    if not connection.in_atomic_block:
        close_old_connections()
