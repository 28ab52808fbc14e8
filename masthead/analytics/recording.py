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
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.db.models import F
from django.utils import timezone

from masthead.analytics.models import (
    DailyPageVisitor,
    DailyVisitor,
    Event,
    RejectedCount,
)

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
            int(kind),
            page_id,
            path,
            visitor,
            str(source),  # the value of a Source choice, as the database takes it
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

    def discard(self):
        """Forget what is buffered (the test suite, between tests: a finished
        test's events belong to a database that is gone)."""
        with self._lock:
            self._events, self._rejected = [], Counter()

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
                    # Flags and rows together: a failed write retries both.
                    with transaction.atomic():
                        write_events(events)
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


def write_events(events):
    """Insert buffered event tuples with their first-view flags: plain
    executemany, no model instances (this runs in the web process)."""
    rows = [dict(zip(FIELDS, event, strict=True)) for event in events]
    flagged = [
        SimpleNamespace(**row, first_view_today=False, first_page_view_today=False)
        for row in rows
    ]
    mark_first_views(flagged)
    columns = [*FIELDS, "first_view_today", "first_page_view_today"]
    table = connection.ops.quote_name(Event._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
    adapt = connection.ops.adapt_datetimefield_value
    params = [
        (
            adapt(event.occurred_at),
            *(getattr(event, c) for c in columns[1:]),
        )
        for event in flagged
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(params), 1000):
            cursor.executemany(sql, params[start : start + 1000])


def mark_first_views(events):
    """Set ``first_view_today`` / ``first_page_view_today`` on the events that
    are a visitor's first of the day (of the site / of the page).

    One INSERT ... ON CONFLICT DO NOTHING RETURNING per table and batch: the
    rows it returns were not there, whichever process wrote the earlier ones.
    """
    by_day = {}
    for event in events:
        if event.visitor is not None and event.kind == Event.Kind.VIEW:
            day = timezone.localdate(event.occurred_at)
            by_day.setdefault(day, []).append(event)
    for day, day_events in by_day.items():
        new_visitors = _insert_new(
            DailyVisitor, ("day", "visitor"), {(day, e.visitor) for e in day_events}
        )
        new_pairs = _insert_new(
            DailyPageVisitor,
            ("day", "page_id", "visitor"),
            {(day, e.page_id, e.visitor) for e in day_events},
        )
        for event in day_events:
            if event.visitor in new_visitors:
                event.first_view_today = True
                new_visitors.discard(event.visitor)
            pair = (event.page_id, event.visitor)
            if pair in new_pairs:
                event.first_page_view_today = True
                new_pairs.discard(pair)


def _insert_new(model, fields, rows, chunk=300):
    """Insert ``rows`` (tuples starting with the day) where absent; the set of
    inserted rows without their day (a value, or a tuple of the rest)."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(model._meta.get_field(f).column) for f in fields
    )
    returned = ", ".join(
        connection.ops.quote_name(model._meta.get_field(f).column) for f in fields[1:]
    )
    placeholders = "(" + ", ".join(["%s"] * len(fields)) + ")"
    new = set()
    rows = sorted(rows)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            params = []
            for row in part:
                params.append(connection.ops.adapt_datefield_value(row[0]))
                params.extend(row[1:])
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES "
                + ", ".join([placeholders] * len(part))
                + f" ON CONFLICT DO NOTHING RETURNING {returned}",
                params,
            )
            for found in cursor.fetchall():
                new.add(found[0] if len(found) == 1 else tuple(found))
    return new


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
