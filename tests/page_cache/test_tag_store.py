"""The Redis tag store when Redis loses its keys (a flush, a restart without
persistence): versions must not start again below those already handed out."""

import pytest
from django.conf import settings
from django_redis import get_redis_connection

from masthead.page_cache.tags import RedisTagStore

pytestmark = pytest.mark.skipif(
    not settings.REDIS_URL, reason="the Redis tag store: `make test-postgres` runs it"
)


@pytest.fixture
def redis_store(request):
    store = RedisTagStore(f"test-tag-store-{request.node.name}")
    yield store
    client = get_redis_connection("default")
    keys = list(client.scan_iter(f"{store.prefix}:*"))
    if keys:
        client.delete(*keys)


def forget_everything(store):
    client = get_redis_connection("default")
    client.delete(*client.scan_iter(f"{store.prefix}:*"))


def test_versions_after_a_lost_sequence_are_above_every_earlier_one(redis_store):
    redis_store.stamp(["page:1", "page:2"])
    for _ in range(3):
        redis_store.bump(["page:1"])
    before = redis_store.versions(["page:1", "page:2"])

    forget_everything(redis_store)
    # Lost tags match nothing stored…
    assert redis_store.versions(["page:1", "page:2"]) == [-1, -1]
    # …and what they are stamped or bumped to next is new.
    redis_store.stamp(["page:2"])
    redis_store.bump(["page:1"])
    after = redis_store.versions(["page:1", "page:2"])
    assert min(after) > max(before)


def test_a_bump_is_above_the_sequence_it_follows(redis_store):
    started = redis_store.sequence()
    assert redis_store.bump(["page:9"]) > started
    assert redis_store.versions(["page:9"]) == [redis_store.sequence()]
