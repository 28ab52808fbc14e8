"""Appending events: a buffer in each process, written in batches.

A beacon only appends a tuple to a list. A writer thread of the process writes
the list with one ``bulk_create`` every ANALYTICS_FLUSH_SECONDS, or as soon as
ANALYTICS_BATCH_SIZE events wait, and once more when the process exits. So the
reader's request never waits on the database, and the database sees a few
multi-row inserts a second instead of thousands of single ones.

What a crash loses: the events of the last ANALYTICS_FLUSH_SECONDS of that
process. If the database is down the events wait in memory, up to
MAX_BUFFERED, beyond which new ones are dropped and counted as rejected
("overflow").

Rejected beacons (bots, junk, floods) are counted the same way, by reason, and
added to ``RejectedCount`` at each flush.
"""

import atexit
import logging
import os
import threading
from collections import Counter
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, close_old_connections, transaction
from django.db.models import F
from django.utils import timezone

from masthead.analytics.models import Event, RejectedCount

logger = logging.getLogger(__name__)

MAX_BUFFERED = 100_000

# Event fields in the order of the buffered tuples.
FIELDS = (
    "occurred_at",
    "kind",
    "page_id",
    "path",
    "visitor",
    "source",
    "referrer_host",
    "issue_id",
    "position",
)


class Recorder:
    def __init__(self):
        self._events = []
        self._rejected = Counter()
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._wake = threading.Event()
        self._thread = None
        self._thread_pid = None

    # --- the request side: append only ---

    def add(
        self,
        kind,
        page_id,
        path,
        *,
        visitor=None,
        source="",
        host="",
        issue_id=None,
        position=None,
    ):
        event = (
            timezone.now(),
            kind,
            page_id,
            path,
            visitor,
            source,
            host,
            issue_id,
            position,
        )
        with self._lock:
            if len(self._events) >= MAX_BUFFERED:
                self._rejected["overflow"] += 1
                return
            self._events.append(event)
            full = len(self._events) >= settings.ANALYTICS_BATCH_SIZE
        self._ensure_writer()
        if full:
            if self._thread is not None:
                self._wake.set()
            else:
                self.flush()

    def reject(self, reason):
        with self._lock:
            self._rejected[reason] += 1
        self._ensure_writer()

    def pending(self):
        with self._lock:
            return len(self._events)

    # --- the writer ---

    def _ensure_writer(self):
        if settings.ANALYTICS_FLUSH_SECONDS <= 0:
            return
        pid = os.getpid()
        if self._thread_pid == pid and self._thread is not None:
            return
        with self._lock:
            if self._thread_pid == pid and self._thread is not None:
                return
            # A forked web worker starts its own writer (threads do not fork).
            self._thread = threading.Thread(
                target=self._run, name="analytics-writer", daemon=True
            )
            self._thread_pid = pid
            self._thread.start()

    def _run(self):
        while True:
            self._wake.wait(settings.ANALYTICS_FLUSH_SECONDS)
            self._wake.clear()
            try:
                self.flush()
            except Exception:
                logger.exception("analytics: writing events failed")
            finally:
                close_old_connections()

    def flush(self):
        """Write what is buffered now; returns the number of events written."""
        with self._flush_lock:
            with self._lock:
                events, self._events = self._events, []
                rejected, self._rejected = self._rejected, Counter()
            if not events and not rejected:
                return 0
            try:
                if events:
                    Event.objects.bulk_create(
                        [Event(**dict(zip(FIELDS, e, strict=True))) for e in events],
                        batch_size=1000,
                    )
                if rejected:
                    _add_rejected(rejected)
            except Exception:
                with self._lock:
                    # Keep them for the next try, within the buffer's bound.
                    room = max(0, MAX_BUFFERED - len(self._events))
                    self._rejected["overflow"] += max(0, len(events) - room)
                    self._events[:0] = events[:room]
                    self._rejected.update(rejected)
                raise
            return len(events)


def _add_rejected(counts):
    today = timezone.localdate()
    for reason, count in counts.items():
        row = RejectedCount.objects.filter(day=today, reason=reason)
        if row.update(count=F("count") + count):
            continue
        try:
            with transaction.atomic():
                RejectedCount.objects.create(day=today, reason=reason, count=count)
        except IntegrityError:  # another process made the row meanwhile
            row.update(count=F("count") + count)


recorder = Recorder()


def flush():
    return recorder.flush()


def _flush_at_exit():
    try:
        recorder.flush()
    except Exception:
        logger.exception("analytics: could not write buffered events at exit")


atexit.register(_flush_at_exit)


def record_signup(path):
    """A newsletter signup made on the page at ``path`` (a path of this site)."""
    from masthead.analytics.pages import known_pages

    try:
        path = urlsplit(path or "").path
    except ValueError:
        path = ""
    page_id = known_pages.page_for_path(path)
    recorder.add(Event.Kind.SIGNUP, page_id, path if page_id else "")
