"""Reader pages set no cookies; the signup form is guarded by its origin instead.

The signup box is on every page. With a CSRF token in it, every page set a
``csrftoken`` cookie and no shared cache could keep it. The form now carries no
token and the signup endpoint accepts a POST only from our own origin
(masthead/newsletter/same_origin.py): Sec-Fetch-Site, then Origin, else Referer.

The clients here enforce CSRF checks, as a browser's requests meet them.
"""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from masthead.newsletter.models import (
    IssueItem,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
)
from tests.factories import ArticleFactory
from tests.newsletter.subscription_helpers import (
    confirm_path,
    link_in_last_mail,
    make_subscriber,
    preferences_path,
    unsubscribe_path,
)

pytestmark = pytest.mark.django_db

SITE = "http://testserver"  # the test client's host, as a browser names its origin
FORBIDDEN = "We could not sign you up"


def reader():
    """A first-time reader: no cookies, and CSRF checks as in production."""
    return Client(enforce_csrf_checks=True)


def post_signup(headers, email="reader@example.org", client=None, **extra):
    return (client or reader()).post(
        "/newsletter/", {"email": email, "next": "/"}, headers=headers, **extra
    )


def assert_refused(response):
    assert response.status_code == 403
    html = response.content.decode()
    # The site's own page, in its design, saying what happened; not Django's.
    assert FORBIDDEN in html
    assert '<main id="main"' in html
    assert "CSRF" not in html
    assert not response.cookies
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


# Signing up from the box, as a browser does


def test_the_box_has_no_token_and_its_page_sets_no_cookie(home, article):
    response = reader().get(article.url)
    html = response.content.decode()
    assert 'id="signup-email"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies


def test_box_signup_from_our_own_origin_creates_a_pending_subscriber(home, article):
    client = reader()
    client.get(article.url)
    response = client.post(
        "/newsletter/",
        {"email": "box@example.org", "next": article.url, "website": ""},
        headers={
            "Origin": SITE,
            "Referer": f"{SITE}{article.url}",
            "Sec-Fetch-Site": "same-origin",
        },
    )

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/thanks/"
    assert not response.cookies
    subscriber = Subscriber.objects.get()
    assert subscriber.email_key == "box@example.org"
    assert subscriber.status == SubscriberStatus.PENDING
    assert [n.slug for n in subscriber.lists.all()] == ["weekly"]
    assert subscriber.consent_source == article.url
    [message] = mail.outbox
    assert message.to == ["box@example.org"]
    assert link_in_last_mail("/newsletter/confirm/")

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert not thanks.cookies


def test_the_signup_page_form_has_no_token_and_works_the_same(home):
    page = reader().get("/newsletter/")
    assert page.status_code == 200
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert not page.cookies
    response = reader().post(
        "/newsletter/",
        {"email": "page@example.org", "lists": ["qiosk-daily"]},
        headers={"Origin": SITE},
    )
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert [n.slug for n in subscriber.lists.all()] == ["qiosk-daily"]
    assert len(mail.outbox) == 1


# Forgeries


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "http://testserver.evil.example",
        "https://testserver",  # our host, but not our scheme
        "http://testserver:8000",  # nor our port
        "null",  # sandboxed frames, data: URLs
        "",
    ],
)
def test_a_post_from_another_origin_is_refused(home, origin):
    assert_refused(post_signup({"Origin": origin, "Referer": f"{SITE}/"}))


@pytest.mark.parametrize("fetch_site", ["cross-site", "same-site", "none"])
def test_sec_fetch_site_other_than_same_origin_is_refused(home, fetch_site):
    # Even with an Origin that would pass: the browser says it is not ours.
    assert_refused(post_signup({"Origin": SITE, "Sec-Fetch-Site": fetch_site}))


def test_a_post_with_neither_origin_nor_referer_is_refused(home):
    assert_refused(post_signup({}))


def test_a_post_with_only_sec_fetch_site_is_refused(home):
    assert_refused(post_signup({"Sec-Fetch-Site": "same-origin"}))


def test_without_origin_a_same_origin_referer_is_enough(home):
    response = post_signup({"Referer": f"{SITE}/asia-pacific/"})
    assert response.status_code == 302
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "referer",
    [
        "https://evil.example/page",
        "http://testserver.evil.example/",
        "https://testserver/",
        "/relative/path",
        "not a url",
        "http://[::1",  # unparseable: refused, not a 500
    ],
)
def test_without_origin_a_foreign_or_broken_referer_is_refused(home, referer):
    assert_refused(post_signup({"Referer": referer}))


def test_origin_wins_over_a_same_origin_referer(home):
    assert_refused(post_signup({"Origin": "https://evil.example", "Referer": SITE}))


