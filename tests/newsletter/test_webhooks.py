"""Bounces and complaints: our signed endpoint and django-anymail's tracking signal."""

import base64
import json

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import include, path

from masthead.newsletter import subscriptions, webhooks
from masthead.newsletter.models import Subscriber, SubscriberStatus, Suppression
from tests.newsletter.subscription_helpers import make_subscriber

pytestmark = pytest.mark.django_db

SECRET = "test-webhook-secret"
URL = "/newsletter/webhooks/bounce/"

# This module doubles as a URLconf with Anymail's webhooks routed, as
# masthead/urls.py will have them (see test_anymail_postmark_webhook_end_to_end).
urlpatterns = [
    path("anymail/", include("anymail.urls")),
    path("", include("masthead.urls")),
]


@pytest.fixture(autouse=True)
def _secret(settings):
    settings.NEWSLETTER_WEBHOOK_SECRET = SECRET
    cache.clear()


def post_signed(payload, secret=SECRET, signature=None, client=None):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = {}
    if signature is None and secret is not None:
        signature = webhooks.signature(body, secret)
    if signature is not None:
        headers["X-Masthead-Signature"] = signature
    return (client or Client(enforce_csrf_checks=True)).post(
        URL, body, content_type="application/json", headers=headers
    )


# Signed endpoint


def test_hard_bounce_suppresses_the_address(home):
    subscriber = make_subscriber("Dead@Example.org")
    response = post_signed(
        {
            "email": "dead@example.org",
            "type": "bounce",
            "detail": "550 5.1.1 No such user",
        }
    )
    assert response.status_code == 200
    assert response.json() == {"action": "suppressed"}
    suppression = Suppression.objects.get()
    assert suppression.email_key == "dead@example.org"
    assert suppression.reason == Suppression.Reason.BOUNCED
    assert suppression.detail == "550 5.1.1 No such user"
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert subscriber.status != SubscriberStatus.ACTIVE


def test_complaint_suppresses_the_address(home):
    subscriber = make_subscriber("angry@example.org")
    response = post_signed({"email": "ANGRY@example.org", "type": "complaint"})
    assert response.status_code == 200
    assert Suppression.objects.get().reason == Suppression.Reason.COMPLAINED
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.COMPLAINED


def test_unknown_address_is_still_suppressed(home):
    post_signed({"email": "stranger@example.org", "type": "bounce"})
    assert Suppression.objects.filter(email_key="stranger@example.org").exists()
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"email": "full@example.org", "type": "soft_bounce", "detail": "Mailbox full"},
        {"email": "full@example.org", "type": "bounce", "detail": "452 4.2.2 Full"},
        {"email": "full@example.org", "type": "bounce", "detail": "4.4.1 timeout"},
    ],
)
def test_soft_bounces_do_not_suppress(home, payload):
    subscriber = make_subscriber("full@example.org")
    response = post_signed(payload)
    assert response.status_code == 200
    assert response.json()["action"] == "ignored"
    assert not Suppression.objects.exists()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE


@pytest.mark.parametrize(
    "signature",
    [
        None,  # missing
        "",
        "sha256=" + "0" * 64,
        "sha1=abc",
        "sha256=ünïcode",
    ],
)
def test_bad_or_missing_signature_is_403(home, signature):
    make_subscriber("dead@example.org")
    response = post_signed(
        {"email": "dead@example.org", "type": "bounce"},
        secret=None,
        signature=signature,
    )
    assert response.status_code == 403
    assert not Suppression.objects.exists()


def test_signature_with_another_secret_is_403(home):
    response = post_signed(
        {"email": "dead@example.org", "type": "bounce"}, secret="guessed"
    )
    assert response.status_code == 403


def test_signature_must_cover_the_exact_body(home):
    body = json.dumps({"email": "a@example.org", "type": "bounce"}).encode()
    signature = webhooks.signature(body, SECRET)
    tampered = body.replace(b"a@example.org", b"b@example.org")
    assert post_signed(tampered, signature=signature).status_code == 403


def test_uppercase_hex_signature_is_accepted(home):
    body = json.dumps({"email": "a@example.org", "type": "bounce"}).encode()
    signature = "sha256=" + webhooks.signature(body, SECRET)[7:].upper()
    assert post_signed(body, signature=signature).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'"a string"',
        b'{"email": "a@example.org", "type": "hard"}',
        b'{"email": "a@example.org"}',
        b'{"email": "not-an-address", "type": "bounce"}',
        b'{"email": "a@example.org\\r\\nBcc: b@example.org", "type": "bounce"}',
        b'{"email": ["a@example.org"], "type": "bounce"}',
        b'{"type": "bounce"}',
        b'{"email": "a@example.org", "type": "bounce", "detail": 5}',
    ],
)
def test_bad_payloads_are_400(home, body):
    response = post_signed(body)
    assert response.status_code == 400
    assert "error" in response.json()
    assert not Suppression.objects.exists()


def test_no_secret_configured_is_404(home, settings):
    settings.NEWSLETTER_WEBHOOK_SECRET = ""
    response = post_signed({"email": "a@example.org", "type": "bounce"}, secret="")
    assert response.status_code == 404
    assert not Suppression.objects.exists()


def test_only_post(home):
    assert Client().get(URL).status_code == 405


# What suppression means


def test_suppressed_address_is_never_mailed_again(client, home):
    post_signed({"email": "dead@example.org", "type": "bounce"})
    Subscriber.objects.filter(email_key="dead@example.org").delete()

    response = client.post(
        "/newsletter/",
        {"email": "Dead@example.org"},
        headers={"Origin": "http://testserver"},
    )
    assert response.status_code == 302  # the usual answer…
    assert mail.outbox == []  # …but no mail
    assert not Subscriber.objects.exists()
    assert Suppression.objects.get().reason == Suppression.Reason.BOUNCED


