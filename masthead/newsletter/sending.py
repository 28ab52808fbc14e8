"""Sending an issue: each active subscriber gets exactly one copy, crash or not.

The ledger is ``Delivery`` (one row per issue and subscriber, unique), whose
states are described in ``models/deliveries.py``. How the pipeline keeps
"exactly once":

1. ``start_sending`` freezes the audience in one transaction: a QUEUED delivery
   for every active subscriber of the issue's list who is not suppressed, with a
   stable Message-ID. Later signups are not added; later unsubscribes and
   suppressions are SKIPPED when their turn comes.
2. One worker at a time holds the run's lease (``SendRun.lease_owner`` /
   ``lease_expires_at``), taken with a conditional UPDATE and renewed while it
   works. A second worker finding a live lease goes away without sending.
3. The worker claims a batch (QUEUED rows, CLAIMED rows left by a dead worker,
   DEFERRED rows whose time has come) with a conditional UPDATE to CLAIMED, and
   sends it over one SMTP connection.
4. For each message it writes the body, then commits
   ``CLAIMED -> COMMITTING`` for that row only if the row is still claimed by
   this worker (the fence: if another worker has taken the row over, the dot is
   never sent), then sends the end-of-data dot and reads the answer. 250 ->
   SENT, written in the same statement as the next message's COMMITTING (one
   database round trip per message) or at the end of the batch. So after a
   crash at any point: CLAIMED rows were certainly not accepted and are sent
   again; COMMITTING rows may have been accepted and are never sent again
   automatically (``progress()['uncertain']``; an operator who has checked the
   mail server's log requeues them with ``send_newsletter --resend-uncertain``).
   A crash leaves at most one COMMITTING row: the message in flight, or the
   last one accepted before it.
5. 4xx answers and broken connections -> DEFERRED with exponential backoff
   (``NEWSLETTER_RETRY_DELAYS``), FAILED after the last; 5xx to RCPT TO ->
   FAILED and the address suppressed (except 5.7.x policy refusals, which are
   about us, not the address); other 5xx -> FAILED.

The worker checks the pause flag and renews its lease between batches and every
couple of seconds within one. ``send_due_issues()`` (called by the scheduler)
starts scheduled issues and re-enqueues runs whose worker died or that are
waiting for retries.
"""

import functools
import logging
import os
import secrets
import socket
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import validate_email
from django.db import connection, transaction
from django.db.models import Count, Min, Q
from django.utils import timezone

from masthead.newsletter import smtp
from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    IssueStatus,
    NewsletterIssue,
    SendRun,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)
from masthead.newsletter.rendering import IssueMail, message_domain

logger = logging.getLogger(__name__)

QUEUED = DeliveryState.QUEUED
CLAIMED = DeliveryState.CLAIMED
COMMITTING = DeliveryState.COMMITTING
SENT = DeliveryState.SENT
DEFERRED = DeliveryState.DEFERRED
FAILED = DeliveryState.FAILED
SKIPPED = DeliveryState.SKIPPED
PENDING_STATES = (QUEUED, CLAIMED, DEFERRED)

FREEZE_BATCH = 2000
DEFAULT_RETRY_DELAYS = (60, 300, 1800, 7200)  # Seconds; then FAILED.
CONNECT_BACKOFF = (2, 5, 10, 20, 30, 60)


class SendingError(Exception):
    """The issue cannot be started, paused or resumed in its current state."""


def _setting(name, default):
    return getattr(settings, name, default)


def lease_seconds():
    return float(_setting("NEWSLETTER_LEASE_SECONDS", 60))


def retry_delays():
    return tuple(_setting("NEWSLETTER_RETRY_DELAYS", DEFAULT_RETRY_DELAYS))


def worker_name():
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


def enqueue_send(issue_id, run_after=None):
    """Hand the issue to the background worker (django-tasks)."""
    from masthead.newsletter.tasks import send_issue

    task = send_issue
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return None  # The scheduler's send_due_issues() will pick it up.
        task = task.using(run_after=run_after)
    return task.enqueue(issue_id)


