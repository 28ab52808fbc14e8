"""Subscribing, confirming, choosing lists, leaving, and suppressing addresses.

Every function here is safe to run concurrently for one address: new
subscribers rely on the unique ``Subscriber.email_key`` (an insert that loses
the race raises IntegrityError and is retried as an update), changes to an
existing subscriber lock its row, and the per-address mail limit is one
conditional UPDATE. Nothing checks first and inserts afterwards.

What a reader sees never depends on what we already knew about the address:
the signup view answers the same whatever happens here.
"""

import logging
import unicodedata
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from masthead.newsletter import links, ratelimit, welcome
from masthead.newsletter.models import (
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)

logger = logging.getLogger(__name__)

CONSENT_METHOD = "double opt-in, signup form"
# Addresses carried over from the interim box (migration 0003), once confirmed.
INTERIM_CONSENT_METHOD = "double opt-in, interim signup form"
PREFERENCES_CONSENT_METHOD = "preferences page (signed link)"
SUPPRESSED_STATUSES = {SubscriberStatus.BOUNCED, SubscriberStatus.COMPLAINED}
CONFIRMATION_WINDOW = timedelta(days=1)
INSERT_ATTEMPTS = 5

# Suppression reason -> the subscriber status it implies.
SUPPRESSION_STATUS = {
    Suppression.Reason.BOUNCED: SubscriberStatus.BOUNCED,
    Suppression.Reason.COMPLAINED: SubscriberStatus.COMPLAINED,
    Suppression.Reason.MANUAL: SubscriberStatus.UNSUBSCRIBED,
}
# A status is never "downgraded": a complaint outranks a bounce, both outrank
# an operator's suppression.
STATUS_RANK = {
    SubscriberStatus.PENDING: 0,
    SubscriberStatus.ACTIVE: 0,
    SubscriberStatus.UNSUBSCRIBED: 1,
    SubscriberStatus.BOUNCED: 2,
    SubscriberStatus.COMPLAINED: 3,
}


class RateLimited(Exception):
    """Too many signups from one network; the view answers 429."""


def is_suppressed(email):
    return Suppression.objects.filter(email_key=normalise_email(email)).exists()


def default_lists():
    return list(NewsletterList.objects.filter(is_default=True))


def _locked(subscriber):
    return Subscriber.objects.select_for_update().get(pk=subscriber.pk)


# Signup


def request_subscription(email, lists=None, source="", ip=None):
    """Start (or restart) double opt-in for ``email``; returns nothing on purpose.

    - new, pending or unsubscribed: pending, with the lists and the consent
      record (method and source page), and a confirmation mail;
    - active: unchanged, and a "you are already subscribed" mail with a
      preferences link (so a stranger cannot change someone's lists);
    - suppressed (bounced, complained or listed in Suppression): nothing at all.

    Mails count against NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY; over it,
    nothing is sent. ``ip`` (None for imports) counts against
    NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR and raises RateLimited over it.
    """
    if ip is not None and not ratelimit.allow_signup(ip):
        raise RateLimited
    email = unicodedata.normalize("NFC", email.strip())
    key = normalise_email(email)
    lists = list(lists or []) or default_lists()
    if Suppression.objects.filter(email_key=key).exists():
        logger.info("Newsletter signup for a suppressed address ignored")
        return
    subscriber, kind = _record_request(email, key, lists, source[:500])
    if kind and _claim_mail_slot(subscriber):
        _enqueue_mail(subscriber, kind)


