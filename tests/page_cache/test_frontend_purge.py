"""Frontend cache purges, end to end, against a real HTTP listener on loopback.

While WAGTAILFRONTENDCACHE names a cache, every response the page cache stores
records its URL under each of its tags; a change that bumps tags purges those
URLs through Wagtail's HTTP backend (``PURGE <path>``, ``Host: <site>``), and
again ``PAGE_CACHE_REPURGE_DELAY`` seconds later. The listener below stands in
for nginx: it answers every PURGE and remembers what it was asked.

The site is the page cache tests' own: ``old`` sits alone in Culture with its own
writer and topic; the 11 newer World stories keep it off LATEST and every river
(the front page shows it in Culture's section block).
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client
from wagtail.models import Page

from masthead.articles.models import Correction
from masthead.page_cache.models import FrontendCachedUrl
from tests.factories import ArticleFactory
from tests.page_cache.helpers import misses, warm

HTTP_BACKEND = "masthead.page_cache.backends.TimeoutHTTPBackend"


class PurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.record("PURGE", self.path, self.headers.get("Host"))
        if self.server.hung:
            self.server.released.wait(timeout=30)
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.server.answered()

    def log_message(self, format, *args):
        pass


class PurgeListener(ThreadingHTTPServer):
    """A frontend cache that only takes purges: (method, path, Host, time) each."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), PurgeHandler)
        self.status = 200
        self.hung = False  # True: hold every answer until release()
        self.released = threading.Event()
        self.answers = 0
        self._received = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        self.running = True

    @property
    def port(self):
        return self.server_address[1]

    def record(self, method, path, host):
        with self._lock:
            self._received.append((method, path, host, time.monotonic()))

    def answered(self):
        with self._lock:
            self.answers += 1

    def release(self):
        self.released.set()

    def received(self):
        with self._lock:
            return [entry[:3] for entry in self._received]

    def times(self, path):
        with self._lock:
            return [entry[3] for entry in self._received if entry[1] == path]

    def paths(self):
        return {path for _, path, _ in self.received()}

    def stop(self):
        self.release()
        if self.running:
            self.running = False
            self.shutdown()
            self.server_close()
            self._thread.join(timeout=5)


@pytest.fixture
def listener():
    server = PurgeListener()
    yield server
    server.stop()


@pytest.fixture
def frontend_cache(settings, listener, page_cache):
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": HTTP_BACKEND,
            "LOCATION": f"http://127.0.0.1:{listener.port}",
        }
    }
    return listener


def warmed_paths(site):
    return {
        "old": site["old"].url,
        "culture": site["culture"].url,
        "critic": site["critic"].url,
        "home": "/",
        "recent": site["recent"].url,
        "feed": "/feed/",
    }


# Of the warmed pages, those that show ``old`` (see the page cache tests: a
# correction invalidates exactly these, plus pages not warmed here).
SHOWING_OLD = {"old", "culture", "critic", "home", "feed"}


def publish_correction(site, committed):
    old = Page.objects.get(pk=site["old"].pk).specific
    old.corrections.add(Correction(text="The reopening is in May, not March."))
    with committed():
        revision = old.save_revision()
        revision.publish()
    return revision