def test_a_refused_post_does_not_use_up_the_rate_limit(home, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    for _ in range(3):
        assert post_signup({"Origin": "https://evil.example"}).status_code == 403
    assert post_signup({"Origin": SITE}).status_code == 302


def test_the_honeypot_still_turns_bots_away_quietly(home):
    response = reader().post(
        "/newsletter/",
        {"email": "bot@example.org", "website": "http://spam.example"},
        headers={"Origin": SITE},
    )
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_other_methods_are_still_refused_with_405(home):
    assert reader().put("/newsletter/", headers={"Origin": SITE}).status_code == 405
    assert reader().put("/newsletter/").status_code == 405


# Origins judged as Django judges them


def test_a_trusted_origin_is_accepted(home, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.example.org"]
    assert post_signup({"Origin": "https://www.example.org"}).status_code == 302
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_a_trusted_origin_is_accepted_from_the_referer_too(home, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.example.org"]
    response = post_signup({"Referer": "https://www.example.org/asia-pacific/"})
    assert response.status_code == 302


def test_wildcard_trusted_origins_cover_subdomains(home, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.example.org"]
    assert post_signup({"Origin": "https://news.example.org"}).status_code == 302
    other_scheme = post_signup(
        {"Origin": "http://news.example.org"}, email="other@example.org"
    )
    assert other_scheme.status_code == 403


def test_the_host_and_scheme_come_from_the_proxy_when_settings_say_so(home, settings):
    settings.USE_X_FORWARDED_HOST = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    proxied = {"X-Forwarded-Host": "www.example.org", "X-Forwarded-Proto": "https"}

    plain = post_signup({**proxied, "Origin": "http://www.example.org"})
    assert plain.status_code == 403  # the reader's page was https
    secure = post_signup({**proxied, "Origin": "https://www.example.org"})
    assert secure.status_code == 302
    assert Subscriber.objects.get().email_key == "reader@example.org"


# No cookies on public pages


@pytest.fixture
def small_site(home, section, author, article):
    qiosk_item = ArticleFactory(
        parent=section,
        title="Quick item",
        slug="quick-item",
        article_type="qiosk",
        authors=[author],
        tags=["Trade"],
        corrections=["An earlier version misspelt a name."],
    )
    weekly = NewsletterList.objects.get(slug="weekly")
    now = timezone.now()
    issue = NewsletterIssue.objects.create(
        newsletter=weekly,
        subject="The week in review",
        period_start=now - datetime.timedelta(days=7),
        period_end=now,
        status=IssueStatus.SENT,
        sent_at=now,
    )
    IssueItem.objects.create(issue=issue, article=article, sort_order=0)
    return {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "qiosk item": qiosk_item.url,
        "author": author.url,
        "author index": "/authors/",
        "tag": "/tags/trade/",
        "latest": "/latest/",
        "search": "/search/?q=ports",
        "search form": "/search/",
        "qiosk": "/qiosk/",
        "corrections": "/corrections/",
        "feed": "/feed/",
        "feed atom": "/feed/atom/",
        "section feed": f"/feed/section/{section.slug}/",
        "author feed": f"/feed/author/{author.slug}/",
        "tag feed": "/feed/tag/trade/",
        "qiosk feed": "/feed/qiosk/",
        "corrections feed": "/feed/corrections/",
        "sitemap index": "/sitemap.xml",
        "articles sitemap": "/sitemap-articles.xml",
        "news sitemap": "/news-sitemap.xml",
        "robots.txt": "/robots.txt",
        "api articles": "/api/v3/articles/",
        "api article": f"/api/v3/articles/{article.pk}/",
        "api sections": "/api/v3/sections/",
        "api authors": "/api/v3/authors/",
        "api qiosk": "/api/v3/qiosk/",
        "api schema": "/api/v3/openapi.json",
        "api docs": "/api/v3/docs",
        "newsletter archive": "/newsletter/archive/",
        "newsletter archive issue": f"/newsletter/archive/{issue.pk}/",
        "newsletter signup": "/newsletter/",
        "newsletter thanks": "/newsletter/thanks/",
    }


def test_anonymous_gets_of_public_pages_set_no_cookie(small_site):
    setting_cookies = {}
    for name, url in small_site.items():
        response = reader().get(url)
        assert response.status_code == 200, f"{name} ({url}): {response.status_code}"
        if response.cookies:
            setting_cookies[name] = sorted(response.cookies)
    assert setting_cookies == {}


def test_the_not_found_page_sets_no_cookie(home):
    response = reader().get("/no-such-page/")
    assert response.status_code == 404
    assert 'id="signup-email"' in response.content.decode()
    assert not response.cookies


def test_personal_link_pages_may_set_the_cookie_but_are_never_cached(home):
    # These carry the reader's token and forms of their own (with a CSRF token,
    # except unsubscribe, which takes RFC 8058 one-click POSTs): not for caches.
    subscriber = make_subscriber()
    pending = make_subscriber("pending@example.org", SubscriberStatus.PENDING)
    for url in (
        confirm_path(pending),
        preferences_path(subscriber),
        unsubscribe_path(subscriber),
        "/newsletter/preferences/forged-token/",
    ):
        response = reader().get(url)
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control, url


def test_the_link_pages_forms_post_with_a_real_origin(home):
    # Under <meta name="referrer" content="no-referrer"> browsers send
    # "Origin: null" with a form POST, which Django's CSRF check refuses; the
    # pages ask for "same-origin", which keeps the tokened URL from other sites.
    pending = make_subscriber("pending@example.org", SubscriberStatus.PENDING)
    client = reader()
    page = client.get(confirm_path(pending))
    html = page.content.decode()
    assert '<meta name="referrer" content="same-origin">' in html
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    confirmed = client.post(
        confirm_path(pending),
        {"csrfmiddlewaretoken": token},
        headers={"Origin": SITE},
    )
    assert confirmed.status_code == 200
    pending.refresh_from_db()
    assert pending.status == SubscriberStatus.ACTIVE
