"""Fixed-window rate limits that hold across processes and machines.

A counter is kept per (scope, identity, window), where windows are aligned to
multiples of their length since the epoch, so every process agrees on which
window a hit falls in without talking to the others. Each hit is one atomic
operation in a store that every web process shares (RATELIMIT_STORE):

- ``redis``: INCR and EXPIREAT in one MULTI/EXEC, in the default cache's Redis;
- ``database``: one INSERT ... ON CONFLICT DO UPDATE ... RETURNING statement
  (SQLite 3.35+ and PostgreSQL), on ``RateLimitCounter``; the scheduler deletes
  windows that have ended (``prune_expired_counters``).

The local-memory cache is never used: it is per process, so N web workers
would each allow the whole limit.

A fixed window lets a client spend up to twice the limit across one window's
end and the next one's start; the limits here are against floods, where that
is no matter.

If the store fails, the caller decides (``fail_open``): a newsletter signup
lets the request through rather than turn a reader away for our fault, a login
would refuse it.
"""

import hashlib
import logging
import time
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django_redis import get_redis_connection
from redis.exceptions import RedisError

from masthead.core.models import RateLimitCounter

logger = logging.getLogger(__name__)


def hit(scope, identity, limit, window, *, fail_open):
    """Count one hit for ``identity`` in ``scope``; True while within ``limit``.

    ``window`` is the window's length in seconds. ``fail_open`` is the answer
    when the store cannot be reached.
    """
    key, window_end = window_key(scope, identity, window, time.time())
    try:
        if settings.RATELIMIT_STORE == "redis":
            count = _redis_hit(key, window_end)
        else:
            count = _database_hit(key, window_end)
    except (DatabaseError, RedisError) as exc:
        logger.warning(
            "Rate limit store unavailable (%s: %s); %s %s",
            type(exc).__name__,
            exc,
            "allowing" if fail_open else "refusing",
            scope,
        )
        return fail_open
    return count <= limit


def window_key(scope, identity, window, now):
    """The counter's key for the window ``now`` (epoch seconds) falls in, and
    that window's end in epoch seconds."""
    digest = hashlib.sha256(str(identity).encode()).hexdigest()[:32]
    index = int(now // window)
    return f"ratelimit:{scope}:{digest}:{window}:{index}", (index + 1) * window


def _redis_hit(key, window_end):
    client = get_redis_connection("default")
    key = cache.make_key(key)  # the cache's KEY_PREFIX, so cache.clear() clears it
    pipe = client.pipeline(transaction=True)
    pipe.incr(key)
    # Idempotent: every hit of the window sets the same expiry.
    pipe.expireat(key, window_end)
    count, _ = pipe.execute()
    return count


def _database_hit(key, window_end):
    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    key_column, expires_column, count_column = (
        connection.ops.quote_name(RateLimitCounter._meta.get_field(name).column)
        for name in ("key", "expires_at", "count")
    )
    expires_at = connection.ops.adapt_datetimefield_value(
        datetime.fromtimestamp(window_end, tz=UTC)
    )
    # A savepoint inside a caller's transaction, so that a failure here does not
    # leave that transaction unusable (PostgreSQL) for the rest of the request.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key_column}, {expires_column}, {count_column})"
            f" VALUES (%s, %s, 1)"
            f" ON CONFLICT ({key_column})"
            f" DO UPDATE SET {count_column} = {table}.{count_column} + 1"
            f" RETURNING {count_column}",
            [key, expires_at],
        )
        return cursor.fetchone()[0]


def prune_expired_counters():
    """Delete the database counters of windows that have ended."""
    ended = RateLimitCounter.objects.filter(expires_at__lte=timezone.now())
    deleted, _ = ended.delete()
    return deleted
