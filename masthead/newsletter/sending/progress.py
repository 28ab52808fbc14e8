"""Where the sending of an issue is: counts for the admin and the terminal."""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from masthead.newsletter.models import Delivery, SendRun
from masthead.newsletter.sending.ledger import (
    COMMITTING,
    DEFERRED,
    FAILED,
    PENDING_STATES,
    SENT,
    SKIPPED,
)


def progress(issue):
    """Counts for the admin and the terminal: where the sending of ``issue`` is."""
    now = timezone.now()
    window = now - timedelta(seconds=60)
    run = SendRun.objects.filter(issue_id=issue.pk).first()
    # The live worker's message in flight is COMMITTING for a moment: it is
    # still to come, not "possibly delivered by a worker that died".
    remaining = Q(state__in=PENDING_STATES)
    uncertain = Q(state=COMMITTING)
    live = (
        run and run.lease_owner and run.lease_expires_at and run.lease_expires_at > now
    )
    if live:
        remaining |= Q(state=COMMITTING, claimed_by=run.lease_owner)
        uncertain &= ~Q(claimed_by=run.lease_owner)
    counts = Delivery.objects.filter(issue_id=issue.pk).aggregate(
        total=Count("id"),
        sent=Count("id", filter=Q(state=SENT)),
        failed=Count("id", filter=Q(state=FAILED)),
        skipped=Count("id", filter=Q(state=SKIPPED)),
        deferred=Count("id", filter=Q(state=DEFERRED)),
        remaining=Count("id", filter=remaining),
        uncertain=Count("id", filter=uncertain),
        last_minute=Count("id", filter=Q(state=SENT, sent_at__gte=window)),
    )
    rate = counts.pop("last_minute")
    if run and run.started_at:
        elapsed = ((run.finished_at or now) - run.started_at).total_seconds()
        if run.finished_at:  # The average over the whole run.
            rate = round(counts["sent"] * 60 / max(elapsed, 1))
        elif elapsed < 60:  # Less than a minute in: extrapolate.
            rate = round(rate * 60 / max(elapsed, 1))
    return {
        **counts,
        "rate_per_minute": rate,
        "started_at": run.started_at if run else None,
        "finished_at": run.finished_at if run else None,
        "paused": bool(run and run.paused),
    }
