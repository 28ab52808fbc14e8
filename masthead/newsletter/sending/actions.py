"""What editors, commands and the scheduler do to an issue's sending.

``start_sending`` freezes the audience and marks the issue SENDING in one
transaction, then hands the issue to the background worker; ``pause`` and
``resume`` set the flag the worker checks between messages; ``schedule`` sets a
time at which ``send_due_issues`` (called by the scheduler) starts the issue.
``send_due_issues`` also enqueues again runs whose worker died or that wait for
retries.
"""

import logging

from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from masthead.newsletter.models import IssueStatus, NewsletterIssue, SendRun
from masthead.newsletter.rendering import IssueMail
from masthead.newsletter.sending import audience, lease, ledger
from masthead.newsletter.sending.service import lease_seconds

logger = logging.getLogger(__name__)


class SendingError(Exception):
    """The issue cannot be started, paused or resumed in its current state."""


def enqueue_send(issue_id, run_after=None):
    """Hand the issue to the background worker (django-tasks)."""
    from masthead.newsletter.tasks import send_issue

    task = send_issue
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return None  # The scheduler's send_due_issues() will pick it up.
        task = task.using(run_after=run_after)
    return task.enqueue(issue_id)


def start_sending(issue, rate_per_second=None, *, enqueue=True):
    """Freeze the audience, mark the issue SENDING and hand it to the worker."""
    with transaction.atomic():
        locked = (
            NewsletterIssue.objects.select_for_update()
            .select_related("newsletter")
            .get(pk=issue.pk)
        )
        if locked.status not in (IssueStatus.DRAFT, IssueStatus.SCHEDULED):
            raise SendingError(
                f"Issue {issue.pk} is {locked.get_status_display().lower()}; "
                "only a draft or scheduled issue can start sending."
            )
        if SendRun.objects.filter(issue=locked).exists():
            raise SendingError(f"Issue {issue.pk} has already been sent before.")
        now = timezone.now()
        run = SendRun.objects.create(
            issue=locked, started_at=now, rate_per_second=rate_per_second or 0
        )
        run.audience_size = audience.freeze(locked)
        run.audience_frozen_at = timezone.now()
        run.save(update_fields=["audience_size", "audience_frozen_at"])
        locked.status = IssueStatus.SENDING
        locked.save(update_fields=["status"])
        if enqueue:
            # robust: a queue that is down must not undo the start; the
            # scheduler's send_due_issues() enqueues stalled runs again.
            transaction.on_commit(lambda: enqueue_send(locked.pk), robust=True)
    issue.status = IssueStatus.SENDING
    logger.info("Issue %s: sending to %s subscribers", issue.pk, run.audience_size)
    return run


def pause(issue):
    """Stop after the message in flight; the worker releases what it claimed."""
    with transaction.atomic():
        if not SendRun.objects.filter(issue_id=issue.pk).update(paused=True):
            raise SendingError(f"Issue {issue.pk} is not being sent.")
        NewsletterIssue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
            status=IssueStatus.PAUSED
        )
    issue.status = IssueStatus.PAUSED


def resume(issue, *, enqueue=True):
    with transaction.atomic():
        if not SendRun.objects.filter(issue_id=issue.pk).update(paused=False):
            raise SendingError(f"Issue {issue.pk} has not started sending.")
        NewsletterIssue.objects.filter(pk=issue.pk, status=IssueStatus.PAUSED).update(
            status=IssueStatus.SENDING
        )
        if enqueue:
            transaction.on_commit(lambda: enqueue_send(issue.pk), robust=True)
    issue.status = NewsletterIssue.objects.values_list("status", flat=True).get(
        pk=issue.pk
    )


def send_test(issue, email):
    """Send the issue to one editor, subject marked [TEST]; nothing is recorded."""
    validate_email(email)
    return IssueMail(issue).test_message(email).send(fail_silently=False)


def schedule(issue, when):
    updated = NewsletterIssue.objects.filter(
        pk=issue.pk, status__in=[IssueStatus.DRAFT, IssueStatus.SCHEDULED]
    ).update(status=IssueStatus.SCHEDULED, scheduled_at=when)
    if not updated:
        raise SendingError(f"Issue {issue.pk} can no longer be scheduled.")
    issue.status, issue.scheduled_at = IssueStatus.SCHEDULED, when


def send_due_issues(now=None):
    """Start scheduled issues whose time has come; restart stalled runs.

    A run is stalled when it is sending, not paused, nobody holds its lease (its
    worker died, gave up on an unreachable server, or is waiting for retries)
    and there is work due. Enqueuing twice is harmless: the lease admits one.
    """
    now = now or timezone.now()
    started, restarted = [], []
    due = NewsletterIssue.objects.filter(
        status=IssueStatus.SCHEDULED, scheduled_at__lte=now
    )
    for issue in due:
        try:
            start_sending(issue)
        except SendingError as exc:
            logger.warning("Scheduled issue %s not started: %s", issue.pk, exc)
        else:
            started.append(issue.pk)
    for run in lease.stalled_runs(now, lease_seconds()):
        if ledger.due_work(run.issue_id, now):
            enqueue_send(run.issue_id)
            restarted.append(run.issue_id)
    return started, restarted
