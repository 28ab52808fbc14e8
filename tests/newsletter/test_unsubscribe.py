"""Leaving and choosing lists: the visible link, RFC 8058 one-click, preferences."""

import pytest
from django.test import Client

from masthead.newsletter import subscriptions
from masthead.newsletter.models import Subscriber, SubscriberStatus, Suppression
from tests.newsletter.subscription_helpers import (
    confirm_path,
    make_subscriber,
    newsletter,
    preferences_path,
    unsubscribe_path,
)

pytestmark = pytest.mark.django_db

ONE_CLICK = "List-Unsubscribe=One-Click"


def slugs(subscriber):
    return sorted(n.slug for n in subscriber.lists.all())


# Unsubscribe link


def test_get_shows_a_button_and_changes_nothing(client, home):
    subscriber = make_subscriber()
    for _ in range(3):  # scanners and previews fetch links, sometimes repeatedly
        response = client.get(unsubscribe_path(subscriber))
        assert response.status_code == 200
    html = response.content.decode()
    assert '<form method="post"' in html
    assert "<button" in html and "Unsubscribe" in html
    assert "reader@example.org" in html
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert slugs(subscriber) == ["weekly"]


def test_the_button_on_the_page_unsubscribes(client, home):
    subscriber = make_subscriber()
    response = client.post(unsubscribe_path(subscriber))
    assert response.status_code == 200
    html = response.content.decode()
    assert "You are unsubscribed" in html
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.status != SubscriberStatus.ACTIVE
    # Changed their mind: the page links to their preferences.
    preferences = html.split('href="/newsletter/preferences/')[1].split('"')[0]
    page = client.get(f"/newsletter/preferences/{preferences}")
    assert page.status_code == 200
    assert "You are unsubscribed" in page.content.decode()


