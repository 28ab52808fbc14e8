"""Where cached responses live, and how one is looked up and checked.

Each web process keeps the responses it served in memory (an LRU bounded in
bytes), so a hit costs no network round trip and no unpickling. They are also
written to the ``pages`` cache (files under var/cache/pages, or Redis with
REDIS_URL), so the other workers, a restarted one or another server find them.
Either way an entry is served only if its tags' versions in the shared tag store
still equal the ones it was stored with.
"""

import gzip
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from urllib.parse import quote

from django.conf import settings
from django.core.cache import caches

from masthead.page_cache.tags import tag_store

logger = logging.getLogger(__name__)

GZIP_MIN_BYTES = 860
# Query parameters that only track campaigns: pages ignore them, so does the key.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
# Responses headers that describe one response, not the content.
HOP_HEADERS = {"date", "set-cookie", "content-length", "connection", "vary"}


@dataclass(frozen=True, slots=True)
class Entry:
    status: int
    headers: tuple  # (name, value) pairs, Cache-Control/ETag/Last-Modified included
    body: bytes
    gzipped: bytes | None
    etag: str
    last_modified: float
    tags: tuple
    versions: tuple

    @property
    def size(self):
        return len(self.body) + len(self.gzipped or b"") + 64 * len(self.tags)


class LocalEntries:
    """A per-process LRU of entries, bounded by the bytes they hold."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._entries = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def set(self, key, entry):
        if entry.size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size
            self._entries[key] = entry
            self._bytes += entry.size
            while self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= evicted.size

    def delete(self, key):
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old.size

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self):
        return len(self._entries)


_local = None
_local_lock = threading.Lock()


def local_entries():
    global _local
    if _local is None:
        with _local_lock:
            if _local is None:
                _local = LocalEntries(settings.PAGE_CACHE_MAX_BYTES)
    return _local


def _shared_cache():
    return caches["pages"]


def clear_local():
    local_entries().clear()


def clear():
    """Forget every stored response (tests; invalidation never needs this)."""
    clear_local()
    _shared_cache().clear()


# The WSGI fast path computes the key from the raw path and hands it on here.
KEY_ENVIRON = "masthead.page_cache.key"
URI_SAFE = "/:@!$&'()*+,;=-._~"


def request_uri(environ, raw_path=None):
    """scheme://host/path?query as requested, percent-encoded like nginx's key.

    ``raw_path`` is the path's bytes; by default PATH_INFO as a WSGI server gives
    it (bytes decoded as Latin-1). Django replaces PATH_INFO with the decoded
    text, so the middleware passes ``request.path_info.encode()`` instead.
    """
    if raw_path is None:
        raw_path = environ.get("PATH_INFO", "/").encode("latin-1", "replace")
    scheme = environ.get("wsgi.url_scheme", "http")
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    if proxy_header and environ.get(proxy_header[0]) == proxy_header[1]:
        scheme = "https"
    host = (environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")).lower()
    query = environ.get("QUERY_STRING", "")
    path = quote(raw_path, safe=URI_SAFE)
    return f"{scheme}://{host}{path}" + (f"?{query}" if query else "")


def cache_key(environ, raw_path=None):
    """The request's URI less tracking parameters (pages ignore them)."""
    if KEY_ENVIRON in environ:
        return environ[KEY_ENVIRON]
    uri = request_uri(environ, raw_path)
    base, _, query = uri.partition("?")
    if query:
        kept = [
            part
            for part in query.split("&")
            if part and not part.startswith(TRACKING_PARAMS)
        ]
        query = "&".join(kept)
    return base + (f"?{query}" if query else "")


def _excluded(path):
    return path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)


def request_is_cacheable(environ):
    """Anonymous GET/HEAD of a public path, with no session or pending message."""
    if not settings.PAGE_CACHE_ENABLED:
        return False
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return False
    if environ.get("HTTP_AUTHORIZATION"):
        return False
    cookies = environ.get("HTTP_COOKIE", "")
    if cookies and (
        f"{settings.SESSION_COOKIE_NAME}=" in cookies or "messages=" in cookies
    ):
        return False
    return not _excluded(environ.get("PATH_INFO", "/"))


def lookup(key):
    """The fresh entry for this key, or None (missing, or a tag was bumped)."""
    local = local_entries()
    entry = local.get(key)
    if entry is None:
        try:
            entry = _shared_cache().get(_shared_key(key))
        except Exception:  # a corrupt or unreadable copy is a miss
            logger.warning("page cache: shared copy unreadable", exc_info=True)
            return None
        if not isinstance(entry, Entry):
            return None
        local.set(key, entry)
    try:
        current = tag_store().versions(entry.tags)
    except Exception:  # the tag store is down: nothing can be checked
        logger.warning("page cache: tag store unavailable", exc_info=True)
        return None
    if tuple(current) != entry.versions:
        local.delete(key)
        return None
    return entry


def make_entry(status, headers, body, tags, versions, etag=None, last_modified=None):
    gzipped = None
    if len(body) >= GZIP_MIN_BYTES:
        gzipped = gzip.compress(body, compresslevel=6, mtime=0)
    if not etag:
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    return Entry(
        status=status,
        headers=tuple(headers),
        body=body,
        gzipped=gzipped,
        etag=etag,
        last_modified=last_modified or time.time(),
        tags=tuple(tags),
        versions=tuple(versions),
    )


def _shared_key(key):
    # Cache backends want short keys without spaces or control characters.
    return "pc:" + hashlib.blake2b(key.encode(), digest_size=20).hexdigest()


def save(key, entry):
    local_entries().set(key, entry)
    try:
        _shared_cache().set(_shared_key(key), entry, settings.PAGE_CACHE_TIMEOUT)
    except Exception:
        logger.warning("page cache: could not write shared copy", exc_info=True)


def http_date(timestamp):
    return formatdate(timestamp, usegmt=True)


def _accepts_gzip(environ):
    accept = environ.get("HTTP_ACCEPT_ENCODING", "")
    if "gzip" not in accept:
        return False
    for part in accept.split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() == "gzip":
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00")
    return False


def _not_modified(environ, etag, last_modified):
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        if if_none_match.strip() == "*":
            return True
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return etag in tags
    if_modified_since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return int(last_modified) <= since
    return False


def respond(entry, environ):
    """Status line, headers and body for a hit, honouring conditional requests."""
    headers = list(entry.headers)
    headers.append(("X-Page-Cache", "hit"))
    etag = entry.etag
    body = entry.body
    if entry.gzipped is not None:
        headers.append(("Vary", "Accept-Encoding"))
        if _accepts_gzip(environ):
            body = entry.gzipped
            etag = etag[:-1] + '-gzip"'
            headers.append(("Content-Encoding", "gzip"))
    headers.append(("ETag", etag))
    headers.append(("Last-Modified", http_date(entry.last_modified)))
    if _not_modified(environ, etag, entry.last_modified):
        headers = [h for h in headers if h[0] != "Content-Encoding"]
        return "304 Not Modified", headers, b""
    headers.append(("Content-Length", str(len(body))))
    if environ.get("REQUEST_METHOD") == "HEAD":
        body = b""
    return "200 OK", headers, body
