"""The beacon: what it counts, what it refuses, and that refusals are counted."""

import json

import pytest
from django.utils import timezone

from masthead.analytics import recording
from masthead.analytics.models import Event, RejectedCount, Source
from tests.analytics.conftest import BROWSER, post_raw, send
from tests.factories import ArticleFactory, make_private

pytestmark = pytest.mark.django_db


def rejected():
    return dict(RejectedCount.objects.values_list("reason", "count"))


def test_a_view_of_a_live_page_is_stored_with_path_page_and_source(client, article):
    response = send(client, article, referrer="https://www.google.com/search?q=x")
    assert response.status_code == 204
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert recording.flush() == 1
    event = Event.objects.get()
    assert event.kind == Event.Kind.VIEW
    assert event.page_id == article.pk
    assert event.path == article.url
    assert event.source == Source.SEARCH
    assert event.referrer_host == "google.com"
    assert isinstance(event.visitor, int)
    assert event.occurred_at <= timezone.now()


def test_nothing_identifying_is_stored(client, article):
    send(client, article, ip="198.51.100.23")
    recording.flush()
    row = Event.objects.values().get()
    stored = json.dumps(row, default=str)
    assert "198.51.100.23" not in stored
    assert "Chrome" not in stored
    assert set(row) == {
        "id",
        "occurred_at",
        "kind",
        "page_id",
        "path",
        "visitor",
        "source",
        "referrer_host",
        "issue_id",
        "position",
        "first_view_today",
        "first_page_view_today",
    }


def test_same_reader_same_day_is_one_visitor_another_reader_another(client, article):
    send(client, article, ip="198.51.100.1")
    send(client, article, ip="198.51.100.1")
    send(client, article, ip="198.51.100.2")
    send(client, article, ip="198.51.100.1", agent=BROWSER.replace("130", "131"))
    recording.flush()
    visitors = list(Event.objects.order_by("id").values_list("visitor", flat=True))
    assert visitors[0] == visitors[1]
    assert len(set(visitors)) == 3


@pytest.mark.parametrize("header", [{"HTTP_SEC_GPC": "1"}, {"HTTP_DNT": "1"}])
def test_gpc_and_dnt_count_the_view_not_the_visitor(client, article, header):
    assert send(client, article, **header).status_code == 204
    recording.flush()
    event = Event.objects.get()
    assert event.page_id == article.pk
    assert event.visitor is None


@pytest.mark.parametrize(
    "agent",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "Mozilla/5.0 HeadlessChrome/130.0",
        "curl/8.5.0",
        "python-requests/2.32",
        "",
    ],
)
def test_bots_are_dropped_and_counted(client, article, agent):
    assert send(client, article, agent=agent).status_code == 204
    recording.flush()
    assert not Event.objects.exists()
    assert rejected() == {"bot": 1}


@pytest.mark.parametrize(
    "body, status",
    [
        (b"not json", 400),
        (b"[1, 2]", 400),
        (b'{"id": "x", "p": "/"}', 400),
        (b'{"id": 1}', 400),
        (b'{"id": 1, "p": "no-slash"}', 400),
        (b'{"id": true, "p": "/"}', 400),
        (b'{"id": 1, "p": "/", "r": 5}', 400),
        (b"\xff\xfe", 400),
    ],
)
def test_malformed_bodies_are_a_400(client, article, body, status):
    assert post_raw(client, body).status_code == status
    recording.flush()
    assert not Event.objects.exists()
    assert rejected() == {"malformed": 1}


def test_an_oversized_body_is_a_413(client, article):
    body = json.dumps({"id": article.pk, "p": article.url, "r": "x" * 5000})
    assert post_raw(client, body).status_code == 413
    recording.flush()
    assert rejected() == {"oversized": 1}


def test_unknown_draft_and_private_pages_are_refused(client, section, article):
    draft = ArticleFactory(parent=section, live=False)
    private = ArticleFactory(parent=section)
    make_private(private)
    assert post_raw(client, json.dumps({"id": 999999, "p": "/x/"})).status_code == 404
    assert send(client, draft, path="/asia-pacific/draft/").status_code == 404
    assert send(client, private).status_code == 404
    # A live page's id with another path (a forged pairing) is refused too.
    assert send(client, article, path="/not/the/story/").status_code == 404
    recording.flush()
    assert not Event.objects.exists()
    assert rejected() == {"unknown_page": 4}


