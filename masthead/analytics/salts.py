"""The daily salt of the visitor hash: made when the day's first view arrives,
deleted when the day is over (here and in the scheduled job), so yesterday's
hashes can never be recomputed from an address and a user agent.

Kept in the database, the one place every web process shares, and in each
process's memory for the day.
"""

import hashlib
import secrets
import threading

from django.db import IntegrityError, close_old_connections, connection, transaction

from masthead.analytics.models import DailySalt

_lock = threading.Lock()
_current = {}  # {day: salt bytes}, today's only


def salt_for(day):
    salt = _current.get(day)
    if salt is not None:
        return salt
    with _lock:
        salt = _current.get(day)
        if salt is None:
            try:
                salt = bytes.fromhex(_load_or_make(day))
            finally:
                _release_connection()
            _current.clear()
            _current[day] = salt
    return salt


def _load_or_make(day):
    existing = DailySalt.objects.filter(day=day).values_list("salt", flat=True).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            made = DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
    except IntegrityError:  # another process made it first
        return DailySalt.objects.values_list("salt", flat=True).get(day=day)
    destroy_before(day)
    return made.salt


def destroy_before(day):
    """Delete every salt of a day before ``day``."""
    DailySalt.objects.filter(day__lt=day).delete()
    for known in list(_current):
        if known < day:
            _current.pop(known, None)


def forget():
    """Drop the in-memory copy (tests)."""
    _current.clear()


def visitor_hash(day, ip, user_agent, site_id):
    """A signed 64-bit number: the first 8 bytes of
    sha256(day's salt + IP + user agent + site)."""
    digest = hashlib.sha256(
        salt_for(day)
        + ip.encode()
        + b"\0"
        + user_agent.encode("utf-8", "replace")
        + b"\0"
        + str(site_id).encode()
    ).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _release_connection():
    """Outside a request (the WSGI fast path) nothing else closes a broken or
    expired connection; inside a transaction (a request's, a test's) leave it."""
    if not connection.in_atomic_block:
        close_old_connections()
