"""Rate-limit counters in the database (SQLite or PostgreSQL, as DATABASE_URL
says) and in Redis (with REDIS_URL): one atomic step per hit, shared by every
process, windows that end and are pruned, and a store failure answered as the
caller chose."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_redis import get_redis_connection

from masthead.core import ratelimit
from masthead.core.models import RateLimitCounter
from tests.newsletter import test_concurrency

pytestmark = pytest.mark.django_db

THREADS = 30
HOUR = 3600

# Threads with a connection each, to a file copy of SQLite's in-memory test
# database (shared-cache table locks would not wait) or to PostgreSQL.
own_connection = test_concurrency.own_connection
run_together = test_concurrency.run_together


@pytest.fixture
def database_store(settings):
    settings.RATELIMIT_STORE = "database"


@pytest.fixture
def redis_store(settings):
    settings.RATELIMIT_STORE = "redis"
    cache.clear()
    yield get_redis_connection("default")
    cache.clear()


def hits(count, identity="192.0.2.1", limit=3, scope="test", window=HOUR):
    return [
        ratelimit.hit(scope, identity, limit, window, fail_open=False)
        for _ in range(count)
    ]


# The database store


def test_database_counter_allows_the_limit_then_refuses(database_store):
    assert hits(5) == [True, True, True, False, False]
    [counter] = RateLimitCounter.objects.all()
    assert counter.count == 5
    assert counter.expires_at > timezone.now()
    assert counter.expires_at <= timezone.now() + timedelta(seconds=HOUR)
    # The identity is hashed, not stored.
    assert "192.0.2.1" not in counter.key


def test_database_counters_are_per_identity_and_scope(database_store):
    assert hits(3, identity="192.0.2.1") == [True] * 3
    assert hits(1, identity="192.0.2.2") == [True]
    assert hits(1, identity="192.0.2.1", scope="other") == [True]
    assert hits(1, identity="192.0.2.1") == [False]
    assert RateLimitCounter.objects.count() == 3


def test_a_new_window_starts_from_zero(database_store):
    # The previous window's counter, over the limit.
    previous, previous_end = ratelimit.window_key(
        "test", "192.0.2.1", HOUR, time.time() - HOUR
    )
    RateLimitCounter.objects.create(
        key=previous,
        count=99,
        expires_at=datetime.fromtimestamp(previous_end, tz=UTC),
    )
    assert hits(1) == [True]
    assert RateLimitCounter.objects.get(key=previous).count == 99


def test_the_scheduler_prunes_ended_windows_and_keeps_current_ones(database_store):
    hits(2)
    ended = [
        RateLimitCounter.objects.create(
            key=f"ratelimit:test:old:{n}",
            count=5,
            expires_at=timezone.now() - timedelta(seconds=n + 1),
        )
        for n in range(3)
    ]

    call_command("scheduler", once=True)

    assert not RateLimitCounter.objects.filter(pk__in=[c.pk for c in ended]).exists()
    [current] = RateLimitCounter.objects.all()
    assert current.count == 2
    assert hits(2) == [True, False]  # the count went on: 3, then 4


# serialized_rollback: restores what migrations created once the test has
# emptied the tables, as tests/newsletter/test_concurrency.py's tests do.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_hits_on_one_counter_allow_exactly_the_limit(
    database_store, own_connection
):
    """One connection per thread, all released at once: no lost updates."""
    allowed = run_together(lambda index: hits(1, limit=10)[0], THREADS, own_connection)
    assert allowed.count(True) == 10
    assert RateLimitCounter.objects.get().count == THREADS


def test_a_database_failure_answers_as_the_caller_chose(database_store, caplog):
    hits(1)
    with connection.cursor() as cursor:
        # Rolled back with the test's transaction (both databases have
        # transactional DDL): a real error from the real database.
        cursor.execute(f"DROP TABLE {RateLimitCounter._meta.db_table}")

    assert ratelimit.hit("test", "192.0.2.1", 0, HOUR, fail_open=True) is True
    assert ratelimit.hit("test", "192.0.2.1", 99, HOUR, fail_open=False) is False
    assert "Rate limit store unavailable" in caplog.text
    # The failed statement did not spoil the surrounding transaction.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


# The Redis store


@pytest.mark.skipif(
    not django_settings.REDIS_URL,
    reason="the Redis store: `make test-postgres` (REDIS_URL) runs it",
)
def test_redis_counter_allows_the_limit_then_refuses_and_expires(redis_store):
    assert hits(5) == [True, True, True, False, False]
    key, window_end = ratelimit.window_key("test", "192.0.2.1", HOUR, time.time())
    stored = cache.make_key(key)
    assert int(redis_store.get(stored)) == 5
    # Expires when its window ends, so Redis needs no pruning.
    assert 0 < redis_store.ttl(stored) <= HOUR
    assert redis_store.expiretime(stored) == window_end
    assert hits(1, identity="192.0.2.2") == [True]
    assert not RateLimitCounter.objects.exists()


def test_redis_failure_answers_as_the_caller_chose(settings, caplog):
    settings.RATELIMIT_STORE = "redis"
    settings.CACHES = {
        **settings.CACHES,
        # Nothing listens on port 1: every command fails to connect.
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
    }
    assert ratelimit.hit("test", "192.0.2.1", 0, HOUR, fail_open=True) is True
    assert ratelimit.hit("test", "192.0.2.1", 99, HOUR, fail_open=False) is False
    assert "Rate limit store unavailable" in caplog.text