def _record_request(email, key, lists, source):
    """Create or update the subscriber; return it and the mail it should get."""
    for attempt in range(INSERT_ATTEMPTS):
        try:
            with transaction.atomic():
                subscriber = (
                    Subscriber.objects.select_for_update().filter(email_key=key).first()
                )
                if subscriber is None:
                    subscriber = Subscriber(
                        email=email,
                        status=SubscriberStatus.PENDING,
                        consent_method=CONSENT_METHOD,
                        consent_source=source,
                    )
                    subscriber.save()  # IntegrityError if another request won.
                    subscriber.lists.set(lists)
                    return subscriber, "confirm"
                if subscriber.status in SUPPRESSED_STATUSES:
                    return subscriber, None
                if subscriber.status == SubscriberStatus.ACTIVE:
                    return subscriber, "already"
                if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
                    subscriber.status = SubscriberStatus.PENDING
                    subscriber.status_changed_at = timezone.now()
                    subscriber.lists.set(lists)
                else:  # Still pending: asking again adds lists, never removes.
                    subscriber.lists.add(*lists)
                subscriber.consent_method = CONSENT_METHOD
                subscriber.consent_source = source
                subscriber.save(
                    update_fields=[
                        "status",
                        "status_changed_at",
                        "consent_method",
                        "consent_source",
                    ]
                )
                return subscriber, "confirm"
        except IntegrityError:
            if attempt == INSERT_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _claim_mail_slot(subscriber):
    """Count one mail to this address if it is within the daily limit.

    ``confirmation_sent_at`` is the last mail; ``confirmations_sent`` counts the
    mails since the address last had a quiet day. Each branch is a single
    UPDATE whose WHERE clause is the limit, so concurrent requests cannot
    overshoot it.
    """
    now = timezone.now()
    day_ago = now - CONFIRMATION_WINDOW
    limit = settings.NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY
    if limit < 1:
        return False
    rows = Subscriber.objects.filter(pk=subscriber.pk)
    quiet = Q(confirmation_sent_at__isnull=True) | Q(confirmation_sent_at__lt=day_ago)
    if rows.filter(quiet).update(confirmation_sent_at=now, confirmations_sent=1):
        return True
    return bool(
        rows.filter(
            confirmation_sent_at__gte=day_ago, confirmations_sent__lt=limit
        ).update(
            confirmation_sent_at=now, confirmations_sent=F("confirmations_sent") + 1
        )
    )


def _enqueue_mail(subscriber, kind):
    try:
        send_subscription_mail.enqueue(subscriber.pk, kind)
    except Exception:
        # The reader's answer must not change (or fail) because the queue did.
        logger.exception("Could not queue the newsletter %s mail", kind)


MAILS = {
    # kind: (template, status the subscriber must still have, subject)
    "confirm": (
        "newsletter/email/confirm",
        SubscriberStatus.PENDING,
        "Please confirm your subscription to {site}",
    ),
    "already": (
        "newsletter/email/already_subscribed",
        SubscriberStatus.ACTIVE,
        "You are already subscribed to {site}",
    ),
}


def site_name():
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return settings.WAGTAIL_SITE_NAME
    return MagazineSettings.for_site(site).masthead_name or settings.WAGTAIL_SITE_NAME


