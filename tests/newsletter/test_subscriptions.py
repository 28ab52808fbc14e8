"""Signing up: double opt-in, consent record, rate limits, no enumeration.

Replaces the interim signup tests; their guarantees (CSRF, honeypot,
normalisation, the same answer for every address, field errors for bad
addresses) are kept here. The signup form carries no CSRF token: its POSTs
must come from our own origin (test_cookie_free_signup.py), so these tests send
the Origin header a browser would.
"""

import datetime
import unicodedata

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client, RequestFactory
from django.utils import timezone

from masthead.core.client_address import client_ip
from masthead.core.models import RateLimitCounter
from masthead.newsletter import subscriptions
from masthead.newsletter.models import (
    Subscriber,
    SubscriberStatus,
    Suppression,
)
from tests.newsletter.subscription_helpers import (
    confirm_path,
    link_in_last_mail,
    make_subscriber,
    newsletter,
    unsubscribe_path,
)

pytestmark = pytest.mark.django_db

CHECK_INBOX = "Check your inbox"
ORIGIN = "http://testserver"  # the test client's own site, as a browser says it
ORIGIN_HEADER = {"Origin": ORIGIN}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, email, **data):
    return client.post("/newsletter/", {"email": email, **data}, headers=ORIGIN_HEADER)


# The signup itself


def test_signup_creates_a_pending_subscriber_with_a_consent_record(client, home):
    response = sign_up(client, "Reader@Example.ORG", next="/asia-pacific/")

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/thanks/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "Reader@Example.ORG"  # as typed, for sending
    assert subscriber.email_key == "reader@example.org"
    assert subscriber.status == SubscriberStatus.PENDING
    assert [n.slug for n in subscriber.lists.all()] == ["weekly"]
    assert subscriber.consent_method == "double opt-in, signup form"
    assert subscriber.consent_source == "/asia-pacific/"
    assert subscriber.confirmed_at is None


