"""Signed, expiring links in newsletter mail: confirm, preferences, unsubscribe.

Each token names its purpose (a confirmation token cannot unsubscribe) and the
subscriber's ``token_version``, so bumping the version revokes every link sent.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from masthead.core.public_url import absolute

PURPOSES = {"confirm", "preferences", "unsubscribe"}


class InvalidLink(Exception):
    """The link is forged, expired, or was revoked."""


def _signer(purpose):
    if purpose not in PURPOSES:
        raise ValueError(f"unknown link purpose {purpose!r}")
    return signing.TimestampSigner(salt=f"masthead.newsletter.{purpose}")


def make_token(subscriber, purpose, newsletter_slug=""):
    value = f"{subscriber.pk}:{subscriber.token_version}:{newsletter_slug}"
    return _signer(purpose).sign(value)


def max_age(purpose):
    if purpose == "confirm":
        return settings.NEWSLETTER_CONFIRM_MAX_AGE
    return settings.NEWSLETTER_LINK_MAX_AGE


def read_token(token, purpose):
    """Return (subscriber, newsletter_slug) or raise InvalidLink."""
    from masthead.newsletter.models import Subscriber

    try:
        value = _signer(purpose).unsign(token, max_age=max_age(purpose))
        pk, version, newsletter_slug = value.split(":", 2)
        subscriber = Subscriber.objects.get(pk=int(pk), token_version=int(version))
    except (signing.BadSignature, ValueError, Subscriber.DoesNotExist) as exc:
        raise InvalidLink(str(exc)) from exc
    return subscriber, newsletter_slug


def confirm_url(subscriber):
    return absolute(
        reverse("newsletter_confirm", args=[make_token(subscriber, "confirm")])
    )


def preferences_url(subscriber):
    return absolute(
        reverse("newsletter_preferences", args=[make_token(subscriber, "preferences")])
    )


def unsubscribe_url(subscriber, newsletter_slug=""):
    """The visible link and the RFC 8058 one-click target (POST) are the same URL."""
    token = make_token(subscriber, "unsubscribe", newsletter_slug)
    return absolute(reverse("newsletter_unsubscribe", args=[token]))