# --- starting, pausing, scheduling --------------------------------------------


def _freeze(issue):
    """One QUEUED delivery per mailable subscriber, inserted in batches."""
    domain = message_domain()
    audience = (
        Subscriber.objects.filter(
            status=SubscriberStatus.ACTIVE, lists=issue.newsletter_id
        )
        .exclude(email_key__in=Suppression.objects.values("email_key"))
        .order_by("pk")
        .values_list("pk", "email")
    )
    total, batch = 0, []
    for pk, address in audience.iterator(chunk_size=FREEZE_BATCH):
        batch.append(
            Delivery(
                issue_id=issue.pk,
                subscriber_id=pk,
                email=address,
                state=QUEUED,
                message_id=f"<issue-{issue.pk}.sub-{pk}@{domain}>",
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
        run.audience_size = _freeze(locked)
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


def _due_work(issue_id, now):
    return (
        Delivery.objects.filter(issue_id=issue_id)
        .filter(
            Q(state__in=[QUEUED, CLAIMED])
            | Q(state=DEFERRED, next_attempt_at__lte=now)
            | Q(state=DEFERRED, next_attempt_at__isnull=True)
        )
        .exists()
    )


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
    grace = timedelta(seconds=max(60.0, lease_seconds()))
    stalled = SendRun.objects.filter(
        issue__status=IssueStatus.SENDING, paused=False, finished_at__isnull=True
    ).filter(
        Q(lease_expires_at__lt=now - grace)
        | Q(lease_expires_at__isnull=True, started_at__lt=now - timedelta(minutes=5))
    )
    for run in stalled:
        if _due_work(run.issue_id, now):
            enqueue_send(run.issue_id)
            restarted.append(run.issue_id)
    return started, restarted


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


# --- the pipeline -------------------------------------------------------------


@dataclass
class RunResult:
    """What one worker's turn at an issue did, and why it stopped.

    status: finished (nothing left), paused, busy (another worker has the
    lease), waiting (only retries later than ``next_attempt_at`` are left, or
    the mail server is unreachable), budget (time budget used up), lost (another
    worker took the run over), not_sending (the issue is not being sent).
    """

    status: str
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    deferred: int = 0
    uncertain: int = 0
    next_attempt_at: datetime | None = None
    detail: str = ""

    def as_dict(self):
        data = asdict(self)
        if self.next_attempt_at:
            data["next_attempt_at"] = self.next_attempt_at.isoformat()
        return data


@dataclass
class _Row:
    id: int
    subscriber_id: int
    email: str
    message_id: str
    attempts: int


class _Stop(Exception):
    def __init__(self, status, detail=""):
        super().__init__(detail)
        self.status, self.detail = status, detail


@dataclass
class Sender:
    """One worker's turn at sending one issue (the task and the command use it)."""

    issue_id: int
    owner: str = field(default_factory=worker_name)
    batch_size: int = 0
    max_wait: float | None = None
    time_budget: float | None = None
    resend_uncertain: bool = False
    on_progress: object = None
    progress_interval: float = 0.5

    def __post_init__(self):
        self.batch_size = self.batch_size or settings.NEWSLETTER_BATCH_SIZE
        if self.max_wait is None:
            self.max_wait = float(_setting("NEWSLETTER_MAX_RETRY_WAIT", 60))
        self.result = RunResult("finished")
        self.pending_sent = []
        self.delays = retry_delays()
        self.lease = lease_seconds()
        self.beat_every = min(2.0, self.lease / 3)
        self.rate = 0.0
        self._next_slot = 0.0
        self._last_beat = 0.0
        self._last_progress = 0.0
        self._started = time.monotonic()
        self.transport = None

    # The run as a whole.

    def run(self):
        try:
            self.issue = NewsletterIssue.objects.select_related("newsletter").get(
                pk=self.issue_id
            )
            self.send_run = SendRun.objects.get(issue_id=self.issue_id)
        except (NewsletterIssue.DoesNotExist, SendRun.DoesNotExist):
            return RunResult("not_sending", detail="The issue has not been started.")
        if self.send_run.paused or self.issue.status == IssueStatus.PAUSED:
            return RunResult("paused")
        if self.issue.status != IssueStatus.SENDING:
            return RunResult("not_sending", detail=f"The issue is {self.issue.status}.")
        if not self._acquire():
            self.send_run.refresh_from_db()
            return RunResult(
                "busy",
                detail=f"Another worker ({self.send_run.lease_owner}) is sending "
                f"this issue; its lease runs until {self.send_run.lease_expires_at}.",
            )
        try:
            if self.resend_uncertain:
                self._requeue_uncertain()
            self.mail = IssueMail(self.issue)
            self._open_transport()
            self._loop()
        except _Stop as stop:
            self.result.status, self.result.detail = stop.status, stop.detail
        finally:
            self._release()
        self._report(force=True)
        return self.result

    def _loop(self):
        connect_failures = 0
        while True:
            self._heartbeat(force=True)
            if self.time_budget and time.monotonic() - self._started > self.time_budget:
                raise _Stop("budget", "Time budget used up; continuing in a new task.")
            rows = self._claim()
            if not rows:
                self._wait_for_retries()
                continue
            if self._send_batch(rows):
                connect_failures = 0
                continue
            # The server could not be reached: nothing was attempted.
            delay = CONNECT_BACKOFF[min(connect_failures, len(CONNECT_BACKOFF) - 1)]
            connect_failures += 1
            if sum(CONNECT_BACKOFF[:connect_failures]) > self.max_wait:
                raise _Stop("waiting", "The mail server cannot be reached.")
            logger.warning("Mail server unreachable; trying again in %ss", delay)
            self._sleep(delay)

    def _wait_for_retries(self):
        """Only DEFERRED rows (or none) are left: wait for them, or finish."""
        nxt = (
            Delivery.objects.filter(issue_id=self.issue_id, state=DEFERRED)
            .aggregate(at=Min("next_attempt_at"))
            .get("at")
        )
        if nxt is None:
            self._flush_sent()
            if self._finish():
                raise _Stop("finished")
            # Rows appeared (released by a worker that lost its lease): claim.
            self._sleep(0.2)
            return
        wait = (nxt - timezone.now()).total_seconds()
        if wait > self.max_wait:
            self.result.next_attempt_at = nxt
            raise _Stop("waiting", f"Retries are due from {nxt.isoformat()}.")
        self._sleep(max(wait, 0.05))

    def _finish(self):
        now = timezone.now()
        with transaction.atomic():
            if Delivery.objects.filter(
                issue_id=self.issue_id, state__in=PENDING_STATES
            ).exists():
                return False
            SendRun.objects.filter(pk=self.send_run.pk).update(finished_at=now)
            NewsletterIssue.objects.filter(
                pk=self.issue_id, status=IssueStatus.SENDING
            ).update(status=IssueStatus.SENT, sent_at=now)
        logger.info("Issue %s: sending finished", self.issue_id)
        return True

    # The lease and the pause flag.

    def _acquire(self):
        now = timezone.now()
        return bool(
            SendRun.objects.filter(issue_id=self.issue_id, paused=False)
            .filter(
                Q(lease_expires_at__isnull=True)
                | Q(lease_expires_at__lt=now)
                | Q(lease_owner=self.owner)
            )
            .update(
                lease_owner=self.owner,
                lease_expires_at=now + timedelta(seconds=self.lease),
            )
        )

    def _heartbeat(self, force=False):
        """Renew the lease; stop if paused or if another worker took over."""
        clock = time.monotonic()
        if not force and clock - self._last_beat < self.beat_every:
            return
        self._last_beat = clock
        now = timezone.now()
        renewed = SendRun.objects.filter(
            pk=self.send_run.pk, lease_owner=self.owner
        ).update(lease_expires_at=now + timedelta(seconds=self.lease))
        state = SendRun.objects.values("paused", "rate_per_second").get(
            pk=self.send_run.pk
        )
        if not renewed:
            raise _Stop("lost", "Another worker took over this run.")
        if state["paused"]:
            raise _Stop("paused")
        rate = state["rate_per_second"] or settings.NEWSLETTER_SEND_RATE or 0
        self.rate = float(rate)
        self._report()

    def _sleep(self, seconds):
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            time.sleep(min(left, self.beat_every))
            self._heartbeat()

    def _release(self):
        """Give back what this worker holds, whatever happened."""
        try:
            if self.transport:
                self.transport.close()
        except Exception:
            logger.exception("Closing the mail connection failed")
        try:
            self._flush_sent()
            Delivery.objects.filter(
                issue_id=self.issue_id, state=CLAIMED, claimed_by=self.owner
            ).update(state=QUEUED, claimed_by="", claimed_at=None)
            SendRun.objects.filter(
                issue_id=self.issue_id, lease_owner=self.owner
            ).update(lease_owner="", lease_expires_at=timezone.now())
        except Exception:  # The next worker reclaims them after the lease.
            logger.exception("Releasing issue %s failed", self.issue_id)

    def _requeue_uncertain(self):
        uncertain = Delivery.objects.filter(issue_id=self.issue_id, state=COMMITTING)
        if not isinstance(self.resend_uncertain, bool):  # Chosen Message-IDs.
            uncertain = uncertain.filter(message_id__in=list(self.resend_uncertain))
        count = uncertain.update(
            state=QUEUED,
            claimed_by="",
            last_error="Requeued by an operator; may have been delivered before.",
        )
        if count:
            logger.warning(
                "Issue %s: %s uncertain deliveries requeued", self.issue_id, count
            )

    # Batches.

    def _claim(self):
        now = timezone.now()
        pending = Delivery.objects.filter(issue_id=self.issue_id)
        # Separate index range scans (issue, state, id) rather than one OR query.
        due = Q(next_attempt_at__lte=now) | Q(next_attempt_at__isnull=True)
        sources = [
            pending.filter(state=CLAIMED).exclude(claimed_by=self.owner),
            pending.filter(due, state=DEFERRED),
            pending.filter(state=QUEUED),
        ]
        ids = []
        for source in sources:
            want = self.batch_size - len(ids)
            if want <= 0:
                break
            ids += source.order_by("id").values_list("id", flat=True)[:want]
        if not ids:
            return []
        claimable = (
            Q(state=QUEUED)
            | (Q(state=DEFERRED) & due)
            | (Q(state=CLAIMED) & ~Q(claimed_by=self.owner))
        )
        Delivery.objects.filter(id__in=ids).filter(claimable).update(
            state=CLAIMED, claimed_by=self.owner, claimed_at=now
        )
        return [
            _Row(**row)
            for row in Delivery.objects.filter(
                id__in=ids, state=CLAIMED, claimed_by=self.owner
            )
            .order_by("id")
            .values("id", "subscriber_id", "email", "message_id", "attempts")
        ]

    def _recipients(self, rows):
        """Subscribers still mailable now; the others' rows are SKIPPED."""
        ids = [row.subscriber_id for row in rows]
        subscribers = {
            s.pk: s
            for s in Subscriber.objects.filter(pk__in=ids).only(
                "id", "email", "email_key", "status", "token_version"
            )
        }
        members = set(
            Subscriber.lists.through.objects.filter(
                newsletterlist_id=self.issue.newsletter_id, subscriber_id__in=ids
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
        if skipped:
            Delivery.objects.filter(
                id__in=skipped, state=CLAIMED, claimed_by=self.owner
            ).update(state=SKIPPED, claimed_by="", last_error="No longer subscribed.")
            self.result.skipped += len(skipped)
        return sendable

    def _open_transport(self):
        if smtp.uses_smtp(settings.EMAIL_BACKEND):
            self.transport = smtp.SmtpTransport()
            self.direct = True
        else:
            self.transport = smtp.BackendTransport()
            self.direct = False

    def _send_batch(self, rows):
        """Send one claimed batch; False if the server could not be reached."""
        sendable = self._recipients(rows)
        try:
            for index, (row, subscriber) in enumerate(sendable):
                self._heartbeat()
                self._pace()
                outcome = self._send_one(row, subscriber)
                if outcome.status == smtp.TRANSIENT and outcome.stage == "connect":
                    # Nothing left this worker: release the rest of the batch
                    # without counting an attempt, and back off.
                    self._release_rows([r.id for r, _ in sendable[index:]])
                    return False
                self._record(row, outcome)
                if outcome.status == smtp.ABORTED:
                    raise _Stop("lost", "Another worker took over a delivery.")
            return True
        finally:
            self._flush_sent()
            self.transport.close()

    def _send_one(self, row, subscriber):
        def before_dot():
            return self._commit(row.id)

        try:
            if self.direct:
                data = self.mail.message_bytes(
                    subscriber, email=row.email, message_id=row.message_id
                )
            else:
                message = self.mail.build_message(
                    subscriber,
                    email=row.email,
                    message_id=row.message_id,
                    connection=self.transport.backend,
                )
        except Exception as exc:  # One bad copy must not stop the run.
            logger.exception("Could not build message %s", row.message_id)
            return smtp.Outcome(smtp.REJECTED, reply=f"Could not build: {exc}")
        if self.direct:
            return self.transport.send(
                self.mail.envelope_from, row.email, data, before_dot
            )
        return self.transport.send_message(message, before_dot)

    def _pace(self):
        if self.rate <= 0:
            return
        clock = time.monotonic()
        if self._next_slot > clock:
            self._sleep(self._next_slot - clock)
            clock = time.monotonic()
        self._next_slot = max(self._next_slot, clock) + 1 / self.rate

    # The ledger.

    # The statement run for every message is plain SQL: the ORM's query
    # building would cost more than the database does.

    @functools.cached_property
    def _sql(self):
        qn = connection.ops.quote_name

        def column(name):
            return qn(Delivery._meta.get_field(name).column)

        table = qn(Delivery._meta.db_table)
        state, owner, pk = column("state"), column("claimed_by"), column("id")
        sent_at, attempts = column("sent_at"), column("attempts")
        return {
            "commit": f"UPDATE {table} SET {state} = %s "
            f"WHERE {pk} = %s AND {state} = %s AND {owner} = %s",
            # This message COMMITTING and the ones accepted before it SENT, in
            # one statement (one round trip, one commit).
            "commit_and_sent": f"UPDATE {table} SET "
            f"{state} = CASE WHEN {pk} = %s THEN %s ELSE %s END, "
            f"{sent_at} = CASE WHEN {pk} = %s THEN {sent_at} ELSE %s END, "
            f"{attempts} = CASE WHEN {pk} = %s THEN {attempts} ELSE {attempts} + 1 END "
            f"WHERE {owner} = %s AND (({pk} = %s AND {state} = %s) "
            f"OR ({state} = %s AND {pk} IN ",
            "sent": f"UPDATE {table} SET {state} = %s, {sent_at} = %s, "
            f"{attempts} = {attempts} + 1 "
            f"WHERE {state} = %s AND {owner} = %s AND {pk} IN ",
        }

    def _commit(self, delivery_id):
        """CLAIMED -> COMMITTING, committed, if this worker still owns the row.

        Runs in autocommit: the UPDATE is durable when execute() returns, and
        only then is the dot sent. The messages accepted since the last call
        become SENT in the same statement, so a crash leaves at most one row
        COMMITTING: this one, or (crash before this statement) the last one the
        server accepted.
        """
        ids, self.pending_sent = self.pending_sent, []
        with connection.cursor() as cursor:
            if not ids:
                cursor.execute(
                    self._sql["commit"],
                    [COMMITTING.value, delivery_id, CLAIMED.value, self.owner],
                )
                return cursor.rowcount == 1
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(
                f"{self._sql['commit_and_sent']}({marks})))",
                [
                    delivery_id,
                    COMMITTING.value,
                    SENT.value,
                    delivery_id,
                    now,
                    delivery_id,
                    self.owner,
                    delivery_id,
                    CLAIMED.value,
                    COMMITTING.value,
                    *ids,
                ],
            )
            # At most len(ids) rows become SENT, so one more means this row
            # became COMMITTING. (Fewer: treat as lost; the dot is not sent.)
            return cursor.rowcount == len(ids) + 1

    def _flush_sent(self):
        """Record the messages the server accepted since the last flush."""
        if not self.pending_sent:
            return
        ids, self.pending_sent = self.pending_sent, []
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        marks = ", ".join(["%s"] * len(ids))
        params = [SENT.value, now, COMMITTING.value, self.owner, *ids]
        sql = f"{self._sql['sent']}({marks})"
        if self._relaxed_commit:
            # Losing this write in a database crash would leave the rows
            # COMMITTING, which is safe (never resent), so it need not wait for
            # the disk. One round trip: both statements form one implicit
            # transaction. COMMITTING itself is always a synchronous commit.
            sql = "SET LOCAL synchronous_commit TO OFF; " + sql
        with connection.cursor() as cursor:
            cursor.execute(sql, params)

    @functools.cached_property
    def _relaxed_commit(self):
        options = connection.settings_dict.get("OPTIONS", {})
        # Several statements in one execute() need client-side binding.
        return connection.vendor == "postgresql" and not options.get(
            "server_side_binding"
        )

    def _release_rows(self, ids):
        Delivery.objects.filter(
            id__in=ids, state=CLAIMED, claimed_by=self.owner
        ).update(state=QUEUED, claimed_by="", claimed_at=None)

    def _record(self, row, outcome):
        status = outcome.status
        if status == smtp.SENT:
            self.pending_sent.append(row.id)
            self.result.sent += 1
        elif status == smtp.TRANSIENT:
            self._retry_or_fail(row, outcome)
        elif status == smtp.REJECTED_RECIPIENT:
            policy = outcome.reply.lstrip().startswith("5.7.")
            self._fail(row, outcome, suppress=not policy)
        elif status == smtp.REJECTED:
            self._fail(row, outcome)
        elif status == smtp.UNCERTAIN:
            self.result.uncertain += 1
            Delivery.objects.filter(pk=row.id, state=COMMITTING).update(
                last_error=outcome.detail
            )
            logger.warning(
                "%s: no answer after the end of data; possibly delivered (%s)",
                row.message_id,
                outcome.detail,
            )
        self._report()

    def _retry_or_fail(self, row, outcome):
        attempts = row.attempts + 1
        if attempts > len(self.delays):
            self._fail(row, outcome, attempts=attempts)
            return
        when = timezone.now() + timedelta(seconds=self.delays[attempts - 1])
        Delivery.objects.filter(
            pk=row.id, state__in=[CLAIMED, COMMITTING], claimed_by=self.owner
        ).update(
            state=DEFERRED,
            attempts=attempts,
            next_attempt_at=when,
            claimed_by="",
            last_error=outcome.detail,
        )
        self.result.deferred += 1

    def _fail(self, row, outcome, suppress=False, attempts=None):
        now = timezone.now()
        with transaction.atomic():
            Delivery.objects.filter(
                pk=row.id, state__in=[CLAIMED, COMMITTING], claimed_by=self.owner
            ).update(
                state=FAILED,
                attempts=attempts or row.attempts + 1,
                claimed_by="",
                last_error=outcome.detail,
            )
            if suppress:
                Suppression.objects.get_or_create(
                    email_key=normalise_email(row.email),
                    defaults={
                        "reason": Suppression.Reason.BOUNCED,
                        "detail": outcome.detail,
                        "created_at": now,
                    },
                )
                Subscriber.objects.filter(
                    pk=row.subscriber_id, status=SubscriberStatus.ACTIVE
                ).update(status=SubscriberStatus.BOUNCED, status_changed_at=now)
        self.result.failed += 1

    def _report(self, force=False):
        if not self.on_progress:
            return
        clock = time.monotonic()
        if force or clock - self._last_progress >= self.progress_interval:
            self._last_progress = clock
            self.on_progress(self)


def run_issue(issue_id, **options):
    """Send ``issue_id`` in this process until done, paused or out of time."""
    return Sender(issue_id, **options).run()
