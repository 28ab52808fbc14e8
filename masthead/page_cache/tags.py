"""Tags a response depends on, collected while it renders, and their versions.

Collecting: the page cache middleware opens a collector for each request;
listings, pages and templates call ``add_tags`` for what they show. A cached
fragment (LATEST, QiOSK, navigation) records its own tags and hands them on to
the page that includes it, on a hit as on a miss.

Versions live in a *tag store* shared by every process of the site: a memory-mapped
file under var/ on a single machine, or Redis when REDIS_URL is set. Bumping a set
of tags first advances a global sequence number, then sets each tag's version to
it. A render remembers the sequence number when it began; if any of its tags was
bumped after that, it may have read old data and is not stored.
"""

import contextvars
import fcntl
import logging
import mmap
import os
import struct
import threading
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

_collector = contextvars.ContextVar("masthead_cache_tags", default=None)

# Tags on every cacheable response: site settings and the "flush everything" tag.
UNIVERSAL_TAGS = ("all", "settings")


def page_tag(pk):
    return f"page:{pk}"


def add_tags(*tags):
    """Record that the response being rendered shows what these tags name."""
    collected = _collector.get()
    if collected is not None:
        collected.update(tags)


def add_page_tags(pages):
    collected = _collector.get()
    if collected is not None:
        collected.update(f"page:{page.pk}" for page in pages if page is not None)


@contextmanager
def collecting():
    """Collect tags added inside the block; they also reach any enclosing collector."""
    outer = _collector.get()
    collected = set()
    token = _collector.set(collected)
    try:
        yield collected
    finally:
        _collector.reset(token)
        if outer is not None:
            outer.update(collected)


class MmapTagStore:
    """Tag versions in a file every process maps: slot 0 is the sequence number.

    Tags hash (CRC-32) into 2**20 slots; two tags sharing a slot only means one
    invalidates the other's responses too, never that a change is missed.
    Reads take no lock; bumps hold an exclusive ``flock``.
    """

    SLOTS = 1 << 20
    _slot = struct.Struct("<Q")

    def __init__(self, path):
        self.path = Path(path)
        self._map = None
        self._pid = None
        self._lock = threading.Lock()

    def _mapped(self):
        if self._map is None or self._pid != os.getpid():
            with self._lock:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
                try:
                    size = self.SLOTS * self._slot.size
                    if os.fstat(fd).st_size < size:
                        os.ftruncate(fd, size)
                    self._map = mmap.mmap(fd, size)
                finally:
                    os.close(fd)
                self._pid = os.getpid()
        return self._map

    def _index(self, tag):
        return 1 + zlib.crc32(tag.encode()) % (self.SLOTS - 1)

    def sequence(self):
        return self._slot.unpack_from(self._mapped(), 0)[0]

    def stamp(self, tags):
        """Nothing to do: every slot of the file always has a version."""

    def versions(self, tags):
        mapped = self._mapped()
        unpack = self._slot.unpack_from
        size = self._slot.size
        return [unpack(mapped, self._index(tag) * size)[0] for tag in tags]

    def bump(self, tags):
        mapped = self._mapped()
        size = self._slot.size
        with open(self.path, "rb") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
            try:
                sequence = self._slot.unpack_from(mapped, 0)[0] + 1
                self._slot.pack_into(mapped, 0, sequence)
                for tag in tags:
                    self._slot.pack_into(mapped, self._index(tag) * size, sequence)
            finally:
                fcntl.flock(lock_file, fcntl.LOCK_UN)
        return sequence


class RedisTagStore:
    """Tag versions in Redis, shared by every web server, worker and scheduler."""

    # One round trip, atomic: advance the sequence, stamp every tag with it.
    _BUMP = """
    redis.call('SET', KEYS[1], ARGV[1], 'NX')
    local sequence = redis.call('INCR', KEYS[1])
    for i = 2, #KEYS do redis.call('SET', KEYS[i], sequence) end
    return sequence
    """

    def __init__(self, prefix):
        self.prefix = prefix
        self._script = None

    def _client(self):
        from django_redis import get_redis_connection

        return get_redis_connection("default")

    def _key(self, tag):
        return f"{self.prefix}:tag:{tag}"

    def _restart_value(self):
        # A sequence Redis lost (flush, restart without persistence) starts again
        # from the clock in microseconds, above every version handed out before:
        # restarting from 0 would let an old entry's versions match again.
        return time.time_ns() // 1000

    def sequence(self):
        client = self._client()
        key = f"{self.prefix}:sequence"
        value = client.get(key)
        if value is None:
            client.set(key, self._restart_value(), nx=True)
            value = client.get(key)
        return int(value)

    def versions(self, tags):
        # A tag Redis lost (eviction, restart) reads as -1, which matches nothing
        # stored, so nothing is served from versions that can no longer be checked.
        values = self._client().mget([self._key(tag) for tag in tags])
        return [int(value) if value is not None else -1 for value in values]

    def stamp(self, tags):
        """Give tags that were never bumped a version, so losing one is noticed."""
        client = self._client()
        sequence = self.sequence()
        pipe = client.pipeline(transaction=False)
        for tag in tags:
            pipe.set(self._key(tag), sequence, nx=True)
        pipe.execute()

    def bump(self, tags):
        client = self._client()
        if self._script is None:
            self._script = client.register_script(self._BUMP)
        keys = [f"{self.prefix}:sequence", *(self._key(tag) for tag in tags)]
        return int(self._script(keys=keys, args=[self._restart_value()]))


_store = None
_store_lock = threading.Lock()


def tag_store():
    global _store
    if _store is None:
        with _store_lock:
            if _store is None:
                if settings.REDIS_URL:
                    _store = RedisTagStore(f"{settings.PAGE_CACHE_KEY_PREFIX}:pc")
                else:
                    _store = MmapTagStore(settings.PAGE_CACHE_TAG_FILE)
    return _store


def reset_tag_store():
    """Forget the store object (tests that change settings call this)."""
    global _store
    _store = None