def test_thanks_page_says_to_check_the_inbox(client, home):
    page = client.get(sign_up(client, "r@example.org")["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert CHECK_INBOX in html and "confirm" in html
    assert 'role="status"' in html


def test_confirmation_mail_has_text_and_html_and_a_signed_link(client, home, settings):
    sign_up(client, "reader@example.org")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["reader@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert "confirm" in message.subject.lower()
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    assert "Weekly round-up" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    link = link_in_last_mail("/newsletter/confirm/")
    assert link in html
    subscriber = Subscriber.objects.get()
    assert subscriber.confirmations_sent == 1
    assert subscriber.confirmation_sent_at is not None


def test_confirm_link_get_asks_and_only_post_confirms(client, home):
    sign_up(client, "reader@example.org", next="/asia-pacific/")
    link = link_in_last_mail("/newsletter/confirm/")

    page = client.get(link)  # what a mail scanner's prefetch does
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING

    done = client.post(link)
    assert done.status_code == 200
    assert "You are subscribed" in done.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert subscriber.confirmed_at is not None
    assert subscriber.consent_at == subscriber.confirmed_at
    assert subscriber.consent_method == "double opt-in, signup form"
    assert subscriber.consent_source == "/asia-pacific/"

    again = client.post(link)  # idempotent
    assert again.status_code == 200
    assert "Already confirmed" in again.content.decode()


def test_confirm_requires_csrf_token(home):
    subscriber = make_subscriber(status=SubscriberStatus.PENDING)
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(confirm_path(subscriber)).status_code == 403
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "1:1::",
        "1:1::bad:signature",
        "x" * 2000,
        "caf\u00e9:1:",
        "%00",
    ],
)
def test_forged_confirm_links_get_a_400_page_offering_to_sign_up(client, home, token):
    make_subscriber(status=SubscriberStatus.PENDING)
    for method in (client.get, client.post):
        response = method(f"/newsletter/confirm/{token}/")
        assert response.status_code == 400
        html = response.content.decode()
        assert "This link does not work" in html
        assert 'href="/newsletter/"' in html
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_expired_confirm_link_gets_a_400(client, home, settings):
    subscriber = make_subscriber(status=SubscriberStatus.PENDING)
    link = confirm_path(subscriber)
    settings.NEWSLETTER_CONFIRM_MAX_AGE = -1  # every link is now too old
    response = client.post(link)
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING


def test_links_for_another_purpose_or_revoked_do_not_confirm(client, home):
    subscriber = make_subscriber(status=SubscriberStatus.PENDING)
    wrong_purpose = unsubscribe_path(subscriber).replace("unsubscribe", "confirm", 1)
    assert client.post(wrong_purpose).status_code == 400
    link = confirm_path(subscriber)
    subscriber.token_version += 1
    subscriber.save()
    assert client.post(link).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING


def test_old_confirm_link_does_not_resubscribe_after_unsubscribing(client, home):
    subscriber = make_subscriber(status=SubscriberStatus.UNSUBSCRIBED)
    assert client.post(confirm_path(subscriber)).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


# No enumeration


def test_same_answer_whatever_we_knew_about_the_address(client, home, settings):
    settings.NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY = 1
    make_subscriber("active@example.org", SubscriberStatus.ACTIVE)
    make_subscriber("pending@example.org", SubscriberStatus.PENDING)
    make_subscriber("gone@example.org", SubscriberStatus.UNSUBSCRIBED)
    make_subscriber("bounced@example.org", SubscriberStatus.BOUNCED)
    Suppression.objects.create(email_key="bounced@example.org", reason="bounced")
    sign_up(client, "limited@example.org")  # uses up its one mail today

    answers = set()
    for email in [
        "new@example.org",
        "ACTIVE@example.org",
        "pending@example.org",
        "gone@example.org",
        "bounced@example.org",
        "limited@example.org",
    ]:
        response = sign_up(client, email)
        thanks = client.get(response["Location"])
        answers.add(
            (response.status_code, response["Location"], thanks.content.decode())
        )
    assert len(answers) == 1


def test_an_active_subscriber_signing_up_again_gets_a_preferences_mail(client, home):
    subscriber = make_subscriber("reader@example.org", lists=("weekly",))
    sign_up(client, "Reader@example.org", lists=["qiosk-daily"])

    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE
    # A stranger cannot change someone's lists by signing them up.
    assert [n.slug for n in subscriber.lists.all()] == ["weekly"]
    [message] = mail.outbox
    assert "already subscribed" in message.subject
    assert link_in_last_mail("/newsletter/preferences/")
    assert "/newsletter/confirm/" not in message.body


def test_pending_address_gets_the_mail_again_up_to_the_daily_limit(
    client, home, settings
):
    settings.NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY = 3
    for _ in range(5):
        assert sign_up(client, "again@example.org").status_code == 302
    assert len(mail.outbox) == 3
    subscriber = Subscriber.objects.get()
    assert subscriber.confirmations_sent == 3

    # A day later the address may have another.
    Subscriber.objects.update(
        confirmation_sent_at=timezone.now() - datetime.timedelta(days=1, minutes=1)
    )
    sign_up(client, "again@example.org")
    assert len(mail.outbox) == 4
    subscriber.refresh_from_db()
    assert subscriber.confirmations_sent == 1


def test_signing_up_again_while_pending_adds_lists(client, home):
    sign_up(client, "r@example.org", lists=["weekly"])
    sign_up(client, "r@example.org", lists=["qiosk-daily"])
    subscriber = Subscriber.objects.get()
    assert {n.slug for n in subscriber.lists.all()} == {"weekly", "qiosk-daily"}


def test_unsubscribed_reader_signing_up_again_must_confirm_again(client, home):
    subscriber = make_subscriber("r@example.org", SubscriberStatus.UNSUBSCRIBED)
    sign_up(client, "r@example.org", lists=["qiosk-daily"])
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.PENDING
    assert [n.slug for n in subscriber.lists.all()] == ["qiosk-daily"]
    assert link_in_last_mail("/newsletter/confirm/")


def test_suppressed_address_gets_no_mail_and_stays_suppressed(client, home):
    subscriber = make_subscriber("hard@example.org", SubscriberStatus.COMPLAINED)
    Suppression.objects.create(email_key="hard@example.org", reason="complained")
    Suppression.objects.create(email_key="deleted@example.org", reason="bounced")

    sign_up(client, "Hard@Example.org")
    sign_up(client, "deleted@example.org")

    assert mail.outbox == []
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.COMPLAINED
    assert not Subscriber.objects.filter(email_key="deleted@example.org").exists()


def test_confirmation_mail_is_not_sent_if_the_address_was_suppressed_meanwhile(
    home,
):
    subscriber = make_subscriber("late@example.org", SubscriberStatus.PENDING)
    Suppression.objects.create(email_key="late@example.org", reason="bounced")
    assert subscriptions.send_subscription_mail.call(subscriber.pk, "confirm") is False
    assert mail.outbox == []
    assert subscriptions.confirm(subscriber).status == SubscriberStatus.PENDING


# Lists


def test_signup_page_offers_the_lists_with_the_default_ticked(client, home):
    response = client.get("/newsletter/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Subscribe to our weekly round-up" in html
    assert "<legend>Newsletters</legend>" in html
    assert 'id="list-weekly" name="lists" value="weekly" checked' in html
    assert 'id="list-qiosk-daily" name="lists" value="qiosk-daily" aria' in html
    assert '<label for="list-qiosk-daily">' in html


def test_signup_with_chosen_lists(client, home):
    sign_up(client, "r@example.org", lists=["qiosk-daily"])
    assert [n.slug for n in Subscriber.objects.get().lists.all()] == ["qiosk-daily"]


def test_unknown_list_is_a_field_error(client, home):
    response = sign_up(client, "r@example.org", lists=["nope"])
    assert response.status_code == 400
    assert 'id="lists-error"' in response.content.decode()
    assert not Subscriber.objects.exists()


def test_the_box_on_every_page_signs_up_for_the_default_list(home, article):
    strict = Client(enforce_csrf_checks=True)
    html = strict.get(article.url).content.decode()
    assert 'aria-describedby="signup-hint"' in html
    assert "csrfmiddlewaretoken" not in html
    response = strict.post(
        "/newsletter/",
        {"email": "box@example.org", "next": article.url},
        headers={"Origin": ORIGIN, "Referer": f"{ORIGIN}{article.url}"},
    )
    assert response.status_code == 302
    subscriber = Subscriber.objects.get(email_key="box@example.org")
    assert [n.slug for n in subscriber.lists.all()] == ["weekly"]
    assert subscriber.consent_source == article.url


# Addresses


def test_unicode_addresses_are_normalised_to_one_spelling(client, home):
    decomposed = "Reader@Bu\u0308cher.example"
    composed = "reader@b\u00fccher.example"
    sign_up(client, decomposed)
    sign_up(client, composed)
    subscriber = Subscriber.objects.get()
    assert subscriber.email_key == "reader@xn--bcher-kva.example"
    assert subscriber.email == unicodedata.normalize("NFC", decomposed)


def test_idn_domains_are_accepted_stored_and_mailed(client, home):
    response = sign_up(client, "leser@bücher.example")
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "leser@bücher.example"
    [message] = mail.outbox
    assert message.to == ["leser@bücher.example"]
    # On the wire the domain is punycode (IDNA), so any SMTP server takes it.
    assert "leser@xn--bcher-kva.example" in message.message().as_string()


def test_an_idn_domain_and_its_punycode_are_one_subscriber(client, home):
    sign_up(client, "leser@bücher.example")
    sign_up(client, "Leser@XN--BCHER-KVA.example")
    sign_up(
        client, "leser@ＢÜＣＨＥＲ.example"
    )  # full-width letters, as some keyboards type
    subscriber = Subscriber.objects.get()
    # Keyed by the domain mail is sent to: its IDNA ASCII form.
    assert subscriber.email_key == "leser@xn--bcher-kva.example"
    assert subscriber.email == "leser@bücher.example"


def test_a_bounce_reported_in_punycode_suppresses_the_unicode_spelling(client, home):
    subscriptions.suppress("leser@xn--bcher-kva.example", "bounced")
    assert sign_up(client, "leser@bücher.example").status_code == 302
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "email",
    [
        "leser@\u2603.example",  # a symbol: not a valid IDNA 2008 name
        "leser@b\u00fc\u200dcher.example",  # a joiner where none may be
        "leser@\u0661\u0662.example",  # right-to-left digits alone (bidi rule)
    ],
)
def test_invalid_idn_domains_get_a_field_error(client, home, email):
    response = sign_up(client, email)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field-error" id="email-error"' in html
    assert "not a valid internationalised domain name" in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def long_address(length, first_label=""):
    """A syntactically valid address of exactly ``length`` characters."""
    local = "reader"
    labels = [first_label] if first_label else []
    remaining = length - len(local) - 1 - len(".example")
    remaining -= len(first_label) + 1 if first_label else 0
    while remaining > 0:
        size = min(63, remaining - 1 if remaining > 63 else remaining)
        labels.append("d" * size)
        remaining -= size + 1
    address = f"{local}@{'.'.join(labels)}.example"
    assert len(address) == length, len(address)
    return address


def test_an_address_of_254_characters_is_accepted(client, home):
    assert sign_up(client, long_address(254)).status_code == 302
    assert Subscriber.objects.get().email_key == long_address(254)


@pytest.mark.parametrize(
    "email",
    [
        "",
        "not-an-address",
        "reader@example.org\r\nBcc: victim@example.org",
        "reader@example.org\nBcc: victim@example.org",
        "reader@example.org\r\n",
        "reader\r@example.org",
        "reader@exa\x00mple.org",
        long_address(255),
        # 254 as typed (and valid: an IDN) but 284 once case-folded ("ß" -> "ss").
        long_address(254, first_label="\u00df" * 30),
        "@example.org",
        "reader@",
        "two@@example.org",
        "reader@example.org, victim@example.org",
        "Reader <reader@example.org>",
    ],
)
def test_bad_addresses_get_a_field_error_and_nothing_happens(client, home, email):
    response = sign_up(client, email)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field-error" id="email-error"' in html
    assert 'aria-describedby="email-error email-hint"' in html
    assert 'aria-invalid="true"' in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


# Bots and forgeries


def test_honeypot_is_answered_politely_but_nothing_happens(client, home):
    response = sign_up(client, "bot@example.org", website="http://spam.example")
    assert response.status_code == 302
    assert response["Location"] == "/newsletter/thanks/"
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_foreign_next_url_is_not_recorded_as_the_source(client, home):
    sign_up(client, "r@example.org", next="https://evil.example/")
    assert Subscriber.objects.get().consent_source == "/newsletter/"


def test_signup_from_another_site_is_refused(home):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/newsletter/",
        {"email": "csrf@example.org"},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_other_methods_are_refused(client, home):
    assert client.put("/newsletter/").status_code == 405


# Per-IP rate limit


def test_too_many_signups_from_one_ip_get_a_429_page(home, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 2
    busy = Client(REMOTE_ADDR="203.0.113.7")
    assert sign_up(busy, "one@example.org").status_code == 302
    assert sign_up(busy, "two@example.org").status_code == 302

    response = sign_up(busy, "three@example.org")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many signups" in response.content.decode()
    assert not Subscriber.objects.filter(email_key="three@example.org").exists()
    assert len(mail.outbox) == 2

    other = Client(REMOTE_ADDR="203.0.113.8")
    assert sign_up(other, "three@example.org").status_code == 302


def test_ipv6_clients_are_limited_per_slash_64(home, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    assert sign_up(Client(REMOTE_ADDR="2001:db8::1"), "a@example.org").status_code
    second = sign_up(Client(REMOTE_ADDR="2001:db8::ffff"), "b@example.org")
    assert second.status_code == 429


def test_forwarded_for_is_trusted_only_from_the_local_proxy():
    factory = RequestFactory()
    proxied = factory.post(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.10"
    )
    assert client_ip(proxied) == "192.0.2.10"
    direct = factory.post(
        "/", REMOTE_ADDR="192.0.2.99", HTTP_X_FORWARDED_FOR="192.0.2.10"
    )
    assert client_ip(direct) == "192.0.2.99"
    mapped = factory.post("/", REMOTE_ADDR="::ffff:192.0.2.5")
    assert client_ip(mapped) == "192.0.2.5"
    garbage = factory.post(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not-an-ip"
    )
    assert client_ip(garbage) == "127.0.0.1"


def test_spoofed_forwarded_for_does_not_escape_the_limit(home, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    client = Client(REMOTE_ADDR="203.0.113.9")
    sign_up(client, "a@example.org", HTTP_X_FORWARDED_FOR="1.1.1.1")
    response = client.post(
        "/newsletter/",
        {"email": "b@example.org"},
        HTTP_X_FORWARDED_FOR="2.2.2.2",
        headers=ORIGIN_HEADER,
    )
    assert response.status_code == 429


def test_signups_go_through_when_the_rate_limit_store_fails(home, settings, caplog):
    """Fail open: a broken counter must not cost readers a 500 (or a 429)."""
    settings.RATELIMIT_STORE = "database"
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    with connection.cursor() as cursor:
        # Rolled back with the test's transaction: a real database error.
        cursor.execute(f"DROP TABLE {RateLimitCounter._meta.db_table}")
    client = Client(REMOTE_ADDR="203.0.113.10")

    assert sign_up(client, "one@example.org").status_code == 302
    assert sign_up(client, "two@example.org").status_code == 302
    assert (
        Subscriber.objects.filter(
            email_key__in=["one@example.org", "two@example.org"]
        ).count()
        == 2
    )
    assert len(mail.outbox) == 2
    assert "Rate limit store unavailable" in caplog.text


# Interim signups carried over (migration 0003)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_interim_signups_become_pending_weekly_subscribers():
    executor = MigrationExecutor(connection)
    [leaf] = [
        node for node in executor.loader.graph.leaf_nodes() if node[0] == "newsletter"
    ]
    executor.migrate([("newsletter", "0002_subscribers_issues_deliveries")])
    old_apps = executor.loader.project_state(
        ("newsletter", "0002_subscribers_issues_deliveries")
    ).apps
    SignupRequest = old_apps.get_model("newsletter", "SignupRequest")
    SignupRequest.objects.create(
        email="Interim@Example.org",
        source_url="/asia-pacific/",
        consent_text="Subscribe to the weekly round-up (signup form)",
    )

    executor = MigrationExecutor(connection)  # reload the applied migrations
    executor.migrate([leaf])

    subscriber = Subscriber.objects.get(email_key="interim@example.org")
    assert subscriber.status == SubscriberStatus.PENDING
    assert subscriber.status != SubscriberStatus.ACTIVE
    assert [n.slug for n in subscriber.lists.all()] == ["weekly"]
    assert subscriber.consent_source == "/asia-pacific/"
    assert subscriber.consent_at is not None
    # Confirming records that it was confirmed, and where it came from.
    subscriber = subscriptions.confirm(subscriber)
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert subscriber.consent_method == "double opt-in, interim signup form"
    assert newsletter("weekly").is_default


# Keys of IDN addresses rewritten in their ASCII form (migration 0005)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_idn_keys_are_rewritten_in_ascii():
    executor = MigrationExecutor(connection)
    [leaf] = [
        node for node in executor.loader.graph.leaf_nodes() if node[0] == "newsletter"
    ]
    before = ("newsletter", "0004_remove_interim_signup_requests")
    executor.migrate([before])
    old_apps = executor.loader.project_state(before).apps
    OldSubscriber = old_apps.get_model("newsletter", "Subscriber")
    OldSuppression = old_apps.get_model("newsletter", "Suppression")
    for email in [
        "Ana@Bücher.example",
        "ben@example.org",
        # The same mailbox twice, under the old keys.
        "cho@bücher.example",
        "cho@xn--bcher-kva.example",
    ]:
        OldSubscriber.objects.create(email=email, email_key=email.casefold())
    for key in [
        "dan@bücher.example",
        "eve@bücher.example",
        "eve@xn--bcher-kva.example",
    ]:
        OldSuppression.objects.create(email_key=key, reason="bounced")

    executor = MigrationExecutor(connection)  # reload the applied migrations
    executor.migrate([leaf])

    keys = dict(Subscriber.objects.values_list("email", "email_key"))
    assert keys["Ana@Bücher.example"] == "ana@xn--bcher-kva.example"
    assert keys["ben@example.org"] == "ben@example.org"
    # A pair that was already two subscribers stays two (for an operator to
    # merge); the one spelled in ASCII owns the key now.
    assert keys["cho@xn--bcher-kva.example"] == "cho@xn--bcher-kva.example"
    assert keys["cho@bücher.example"] == "cho@bücher.example"
    assert sorted(Suppression.objects.values_list("email_key", flat=True)) == [
        "dan@xn--bcher-kva.example",
        "eve@xn--bcher-kva.example",
    ]
