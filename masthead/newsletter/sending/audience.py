"""Who gets an issue: frozen when sending starts, checked again at each send.

The audience is every active subscriber of the issue's list whose address is not
suppressed; for an issue sent to a segment (``NewsletterIssue.sections``), only
those who chose one of its sections on their preferences page. ``freeze``
records it as one QUEUED delivery per subscriber, so later signups are not
added. Someone who leaves afterwards (unsubscribes, is
suppressed, leaves the list) still has a delivery; ``split_sendable`` finds them
when their turn comes and the runner marks those deliveries SKIPPED.
"""

from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)
from masthead.newsletter.rendering import message_domain, stable_message_id

FREEZE_BATCH = 2000


def audience(newsletter_id, section_ids=()):
    """The subscribers an issue of ``newsletter_id`` would go to right now; with
    ``section_ids``, the segment of them interested in any of those sections."""
    subscribers = Subscriber.objects.filter(
        status=SubscriberStatus.ACTIVE, lists=newsletter_id
    ).exclude(email_key__in=Suppression.objects.values("email_key"))
    if section_ids:
        # A subquery rather than a join: one row per subscriber, no DISTINCT.
        interested = Subscriber.sections.through.objects.filter(
            sectionpage_id__in=list(section_ids)
        ).values("subscriber_id")
        subscribers = subscribers.filter(pk__in=interested)
    return subscribers


def issue_audience(issue):
    """Who ``issue`` goes to: its list, or the list's segment it is meant for."""
    section_ids = [section.pk for section in issue.sections.all()]
    return audience(issue.newsletter_id, section_ids)


def freeze(issue):
    """One QUEUED delivery per mailable subscriber, inserted in batches.

    The segment is read here, once: a reader who changes their sections after
    sending started keeps (or does not get) their copy.
    """
    domain = message_domain()
    members = issue_audience(issue).order_by("pk").values_list("pk", "email")
    total, batch = 0, []
    for pk, address in members.iterator(chunk_size=FREEZE_BATCH):
        batch.append(
            Delivery(
                issue_id=issue.pk,
                subscriber_id=pk,
                email=address,
                state=DeliveryState.QUEUED,
                message_id=stable_message_id(issue.pk, pk, domain),
            )
        )
        if len(batch) >= FREEZE_BATCH:
            Delivery.objects.bulk_create(batch, batch_size=FREEZE_BATCH)
            total += len(batch)
            batch = []
    if batch:
        Delivery.objects.bulk_create(batch, batch_size=FREEZE_BATCH)
        total += len(batch)
    return total


def split_sendable(rows, newsletter_id):
    """([(row, subscriber)] still mailable now, [ids of rows to skip]).

    ``rows`` are claimed deliveries. A subscriber is still mailable if active,
    still on the list, and neither their current address nor the address the
    delivery was frozen with is suppressed.
    """
    ids = [row.subscriber_id for row in rows]
    subscribers = {
        s.pk: s
        for s in Subscriber.objects.filter(pk__in=ids).only(
            "id", "email", "email_key", "status", "token_version"
        )
    }
    members = set(
        Subscriber.lists.through.objects.filter(
            newsletterlist_id=newsletter_id, subscriber_id__in=ids
        ).values_list("subscriber_id", flat=True)
    )
    keys = {s.email_key for s in subscribers.values()}
    keys |= {normalise_email(row.email) for row in rows}
    suppressed = set(
        Suppression.objects.filter(email_key__in=keys).values_list(
            "email_key", flat=True
        )
    )
    sendable, skipped = [], []
    for row in rows:
        subscriber = subscribers.get(row.subscriber_id)
        if (
            subscriber is None
            or subscriber.status != SubscriberStatus.ACTIVE
            or subscriber.pk not in members
            or subscriber.email_key in suppressed
            or normalise_email(row.email) in suppressed
        ):
            skipped.append(row.id)
        else:
            sendable.append((row, subscriber))
    return sendable, skipped