def test_a_complaint_outranks_a_bounce_and_is_not_downgraded(home):
    subscriber = make_subscriber("x@example.org")
    subscriptions.suppress("x@example.org", "bounced", "first")
    subscriptions.suppress("x@example.org", "complained", "then")
    subscriptions.suppress("x@example.org", "bounced", "again")
    suppression = Suppression.objects.get()
    assert (suppression.reason, suppression.detail) == ("complained", "then")
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.COMPLAINED


def test_manual_suppression_unsubscribes(home):
    subscriber = make_subscriber("x@example.org")
    subscriptions.suppress("X@example.org", Suppression.Reason.MANUAL)
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED


def test_suppressed_pending_subscriber_cannot_confirm(home):
    subscriber = make_subscriber("x@example.org", SubscriberStatus.PENDING)
    subscriptions.suppress("x@example.org", "bounced")
    assert subscriptions.confirm(subscriber).status == SubscriberStatus.BOUNCED


# django-anymail tracking signal


def send_event(esp_name="TestESP", **event):
    tracking.send(sender=object, event=AnymailTrackingEvent(**event), esp_name=esp_name)


def test_anymail_bounce_suppresses(home):
    subscriber = make_subscriber("dead@example.org")
    send_event(
        event_type="bounced",
        recipient="Dead@Example.org",
        mta_response="smtp; 550 5.1.1 user unknown",
        description="Permanent: General",
    )
    suppression = Suppression.objects.get()
    assert suppression.reason == Suppression.Reason.BOUNCED
    assert "TestESP" in suppression.detail and "550 5.1.1" in suppression.detail
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.BOUNCED


def test_anymail_complaint_suppresses(home):
    make_subscriber("angry@example.org")
    send_event(event_type="complained", recipient="angry@example.org")
    assert Suppression.objects.get().reason == Suppression.Reason.COMPLAINED
    assert Subscriber.objects.get().status == SubscriberStatus.COMPLAINED


@pytest.mark.parametrize(
    ("reject_reason", "expected"),
    [
        ("bounced", "bounced"),
        ("invalid", "bounced"),
        ("spam", "complained"),
        ("blocked", None),
        ("timed_out", None),
        ("other", None),
        (None, None),
    ],
)
def test_anymail_rejections(home, reject_reason, expected):
    send_event(
        event_type="rejected", recipient="r@example.org", reject_reason=reject_reason
    )
    suppression = Suppression.objects.filter(email_key="r@example.org").first()
    assert (suppression.reason if suppression else None) == expected


@pytest.mark.parametrize(
    "event",
    [
        {"event_type": "deferred", "mta_response": "451 4.7.1 try later"},
        {"event_type": "bounced", "description": "Transient: MailboxFull"},
        {"event_type": "bounced", "mta_response": "452 4.2.2 mailbox full"},
        {"event_type": "bounced", "esp_event": {"Type": "SoftBounce"}},
        {"event_type": "delivered"},
        {"event_type": "opened"},
    ],
)
def test_anymail_soft_bounces_and_other_events_do_not_suppress(home, event):
    subscriber = make_subscriber("r@example.org")
    send_event(recipient="r@example.org", **event)
    assert not Suppression.objects.exists()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.ACTIVE


def test_anymail_unsubscribe_event_unsubscribes(home):
    subscriber = make_subscriber("r@example.org")
    send_event(event_type="unsubscribed", recipient="R@example.org")
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert not Suppression.objects.exists()


def test_anymail_event_without_recipient_is_ignored(home):
    send_event(event_type="bounced", recipient=None)
    assert not Suppression.objects.exists()


@pytest.mark.urls(__name__)
def test_anymail_postmark_webhook_end_to_end(home, settings):
    """A real ESP payload through Anymail's own view reaches our receiver."""
    settings.ANYMAIL = {"WEBHOOK_SECRET": "anymail:secret"}
    subscriber = make_subscriber("dead@example.org")
    auth = base64.b64encode(b"anymail:secret").decode()
    payload = {
        "RecordType": "Bounce",
        "Type": "HardBounce",
        "TypeCode": 1,
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Email": "dead@example.org",
        "Description": "The server was unable to deliver your message.",
        "Details": "smtp;550 5.1.1 The email account does not exist.",
        "BouncedAt": "2025-01-01T12:00:00Z",
    }
    response = Client(enforce_csrf_checks=True).post(
        "/anymail/postmark/tracking/",
        json.dumps(payload),
        content_type="application/json",
        headers={"Authorization": f"Basic {auth}"},
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.BOUNCED
    assert Suppression.objects.get().reason == Suppression.Reason.BOUNCED


@pytest.mark.parametrize(
    ("texts", "soft"),
    [
        (["452 4.2.2 Mailbox full"], True),
        (["smtp; 550 5.1.1 user unknown"], False),
        (["Transient: MailboxFull"], True),
        (["Permanent: General", "550 5.1.1"], False),
        (["SoftBounce"], True),
        (["Soft bounce"], True),
        # An IP address is not an enhanced status code.
        (["550 5.7.1 Service unavailable; client [10.4.2.3] blocked"], False),
        (["rejected by 10.4.2.3"], False),
        ([None, ""], False),
        (["user unknown"], False),
    ],
)
def test_is_soft_bounce(texts, soft):
    assert webhooks.is_soft_bounce(*texts) is soft
