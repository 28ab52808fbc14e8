"""Newsletter links: signed, counted by issue and position, then redirected;
signups attributed to the page the form was on."""

import pytest
from django.core import signing

from masthead.analytics import recording
from masthead.analytics.links import SALT, click_url
from masthead.analytics.models import Event
from masthead.analytics.queries import issue_clicks_by_page
from tests.analytics.conftest import BROWSER

pytestmark = pytest.mark.django_db


def relative(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_click_url_is_absolute_on_the_public_address(article, settings):
    settings.BASE_URL = "https://news.example"
    url = click_url(article.url, issue_id=4, position=2)
    assert url.startswith("https://news.example/a/c/")


def test_a_click_is_counted_and_redirected(client, article, settings):
    settings.BASE_URL = "http://testserver"
    target = f"http://testserver{article.url}?ref=newsletter"
    url = click_url(target, issue_id=9, position=1)
    response = client.get(relative(url), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302
    assert response["Location"] == target
    assert response["Cache-Control"] == "no-store"
    recording.flush()
    event = Event.objects.get()
    assert (event.kind, event.issue_id, event.position) == (Event.Kind.CLICK, 9, 1)
    assert event.page_id == article.pk
    assert event.visitor is None
    assert issue_clicks_by_page(9) == {article.pk: 1}


def test_links_to_other_sites_redirect_and_count_without_a_page(client, home):
    url = click_url("https://other.example/report", issue_id=9, position=2)
    response = client.get(relative(url), HTTP_USER_AGENT=BROWSER)
    assert response["Location"] == "https://other.example/report"
    recording.flush()
    assert issue_clicks_by_page(9) == {None: 1}


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        signing.dumps({"i": 1, "p": 1, "u": "https://evil.example/"}, salt="other"),
        signing.dumps({"i": 1, "p": 1, "u": "javascript:alert(1)"}, salt=SALT),
        signing.dumps({"i": "1", "p": 1, "u": "https://a.example/"}, salt=SALT),
        signing.dumps([1, 2], salt=SALT),
    ],
    # Fixed ids: signed tokens carry the time, and xdist's workers must collect
    # the same test names.
    ids=["nonsense", "other-salt", "javascript-url", "text-issue-id", "not-a-dict"],
)
def test_forged_or_unsafe_tokens_are_a_400(client, home, token):
    response = client.get(f"/a/c/{token}", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 400
    assert "Location" not in response


def test_a_tampered_token_is_a_400(client, home):
    url = click_url("https://other.example/", issue_id=1, position=1)
    token = relative(url).removeprefix("/a/c/")
    assert client.get(f"/a/c/{token[:-2]}xx").status_code == 400


def test_bot_clicks_redirect_without_counting(client, home):
    url = click_url("https://other.example/", issue_id=3, position=1)
    response = client.get(relative(url), HTTP_USER_AGENT="Googlebot/2.1")
    assert response.status_code == 302
    recording.flush()
    assert not Event.objects.exists()


def test_a_signup_is_attributed_to_the_page_of_the_form(client, article):
    response = client.post(
        "/newsletter/",
        {"email": "reader@example.org", "next": article.url},
        HTTP_ORIGIN="http://testserver",
        HTTP_USER_AGENT=BROWSER,
    )
    assert response.status_code == 302
    recording.flush()
    event = Event.objects.get(kind=Event.Kind.SIGNUP)
    assert (event.page_id, event.path) == (article.pk, article.url)


def test_a_signup_from_the_signup_page_has_no_page(client, home):
    client.post(
        "/newsletter/",
        {"email": "reader@example.org", "next": "/nowhere/"},
        HTTP_ORIGIN="http://testserver",
    )
    recording.flush()
    event = Event.objects.get(kind=Event.Kind.SIGNUP)
    assert event.page_id is None
