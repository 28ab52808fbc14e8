"""The runner: one worker's turn at sending one issue.

``Sender.run()`` takes the issue's lease, then loops: claim a batch from the
ledger, skip whoever left since the freeze, and hand each copy to the transport
over one connection, committing it in the ledger just before the end-of-data
dot. It checks the pause flag and renews its lease between batches and every
couple of seconds within one, and keeps to the run's rate. Answers become
ledger states: 250 -> SENT; 4xx and broken connections -> DEFERRED with
exponential backoff (the retry delays), FAILED after the last; 5xx to RCPT TO ->
FAILED and the address suppressed (except 5.7.x policy refusals, which are
about us, not the address); other 5xx -> FAILED; no answer after the dot ->
left COMMITTING (possibly delivered).

The runner is given its parts (ledger, lease, mail, transport, clock); they are
put together in ``service.py``.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from masthead.newsletter.models import IssueStatus, NewsletterIssue, SendRun
from masthead.newsletter.sending import transports
from masthead.newsletter.sending.audience import split_sendable
from masthead.newsletter.sending.lease import Lease
from masthead.newsletter.sending.ledger import Ledger, has_pending, next_retry_at

logger = logging.getLogger(__name__)

CONNECT_BACKOFF = (2, 5, 10, 20, 30, 60)  # Seconds between tries to connect.


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


class _Stop(Exception):
    def __init__(self, status, detail=""):
        super().__init__(detail)
        self.status, self.detail = status, detail


@dataclass
class Sender:
    """One worker's turn at sending one issue (the task and the command use it).

    ``mail_for(issue)`` renders the issue once for all its copies;
    ``open_transport()`` gives the connection to the mail server. ``clock`` and
    ``sleep`` are ``time.monotonic`` and ``time.sleep`` except in tests.
    """

    issue_id: int
    ledger: Ledger
    lease: Lease
    mail_for: Callable
    open_transport: Callable
    batch_size: int
    retry_delays: tuple
    max_wait: float
    default_rate: float = 0.0
    time_budget: float | None = None
    resend_uncertain: object = False  # True, or the Message-IDs to send again.
    on_progress: Callable | None = None
    progress_interval: float = 0.5
    clock: Callable = time.monotonic
    sleep: Callable = time.sleep
    result: RunResult = field(init=False)

    def __post_init__(self):
        self.result = RunResult("finished")
        self.beat_every = min(2.0, self.lease.seconds / 3)
        self.rate = 0.0
        self._next_slot = 0.0
        self._last_beat = 0.0
        self._last_progress = 0.0
        self._started = self.clock()
        self.transport = None

    @property
    def owner(self):
        return self.ledger.owner

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
        if not self.lease.acquire():
            self.send_run.refresh_from_db()
            return RunResult(
                "busy",
                detail=f"Another worker ({self.send_run.lease_owner}) is sending "
                f"this issue; its lease runs until {self.send_run.lease_expires_at}.",
            )
        try:
            if self.resend_uncertain:
                self._requeue_uncertain()
            self.mail = self.mail_for(self.issue)
            self.transport = self.open_transport()
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
            if self.time_budget and self.clock() - self._started > self.time_budget:
                raise _Stop("budget", "Time budget used up; continuing in a new task.")
            rows = self.ledger.claim(self.batch_size)
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
        nxt = next_retry_at(self.issue_id)
        if nxt is None:
            self.ledger.flush_sent()
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
            if has_pending(self.issue_id):
                return False
            SendRun.objects.filter(pk=self.send_run.pk).update(finished_at=now)
            NewsletterIssue.objects.filter(
                pk=self.issue_id, status=IssueStatus.SENDING
            ).update(status=IssueStatus.SENT, sent_at=now)
        logger.info("Issue %s: sending finished", self.issue_id)
        return True

    def _heartbeat(self, force=False):
        """Renew the lease; stop if paused or if another worker took over."""
        clock = self.clock()
        if not force and clock - self._last_beat < self.beat_every:
            return
        self._last_beat = clock
        state = self.lease.renew()
        if not state.held:
            raise _Stop("lost", "Another worker took over this run.")
        if state.paused:
            raise _Stop("paused")
        self.rate = float(state.rate_per_second or self.default_rate or 0)
        self._report()

    def _sleep(self, seconds):
        """Wait, renewing the lease (and noticing a pause) meanwhile."""
        deadline = self.clock() + seconds
        while (left := deadline - self.clock()) > 0:
            self.sleep(min(left, self.beat_every))
            self._heartbeat()

    def _pace(self):
        """Keep to the run's rate: each message gets the next free time slot."""
        if self.rate <= 0:
            return
        clock = self.clock()
        if self._next_slot > clock:
            self._sleep(self._next_slot - clock)
            clock = self.clock()
        self._next_slot = max(self._next_slot, clock) + 1 / self.rate

    def _release(self):
        """Give back what this worker holds, whatever happened."""
        try:
            if self.transport:
                self.transport.close()
        except Exception:
            logger.exception("Closing the mail connection failed")
        try:
            self.ledger.flush_sent()
            self.ledger.release_all()
            self.lease.release()
        except Exception:  # The next worker reclaims them after the lease.
            logger.exception("Releasing issue %s failed", self.issue_id)

    def _requeue_uncertain(self):
        chosen = not isinstance(self.resend_uncertain, bool)
        count = self.ledger.requeue_uncertain(self.resend_uncertain if chosen else None)
        if count:
            logger.warning(
                "Issue %s: %s uncertain deliveries requeued", self.issue_id, count
            )

    # Batches.

    def _send_batch(self, rows):
        """Send one claimed batch; False if the server could not be reached."""
        sendable, skipped = split_sendable(rows, self.issue.newsletter_id)
        if skipped:
            self.ledger.skip(skipped)
            self.result.skipped += len(skipped)
        try:
            for index, (row, subscriber) in enumerate(sendable):
                self._heartbeat()
                self._pace()
                outcome = self._send_one(row, subscriber)
                if (
                    outcome.status == transports.TRANSIENT
                    and outcome.stage == "connect"
                ):
                    # Nothing left this worker: release the rest of the batch
                    # without counting an attempt, and back off.
                    self.ledger.release([r.id for r, _ in sendable[index:]])
                    return False
                self._record(row, outcome)
                if outcome.status == transports.ABORTED:
                    raise _Stop("lost", "Another worker took over a delivery.")
            return True
        finally:
            self.ledger.flush_sent()
            self.transport.close()

    def _send_one(self, row, subscriber):
        try:
            message = self.transport.prepare(
                self.mail, subscriber, email=row.email, message_id=row.message_id
            )
        except Exception as exc:  # One bad copy must not stop the run.
            logger.exception("Could not build message %s", row.message_id)
            return transports.Outcome(
                transports.REJECTED, reply=f"Could not build: {exc}"
            )
        return self.transport.send(
            self.mail.envelope_from,
            row.email,
            message,
            lambda: self.ledger.commit(row.id),
        )

    # Outcomes into the ledger.

    def _record(self, row, outcome):
        status = outcome.status
        if status == transports.SENT:
            self.ledger.accepted(row.id)
            self.result.sent += 1
        elif status == transports.TRANSIENT:
            self._retry_or_fail(row, outcome)
        elif status == transports.REJECTED_RECIPIENT:
            policy = outcome.reply.lstrip().startswith("5.7.")
            self._fail(row, outcome, suppress=not policy)
        elif status == transports.REJECTED:
            self._fail(row, outcome)
        elif status == transports.UNCERTAIN:
            self.result.uncertain += 1
            self.ledger.note_uncertain(row, outcome.detail)
            logger.warning(
                "%s: no answer after the end of data; possibly delivered (%s)",
                row.message_id,
                outcome.detail,
            )
        self._report()

    def _retry_or_fail(self, row, outcome):
        attempts = row.attempts + 1
        if attempts > len(self.retry_delays):
            self._fail(row, outcome, attempts=attempts)
            return
        when = timezone.now() + timedelta(seconds=self.retry_delays[attempts - 1])
        self.ledger.defer(row, attempts, when, outcome.detail)
        self.result.deferred += 1

    def _fail(self, row, outcome, suppress=False, attempts=None):
        attempts = attempts or row.attempts + 1
        self.ledger.fail(row, outcome.detail, attempts, suppress=suppress)
        self.result.failed += 1

    def _report(self, force=False):
        if not self.on_progress:
            return
        clock = self.clock()
        if force or clock - self._last_progress >= self.progress_interval:
            self._last_progress = clock
            self.on_progress(self)