def build_mail(subscriber, kind):
    template, _, subject = MAILS[kind]
    context = {
        "subscriber": subscriber,
        "lists": list(subscriber.lists.all()),
        "site_name": site_name(),
        "confirm_url": links.confirm_url(subscriber),
        "preferences_url": links.preferences_url(subscriber),
        "confirm_days": max(1, settings.NEWSLETTER_CONFIRM_MAX_AGE // 86400),
    }
    message = EmailMultiAlternatives(
        subject=subject.format(site=context["site_name"]),
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        # RFC 3834: machine-sent, so autoresponders should not answer it.
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(
        render_to_string(f"{template}.html", context), "text/html"
    )
    return message


# A reader is waiting for it: the urgent queue, which has a worker of its own.
@task(queue_name="urgent")
def send_subscription_mail(subscriber_id, kind):
    """Send one confirmation (or "already subscribed") mail, if still wanted."""
    _, wanted_status, _ = MAILS[kind]
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status != wanted_status:
        return False
    if is_suppressed(subscriber.email_key):
        return False
    build_mail(subscriber, kind).send()
    return True


# Following a link from a mail


def confirm(subscriber):
    """Pending -> active, recording when consent was given. Returns the subscriber.

    An active subscriber is returned unchanged; unsubscribed, bounced,
    complained or suppressed ones are not activated by an old link.
    """
    with transaction.atomic():
        subscriber = _locked(subscriber)
        if subscriber.status != SubscriberStatus.PENDING:
            return subscriber
        if is_suppressed(subscriber.email_key):
            return subscriber
        now = timezone.now()
        subscriber.status = SubscriberStatus.ACTIVE
        subscriber.confirmed_at = now
        subscriber.consent_at = now
        subscriber.status_changed_at = now
        if "interim signup form" in subscriber.consent_method:
            subscriber.consent_method = INTERIM_CONSENT_METHOD
        elif not subscriber.consent_method.startswith("double opt-in"):
            subscriber.consent_method = CONSENT_METHOD
        subscriber.save(
            update_fields=[
                "status",
                "confirmed_at",
                "consent_at",
                "status_changed_at",
                "consent_method",
            ]
        )
        pk = subscriber.pk
        transaction.on_commit(lambda: welcome.enqueue_welcome(pk))
        return subscriber


def unsubscribe(subscriber, newsletter_slug=""):
    """Leave one list, or everything. Leaving the last list leaves everything.

    The list memberships are kept (status decides who is mailed), so the
    preferences page can offer them back.
    """
    with transaction.atomic():
        subscriber = _locked(subscriber)
        if newsletter_slug:
            newsletter = NewsletterList.objects.filter(slug=newsletter_slug).first()
            # A list that no longer exists: the reader wants out, so all of it.
            if newsletter is not None:
                subscriber.lists.remove(newsletter)
                if subscriber.lists.exists():
                    return subscriber
        _set_status(subscriber, SubscriberStatus.UNSUBSCRIBED)
        return subscriber


def update_preferences(subscriber, lists, sections=None):
    """Choose lists, and (unless None) the sections of interest. No list chosen
    means unsubscribed; choosing some after unsubscribing resubscribes (the
    signed link proves the mailbox is theirs)."""
    lists = list(lists)
    with transaction.atomic():
        subscriber = _locked(subscriber)
        if subscriber.status in SUPPRESSED_STATUSES or is_suppressed(
            subscriber.email_key
        ):
            return subscriber
        if sections is not None:
            subscriber.sections.set(list(sections))
        if not lists:
            _set_status(subscriber, SubscriberStatus.UNSUBSCRIBED)
            return subscriber
        subscriber.lists.set(lists)
        if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
            now = timezone.now()
            subscriber.status = SubscriberStatus.ACTIVE
            subscriber.status_changed_at = now
            subscriber.consent_at = now
            subscriber.consent_method = PREFERENCES_CONSENT_METHOD
            subscriber.save(
                update_fields=[
                    "status",
                    "status_changed_at",
                    "consent_at",
                    "consent_method",
                ]
            )
        return subscriber


def unsubscribe_address(email):
    """Unsubscribe by address (an ESP's unsubscribe event). True if found."""
    subscriber = Subscriber.objects.filter(email_key=normalise_email(email)).first()
    if subscriber is None:
        return False
    unsubscribe(subscriber)
    return True


def _set_status(subscriber, status):
    """Move to ``status`` unless the subscriber is already in a stronger one."""
    if STATUS_RANK[subscriber.status] >= STATUS_RANK[status]:
        return
    subscriber.status = status
    subscriber.status_changed_at = timezone.now()
    subscriber.save(update_fields=["status", "status_changed_at"])


# Bounces and complaints


def suppress(email, reason, detail=""):
    """Never mail ``email`` again; mark its subscriber bounced or complained.

    The Suppression row outlives the subscriber, so signing up again (or an
    operator deleting the subscriber) does not lift it. Returns the Suppression.
    """
    reason = Suppression.Reason(reason)
    key = normalise_email(email)
    detail = (detail or "")[:500]
    for attempt in range(INSERT_ATTEMPTS):
        try:
            with transaction.atomic():
                suppression, created = (
                    Suppression.objects.select_for_update().get_or_create(
                        email_key=key, defaults={"reason": reason, "detail": detail}
                    )
                )
                if (
                    not created
                    and STATUS_RANK[SUPPRESSION_STATUS[reason]]
                    > (STATUS_RANK[SUPPRESSION_STATUS[suppression.reason]])
                ):
                    # A complaint after a bounce is the stronger signal; keep it.
                    suppression.reason = reason
                    suppression.detail = detail
                    suppression.save(update_fields=["reason", "detail"])
                subscriber = (
                    Subscriber.objects.select_for_update().filter(email_key=key).first()
                )
                if subscriber is not None:
                    _set_status(subscriber, SUPPRESSION_STATUS[reason])
                return suppression
        except IntegrityError:
            if attempt == INSERT_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")