def test_another_sites_origin_is_refused(client, article):
    response = send(client, article, HTTP_ORIGIN="https://spam.example")
    assert response.status_code == 403
    assert send(client, article, HTTP_ORIGIN="http://testserver").status_code == 204


def test_other_methods_are_a_405(client, article):
    response = client.get("/a/v")
    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_a_flood_from_one_address_is_capped(client, article, settings):
    settings.ANALYTICS_BEACONS_PER_MINUTE = 5
    statuses = [send(client, article, ip="192.0.2.9").status_code for _ in range(8)]
    assert statuses == [204] * 5 + [429] * 3
    # Another address is not held up; IPv6 neighbours in one /64 share a cap.
    assert send(client, article, ip="192.0.2.10").status_code == 204
    recording.flush()
    assert Event.objects.count() == 6
    assert rejected() == {"flood": 3}


def test_forged_referrers_store_no_junk(client, article):
    send(client, article, referrer="javascript:alert(1)")
    send(client, article, referrer="http://" + "a" * 300 + ".example/")
    send(client, article, referrer="http://192.0.2.1/")
    recording.flush()
    assert set(Event.objects.values_list("source", "referrer_host")) == {
        (Source.OTHER, "")
    }


@pytest.mark.parametrize(
    "path, referrer, expected",
    [
        ("{url}?ref=newsletter", "", (Source.NEWSLETTER, "")),
        ("{url}?utm_source=newsletter&utm_medium=email", "", (Source.NEWSLETTER, "")),
        ("{url}", "https://t.co/abc", (Source.SOCIAL, "t.co")),
        ("{url}", "https://www.bing.com/", (Source.SEARCH, "bing.com")),
        ("{url}", "https://mail.google.com/", (Source.NEWSLETTER, "mail.google.com")),
        ("{url}", "http://testserver/", (Source.INTERNAL, "")),
        ("{url}", "http://testserver/a/c/token", (Source.NEWSLETTER, "")),
        ("{url}", "https://blog.example.org/post", (Source.OTHER, "blog.example.org")),
        ("{url}", "", (Source.DIRECT, "")),
    ],
)
def test_sources_are_classified(client, article, path, referrer, expected):
    send(client, article, path=path.format(url=article.url), referrer=referrer)
    recording.flush()
    assert Event.objects.values_list("source", "referrer_host").get() == expected


def test_the_noscript_gif_counts_and_filters_bots(client, article):
    url = f"/a/v.gif?id={article.pk}"
    response = client.get(
        url,
        HTTP_USER_AGENT=BROWSER,
        HTTP_REFERER=f"http://testserver{article.url}?ref=newsletter",
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert client.get(url, HTTP_USER_AGENT="Googlebot/2.1").status_code == 204
    assert client.get("/a/v.gif?id=abc", HTTP_USER_AGENT=BROWSER).status_code == 400
    assert client.get("/a/v.gif?id=999999", HTTP_USER_AGENT=BROWSER).status_code == 404
    assert client.get(url, HTTP_USER_AGENT=BROWSER).status_code == 200
    recording.flush()
    sources = list(Event.objects.order_by("id").values_list("source", flat=True))
    assert sources == [Source.NEWSLETTER, Source.UNKNOWN]
    assert rejected() == {"bot": 1, "malformed": 1, "unknown_page": 1}


def test_the_buffer_is_written_in_batches(client, article, settings):
    settings.ANALYTICS_BATCH_SIZE = 3
    send(client, article)
    send(client, article)
    assert not Event.objects.exists()  # buffered
    send(client, article)  # the third fills the batch: written at once
    assert Event.objects.count() == 3
    assert recording.recorder.pending() == 0


def test_a_visitor_is_first_once_a_day_across_batches(client, article, section):
    other = ArticleFactory(parent=section)
    send(client, article, ip="198.51.100.8")
    recording.flush()
    send(client, article, ip="198.51.100.8")
    send(client, other, ip="198.51.100.8")
    recording.flush()
    flags = list(
        Event.objects.order_by("id").values_list(
            "first_view_today", "first_page_view_today"
        )
    )
    assert flags == [(True, True), (False, False), (False, True)]


def test_the_public_address_is_our_origin_behind_a_proxy(client, article, settings):
    settings.BASE_URL = "https://news.example"
    response = send(client, article, HTTP_ORIGIN="https://news.example")
    assert response.status_code == 204
    send(client, article, referrer="https://news.example/europe/")
    recording.flush()
    assert Event.objects.order_by("id").last().source == Source.INTERNAL
