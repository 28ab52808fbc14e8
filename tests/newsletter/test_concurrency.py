"""Concurrent signups and suppressions of one address, with real threads and
one database connection each (transactional tests: no wrapping transaction).

The guarantees come from the unique ``email_key`` / ``Suppression.email_key``
constraints and retried inserts, not from checking first, so they hold on
PostgreSQL (READ COMMITTED, row locks) and on SQLite (one writer at a time).

SQLite's in-memory test database runs in shared-cache mode, whose table locks
fail at once ("database table is locked") instead of waiting, unlike any real
deployment. On SQLite these tests therefore copy the test database into a file
and give every thread its own connection to it, with the production options
(WAL, BEGIN IMMEDIATE, a busy timeout): the setup the site runs on.
"""

import sqlite3
import threading
import unicodedata

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection, connections
from django.test import Client

from masthead.newsletter import subscriptions
from masthead.newsletter.models import (
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
)

# serialized_rollback: the lists and the home page come from migrations; this
# restores them for the transactional test (which empties the tables afterwards).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 50


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def own_connection(tmp_path):
    """Call in a thread to give it its own connection to the test database."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield lambda: None
        return
    path = tmp_path / "concurrency.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    settings_dict = {**connection.settings_dict, "NAME": str(path)}
    wrapper_class = type(connections["default"])
    in_memory = connections["default"]

    def use_file():
        connections["default"] = wrapper_class(dict(settings_dict), "default")

    use_file()  # the test's own thread too, for its assertions
    yield use_file
    connections["default"].close()
    connections["default"] = in_memory


def variants(count):
    """Spellings of one mailbox: case, surrounding spaces, NFC vs NFD, punycode."""
    base = "Zoe.Reader@Bücher.example"
    forms = [
        base,
        base.upper(),
        base.lower(),
        f"  {base}  ",
        unicodedata.normalize("NFD", base),
        unicodedata.normalize("NFD", base.swapcase()),
        "zoe.reader@xn--bcher-kva.example",
    ]
    return [forms[i % len(forms)] for i in range(count)]


def run_together(work, count, own_connection):
    """Run ``work(i)`` in ``count`` threads released at the same moment."""
    barrier = threading.Barrier(count)
    results, errors = [None] * count, []

    def runner(index):
        try:
            own_connection()
            barrier.wait(timeout=30)
            results[index] = work(index)
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def test_fifty_concurrent_signups_in_case_variants_give_one_subscriber(
    settings, own_connection
):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = THREADS * 2
    addresses = variants(THREADS)

    def post(index):
        # Each thread comes from its own address, as 50 readers would.
        client = Client(REMOTE_ADDR=f"198.51.100.{index + 1}")
        return client.post(
            "/newsletter/",
            {"email": addresses[index]},
            headers={"Origin": "http://testserver"},
        ).status_code

    statuses = run_together(post, THREADS, own_connection)

    assert statuses == [302] * THREADS
    subscriber = Subscriber.objects.get()
    assert subscriber.email_key == "zoe.reader@xn--bcher-kva.example"
    assert subscriber.status == SubscriberStatus.PENDING
    assert [n.slug for n in subscriber.lists.all()] == ["weekly"]
    # Every request asked for a confirmation; the per-address limit held.
    limit = settings.NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY
    assert 1 <= len(mail.outbox) <= limit
    assert subscriber.confirmations_sent == len(mail.outbox)


def test_concurrent_service_calls_with_different_lists_merge(own_connection):
    lists = list(NewsletterList.objects.order_by("sort_order"))
    addresses = variants(THREADS)

    def request(index):
        subscriptions.request_subscription(
            addresses[index], lists=[lists[index % 2]], source="/", ip=None
        )

    run_together(request, THREADS, own_connection)

    subscriber = Subscriber.objects.get()
    assert set(subscriber.lists.all()) == set(lists)


def test_concurrent_bounce_reports_give_one_suppression(own_connection):
    subscriptions.request_subscription("bounce@example.org", source="/", ip=None)

    def report(index):
        reason = "complained" if index == THREADS - 1 else "bounced"
        subscriptions.suppress(
            "Bounce@Example.org" if index % 2 else "bounce@example.org", reason
        )

    run_together(report, THREADS, own_connection)

    suppression = Suppression.objects.get()
    assert suppression.email_key == "bounce@example.org"
    # The one complaint wins over the bounces, whatever the order.
    assert suppression.reason == Suppression.Reason.COMPLAINED
    assert Subscriber.objects.get().status == SubscriberStatus.COMPLAINED