@pytest.mark.parametrize("multipart", [False, True])
def test_rfc8058_one_click_post_without_cookies_returns_200(home, multipart):
    subscriber = make_subscriber()
    mail_client = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token
    if multipart:
        response = mail_client.post(
            unsubscribe_path(subscriber), {"List-Unsubscribe": "One-Click"}
        )
    else:
        response = mail_client.post(
            unsubscribe_path(subscriber),
            ONE_CLICK,
            content_type="application/x-www-form-urlencoded",
        )
    assert response.status_code == 200
    assert not mail_client.cookies
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_one_click_is_idempotent(home):
    subscriber = make_subscriber()
    mail_client = Client(enforce_csrf_checks=True)
    for _ in range(2):
        response = mail_client.post(
            unsubscribe_path(subscriber),
            ONE_CLICK,
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_link_for_one_list_leaves_only_that_list(client, home):
    subscriber = make_subscriber(lists=("weekly", "qiosk-daily"))
    response = client.post(unsubscribe_path(subscriber, "qiosk-daily"))
    assert response.status_code == 200
    assert "Weekly round-up" in response.content.decode()  # what they still get
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert slugs(subscriber) == ["weekly"]

    # Leaving the last list leaves everything.
    client.post(unsubscribe_path(subscriber, "weekly"))
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_get_of_a_one_list_link_names_the_list(client, home):
    subscriber = make_subscriber(lists=("weekly", "qiosk-daily"))
    html = client.get(unsubscribe_path(subscriber, "qiosk-daily")).content.decode()
    assert "QiOSK daily digest" in html


def test_link_for_a_deleted_list_unsubscribes_from_everything(client, home):
    subscriber = make_subscriber(lists=("weekly",))
    assert client.post(unsubscribe_path(subscriber, "gone")).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_unsubscribing_keeps_a_bounce_or_complaint(client, home):
    subscriber = make_subscriber(status=SubscriberStatus.COMPLAINED)
    assert client.post(unsubscribe_path(subscriber)).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.COMPLAINED


def test_pending_subscriber_can_unsubscribe(client, home):
    subscriber = make_subscriber(status=SubscriberStatus.PENDING)
    client.post(unsubscribe_path(subscriber))
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    # and the confirmation link no longer subscribes them
    assert client.post(confirm_path(subscriber)).status_code == 400


@pytest.mark.parametrize(
    "token", ["nonsense", "1:1:weekly", "1:1::forged:sig", "é" * 300, "1:x::a:b"]
)
def test_invalid_unsubscribe_links_get_a_400_page_never_500(home, token):
    subscriber = make_subscriber()
    mail_client = Client(enforce_csrf_checks=True)
    for method in (mail_client.get, mail_client.post):
        response = method(f"/newsletter/unsubscribe/{token}/")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE


def test_links_for_other_purposes_do_not_unsubscribe(home):
    subscriber = make_subscriber()
    mail_client = Client(enforce_csrf_checks=True)
    for link in (preferences_path(subscriber), confirm_path(subscriber)):
        token = link.rstrip("/").rsplit("/", 1)[1]
        response = mail_client.post(f"/newsletter/unsubscribe/{token}/")
        assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE


def test_revoked_links_do_not_work(client, home):
    subscriber = make_subscriber()
    link = unsubscribe_path(subscriber)
    Subscriber.objects.filter(pk=subscriber.pk).update(token_version=2)
    assert client.post(link).status_code == 400


def test_expired_unsubscribe_link_gets_a_400(client, home, settings):
    subscriber = make_subscriber()
    link = unsubscribe_path(subscriber)
    settings.NEWSLETTER_LINK_MAX_AGE = -1
    assert client.post(link).status_code == 400


def test_link_pages_are_not_cached_indexed_or_leaked_in_referers(client, home):
    subscriber = make_subscriber()
    for link in (
        unsubscribe_path(subscriber),
        preferences_path(subscriber),
        confirm_path(subscriber),
    ):
        response = client.get(link)
        assert "no-store" in response["Cache-Control"]
        html = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in html
        # Not "no-referrer", under which a browser's POST from the page says
        # "Origin: null" and fails the CSRF check (test_cookie_free_signup.py).
        assert '<meta name="referrer" content="same-origin">' in html
        # The signup box would record this tokened URL as its source page.
        assert 'id="signup-email"' not in html


def test_only_get_and_post(client, home):
    subscriber = make_subscriber()
    assert client.put(unsubscribe_path(subscriber)).status_code == 405


# Preferences


def test_preferences_page_shows_the_lists_ticked(client, home):
    subscriber = make_subscriber(lists=("qiosk-daily",))
    response = client.get(preferences_path(subscriber))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<legend>Send me</legend>" in html
    assert 'value="qiosk-daily" checked' in html
    assert 'value="weekly" aria-describedby' in html  # not ticked
    assert "Unsubscribe from everything" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_saving_preferences(client, home):
    subscriber = make_subscriber(lists=("weekly",))
    link = preferences_path(subscriber)
    response = client.post(link, {"lists": ["weekly", "qiosk-daily"]})
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "Your choices are saved." in page.content.decode()
    subscriber.refresh_from_db()
    assert slugs(subscriber) == ["qiosk-daily", "weekly"]
    assert subscriber.status == SubscriberStatus.ACTIVE


def test_preferences_need_a_csrf_token(home):
    subscriber = make_subscriber(lists=("weekly",))
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(preferences_path(subscriber), {"lists": ["qiosk-daily"]})
    assert response.status_code == 403
    assert slugs(subscriber) == ["weekly"]


def test_unsubscribe_from_everything_on_the_preferences_page(client, home):
    subscriber = make_subscriber(lists=("weekly", "qiosk-daily"))
    link = preferences_path(subscriber)
    response = client.post(link, {"unsubscribe_all": "1", "lists": ["weekly"]})
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    page = client.get(response["Location"]).content.decode()
    assert "You are unsubscribed" in page


def test_unticking_everything_unsubscribes(client, home):
    subscriber = make_subscriber(lists=("weekly",))
    client.post(preferences_path(subscriber), {})
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_ticking_a_list_after_unsubscribing_resubscribes(client, home):
    subscriber = make_subscriber(status=SubscriberStatus.UNSUBSCRIBED)
    html = client.get(preferences_path(subscriber)).content.decode()
    assert "You are unsubscribed" in html
    assert " checked" not in html
    client.post(preferences_path(subscriber), {"lists": ["qiosk-daily"]})
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert slugs(subscriber) == ["qiosk-daily"]
    assert subscriber.consent_method == "preferences page (signed link)"
    assert subscriber.consent_at is not None


def test_unknown_list_in_preferences_is_an_error(client, home):
    subscriber = make_subscriber(lists=("weekly",))
    response = client.post(preferences_path(subscriber), {"lists": ["bogus"]})
    assert response.status_code == 400
    assert 'id="lists-error"' in response.content.decode()
    assert slugs(subscriber) == ["weekly"]


def test_suppressed_subscribers_cannot_resubscribe_themselves(client, home):
    subscriber = make_subscriber(status=SubscriberStatus.BOUNCED)
    Suppression.objects.create(email_key=subscriber.email_key, reason="bounced")
    link = preferences_path(subscriber)
    html = client.get(link).content.decode()
    assert "We no longer send mail to this address" in html
    assert "<form" not in html.split('id="main"')[1].split("</main>")[0]
    client.post(link, {"lists": ["weekly", "qiosk-daily"]})
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert slugs(subscriber) == ["weekly"]


@pytest.mark.parametrize("token", ["nonsense", "1:1::a:b", "%C3%A9"])
def test_invalid_preferences_links_get_a_400(client, home, token):
    response = client.get(f"/newsletter/preferences/{token}/")
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()


def test_service_update_preferences_with_no_lists_unsubscribes(home):
    subscriber = make_subscriber(lists=("weekly",))
    subscriber = subscriptions.update_preferences(subscriber, [])
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    subscriber = subscriptions.update_preferences(subscriber, [newsletter("weekly")])
    assert subscriber.status == SubscriberStatus.ACTIVE
