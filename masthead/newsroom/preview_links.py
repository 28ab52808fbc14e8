"""Embargoed previews: secret, expiring links to a story's latest draft.

An editor makes a link for a source, a partner or a lawyer to read a story
before it is published, without an account. The token is 256 random bits
(``secrets``), so it cannot be guessed from the page's id or anything else;
only its SHA-256 digest is stored, so the link is shown once, when it is made.
A link can be revoked; it expires after ``PREVIEW_LINK_DEFAULT_DAYS`` unless
the editor chooses otherwise (at most ``PREVIEW_LINK_MAX_DAYS``).

Making, revoking and opening a link are written to the page's history
(Wagtail's log entries), and each link counts its views, so the editor sees
who made it and how often it was opened.
"""

import hashlib
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from wagtail.log_actions import log

from masthead.core import public_url
from masthead.newsroom.models import PreviewLink

TOKEN_BYTES = 32
# secrets.token_urlsafe(32): 43 characters of the URL-safe base64 alphabet.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")

CREATED = "masthead.preview_link.create"
REVOKED = "masthead.preview_link.revoke"
VIEWED = "masthead.preview_link.view"
LOG_ACTIONS = {
    CREATED: ("Make preview link", "Preview link made"),
    REVOKED: ("Revoke preview link", "Preview link revoked"),
    VIEWED: ("Open preview link", "Preview link opened"),
}


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def default_days():
    return min(settings.PREVIEW_LINK_DEFAULT_DAYS, settings.PREVIEW_LINK_MAX_DAYS)


def link_url(token):
    """The absolute address to send (on the magazine's public address)."""
    return public_url.absolute(reverse("embargoed_preview", args=[token]))


def _log(link, action, user=None, **extra):
    log(
        instance=link.page,
        action=action,
        user=user,
        data={
            "preview_link": {
                "id": link.pk,
                "note": link.note,
                "expires_at": link.expires_at.isoformat(),
                **extra,
            }
        },
    )


@transaction.atomic
def create(page, user, days=None, note=""):
    """A new link to ``page``: (the PreviewLink, its URL). The URL cannot be
    made again later: show it to the editor now."""
    days = default_days() if days is None else days
    if not 1 <= days <= settings.PREVIEW_LINK_MAX_DAYS:
        most = settings.PREVIEW_LINK_MAX_DAYS
        raise ValueError(f"A preview link lasts 1 to {most} days.")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    now = timezone.now()
    link = PreviewLink.objects.create(
        page=page,
        token_digest=digest(token),
        note=note,
        created_by=user,
        created_at=now,
        expires_at=now + timedelta(days=days),
    )
    _log(link, CREATED, user)
    return link, link_url(token)


@transaction.atomic
def revoke(link, user):
    """Revoke ``link`` (True), or False if it was revoked already."""
    changed = PreviewLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_by=user
    )
    if changed:
        link.refresh_from_db()
        _log(link, REVOKED, user)
    return bool(changed)


def find(token):
    """The link for ``token`` (active or not), or None if there is none."""
    if not TOKEN_PATTERN.fullmatch(token or ""):
        return None
    return (
        PreviewLink.objects.select_related("page")
        .filter(token_digest=digest(token))
        .first()
    )


def record_view(link):
    """Count an opening of ``link`` and write it to the page's history."""
    now = timezone.now()
    PreviewLink.objects.filter(pk=link.pk).update(
        view_count=F("view_count") + 1, last_viewed_at=now
    )
    _log(link, VIEWED, viewed_at=now.isoformat())
