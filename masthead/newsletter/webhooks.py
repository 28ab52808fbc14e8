"""Bounces and complaints in: suppress the address so it is never mailed again.

Two ways in:

- django-anymail's ``tracking`` signal, so any ESP whose webhook Anymail
  understands (Amazon SES, Mailgun, Postmark, SendGrid, …) works once
  ``path("anymail/", include("anymail.urls"))`` is routed and the ESP points
  its webhook at it;
- our own endpoint for plain-SMTP setups, fed by a bounce processor:
  ``POST /newsletter/webhooks/bounce/`` with JSON
  ``{"email": …, "type": "bounce" | "soft_bounce" | "complaint", "detail": …}``
  and ``X-Masthead-Signature: sha256=<hex HMAC-SHA256 of the body>`` keyed with
  NEWSLETTER_WEBHOOK_SECRET.

Soft (temporary) bounces never suppress: a full mailbox today is not a dead one.
"""

import hashlib
import hmac
import json
import logging
import re
from email.utils import parseaddr

from anymail.signals import EventType, RejectReason, tracking
from django.conf import settings
from django.core.exceptions import ValidationError
from django.dispatch import receiver
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from masthead.newsletter import subscriptions
from masthead.newsletter.forms import MAX_EMAIL_LENGTH, StrictEmailField
from masthead.newsletter.models import Suppression

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Masthead-Signature"

# "Transient: MailboxFull" (Amazon SES), "SoftBounce" (Postmark's Type).
SOFT_WORDS = re.compile(r"^\s*transient\b|\bsoft[ _-]?bounce\b", re.IGNORECASE)
# RFC 3463 enhanced status ("4.2.2"), not part of a longer dotted number (an IP).
ENHANCED_STATUS = re.compile(r"(?<![\w.])([245])\.\d{1,3}\.\d{1,3}(?![\w.])")
# RFC 5321 reply code ("452").
REPLY_CODE = re.compile(r"(?<![\w.])([245])\d\d(?![\w.])")


def is_soft_bounce(*texts):
    """True if a bounce's description says the failure is temporary (4xx)."""
    texts = [str(text) for text in texts if text]
    if any(SOFT_WORDS.search(text) for text in texts):
        return True
    for text in texts:
        code = ENHANCED_STATUS.search(text) or REPLY_CODE.search(text)
        if code:
            return code.group(1) == "4"
    return False


# Anymail


@receiver(tracking, dispatch_uid="masthead.newsletter.webhooks.on_tracking")
def on_tracking(sender, event, esp_name="", **kwargs):
    """Suppress on hard bounces, complaints and ESP rejections for those reasons."""
    email = parseaddr(event.recipient or "")[1]
    if not email:
        return
    detail = " — ".join(
        str(part) for part in (esp_name, event.description, event.mta_response) if part
    )
    if event.event_type == EventType.COMPLAINED:
        subscriptions.suppress(email, Suppression.Reason.COMPLAINED, detail)
    elif event.event_type == EventType.BOUNCED:
        esp_type = (
            event.esp_event.get("Type", "") if isinstance(event.esp_event, dict) else ""
        )
        if is_soft_bounce(event.description, event.mta_response, esp_type):
            logger.info("Soft bounce reported by %s; not suppressed", esp_name)
            return
        subscriptions.suppress(email, Suppression.Reason.BOUNCED, detail)
    elif event.event_type == EventType.REJECTED:
        if event.reject_reason in {RejectReason.BOUNCED, RejectReason.INVALID}:
            subscriptions.suppress(email, Suppression.Reason.BOUNCED, detail)
        elif event.reject_reason == RejectReason.SPAM:
            subscriptions.suppress(email, Suppression.Reason.COMPLAINED, detail)
        elif event.reject_reason == RejectReason.UNSUBSCRIBED:
            subscriptions.unsubscribe_address(email)
    elif event.event_type == EventType.UNSUBSCRIBED:
        subscriptions.unsubscribe_address(email)


# Our signed endpoint


def signature(body, secret):
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def _signed(request, secret):
    given = request.headers.get(SIGNATURE_HEADER, "").strip()
    expected = signature(request.body, secret)
    return hmac.compare_digest(given.lower().encode(), expected.encode())


def _error(message, status):
    return JsonResponse({"error": message}, status=status)


@csrf_exempt
@require_POST
def bounce(request):
    secret = settings.NEWSLETTER_WEBHOOK_SECRET
    if not secret:
        raise Http404("No webhook secret is configured.")
    if not _signed(request, secret):
        return _error("bad or missing signature", 403)
    try:
        payload = json.loads(request.body)
    except (UnicodeDecodeError, ValueError):
        return _error("the body is not JSON", 400)
    if not isinstance(payload, dict):
        return _error("expected a JSON object", 400)
    kind = payload.get("type")
    detail = payload.get("detail") or ""
    if kind not in {"bounce", "soft_bounce", "complaint"}:
        return _error('type must be "bounce", "soft_bounce" or "complaint"', 400)
    if not isinstance(detail, str):
        return _error("detail must be a string", 400)
    try:
        email = StrictEmailField(max_length=MAX_EMAIL_LENGTH).clean(
            payload.get("email")
        )
    except ValidationError:
        return _error("email must be an email address", 400)
    if kind == "complaint":
        subscriptions.suppress(email, Suppression.Reason.COMPLAINED, detail)
    elif kind == "bounce" and not is_soft_bounce(detail):
        subscriptions.suppress(email, Suppression.Reason.BOUNCED, detail)
    else:
        return JsonResponse({"action": "ignored", "reason": "soft bounce"})
    return JsonResponse({"action": "suppressed"})