def wait_for(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_a_correction_purges_exactly_the_urls_that_show_the_story(
    site, frontend_cache, committed
):
    listener = frontend_cache
    client = Client()
    paths = warmed_paths(site)
    warm(client, paths)
    recorded = set(FrontendCachedUrl.objects.values_list("url", flat=True))
    assert recorded == {f"http://testserver{path}" for path in paths.values()}
    assert listener.received() == []  # reading pages purges nothing

    publish_correction(site, committed)

    expected = {paths[name] for name in SHOWING_OLD}
    received = listener.received()
    assert {path for _, path, _ in received} == expected
    assert all(method == "PURGE" for method, _, _ in received)
    assert {host for _, _, host in received} == {"testserver"}
    assert len(received) == len(expected)  # once each: no repurge configured
    assert paths["recent"] not in listener.paths()
    # What the frontend cache was told to drop is what the app's own cache dropped.
    assert misses(client, paths) == SHOWING_OLD
    assert b"not March" in client.get(paths["old"]).content


def test_each_purged_url_is_purged_again_after_the_repurge_delay(
    site, frontend_cache, committed, settings
):
    listener = frontend_cache
    settings.PAGE_CACHE_REPURGE_DELAY = 0.2
    client = Client()
    paths = warmed_paths(site)
    warm(client, paths)

    publish_correction(site, committed)
    expected = {paths[name] for name in SHOWING_OLD}
    assert listener.paths() == expected  # the first purge is not delayed

    assert wait_for(lambda: all(len(listener.times(p)) >= 2 for p in expected)), (
        listener.received()
    )
    time.sleep(0.3)  # nothing more arrives later
    for path in expected:
        first, second = listener.times(path)
        assert second - first >= 0.15, path
    assert listener.paths() == expected
    assert {host for _, _, host in listener.received()} == {"testserver"}


def test_nothing_is_recorded_or_purged_without_a_frontend_cache(
    site, listener, committed, settings
):
    settings.WAGTAILFRONTENDCACHE = {}
    settings.PAGE_CACHE_REPURGE_DELAY = 0.05
    client = Client()
    paths = warmed_paths(site)
    warm(client, paths)
    assert not FrontendCachedUrl.objects.exists()

    publish_correction(site, committed)
    time.sleep(0.2)  # past the repurge delay, had there been a purge
    assert listener.received() == []
    assert not FrontendCachedUrl.objects.exists()
    assert misses(client, paths) == SHOWING_OLD  # the app's own cache still works


@pytest.mark.parametrize("failure", ["port closed", "error status"])
def test_a_failing_purge_does_not_fail_the_publish(
    site, frontend_cache, committed, caplog, failure
):
    listener = frontend_cache
    client = Client()
    paths = warmed_paths(site)
    warm(client, paths)
    if failure == "port closed":
        listener.stop()
    else:
        listener.status = 500

    revision = publish_correction(site, committed)

    old = Page.objects.get(pk=site["old"].pk).specific
    assert old.live_revision_id == revision.pk
    assert [c.text for c in old.corrections.all()] == [
        "The reopening is in May, not March."
    ]
    assert misses(client, paths) == SHOWING_OLD
    response = client.get(paths["old"])
    assert response.status_code == 200
    assert b"not March" in response.content
    # Every purge was tried and its failure logged.
    failed = [
        record.getMessage()
        for record in caplog.records
        if record.getMessage().startswith("Couldn't purge")
    ]
    assert len(failed) == len(SHOWING_OLD), failed
    for name in SHOWING_OLD:
        assert any(f"http://testserver{paths[name]}'" in m for m in failed), name
    if failure == "error status":
        assert listener.paths() == {paths[name] for name in SHOWING_OLD}


def test_a_story_with_a_non_ascii_slug_is_purged_without_stopping_the_others(
    site, frontend_cache, committed
):
    listener = frontend_cache
    with committed():
        cafe = ArticleFactory(
            parent=site["culture"],
            title="A café reopens by the opera house",
            slug="café-reopens",
            authors=[site["critic"]],
        )
    assert cafe.url == "/culture/caf%C3%A9-reopens/"
    client = Client()
    paths = {
        "cafe": cafe.url,
        "old": site["old"].url,
        "culture": site["culture"].url,
        "critic": site["critic"].url,
    }
    warm(client, paths)
    critic = Page.objects.get(pk=site["critic"].pk).specific
    critic.title = "Rosa Critic-Valdés"
    with committed():
        critic.save_revision().publish()  # every page above shows the byline

    assert misses(client, paths) == set(paths)
    assert listener.paths() >= set(paths.values())


def test_a_hung_frontend_cache_cannot_hold_up_a_publish(
    site, frontend_cache, settings, committed
):
    listener = frontend_cache
    settings.WAGTAILFRONTENDCACHE["nginx"]["TIMEOUT"] = 0.2
    listener.hung = True
    client = Client()
    paths = {"old": site["old"].url, "culture": site["culture"].url}
    warm(client, paths)
    old = Page.objects.get(pk=site["old"].pk).specific
    old.corrections.add(Correction(text="The reopening is in May."))
    with committed():
        old.save_revision().publish()
    # The publish is back while the frontend cache has answered no PURGE yet: it
    # gave up waiting for each of them.
    assert listener.paths() >= set(paths.values())
    assert listener.answers == 0
    listener.release()
    assert b"in May" in client.get(paths["old"]).content
