"""The ledger: one worker's view of an issue's ``Delivery`` rows and their states.

What each state means after a crash is described in ``models/deliveries.py``.
The moves a worker makes:

- ``claim``: QUEUED rows, CLAIMED rows left by a dead worker and DEFERRED rows
  whose time has come become CLAIMED by this worker, with a conditional UPDATE.
- ``commit``: just before the end-of-data dot, ``CLAIMED -> COMMITTING`` for
  one row, only if this worker still holds it (the fence: if another worker has
  taken the row over, the dot is never sent). The messages accepted since the
  last call become SENT in the same statement: one database round trip per
  message, and a crash leaves at most one COMMITTING row (the message in
  flight, or the last one accepted before it).
- ``flush_sent``: SENT for the accepted messages not yet recorded (end of a
  batch).
- ``defer``, ``fail``, ``skip``, ``release``: the other outcomes.

COMMITTING rows are never sent again automatically; ``requeue_uncertain`` is
for an operator who has checked the mail server's log.
"""

import functools
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Min, Q
from django.utils import timezone

from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)

QUEUED = DeliveryState.QUEUED
CLAIMED = DeliveryState.CLAIMED
COMMITTING = DeliveryState.COMMITTING
SENT = DeliveryState.SENT
DEFERRED = DeliveryState.DEFERRED
FAILED = DeliveryState.FAILED
SKIPPED = DeliveryState.SKIPPED
PENDING_STATES = (QUEUED, CLAIMED, DEFERRED)


@dataclass
class Row:
    """A claimed delivery: what sending its copy needs."""

    id: int
    subscriber_id: int
    email: str
    message_id: str
    attempts: int


def due_work(issue_id, now):
    """Whether the issue has deliveries a worker could send now."""
    return (
        Delivery.objects.filter(issue_id=issue_id)
        .filter(
            Q(state__in=[QUEUED, CLAIMED])
            | Q(state=DEFERRED, next_attempt_at__lte=now)
            | Q(state=DEFERRED, next_attempt_at__isnull=True)
        )
        .exists()
    )


def has_pending(issue_id):
    return Delivery.objects.filter(issue_id=issue_id, state__in=PENDING_STATES).exists()


def next_retry_at(issue_id):
    """When the earliest DEFERRED delivery is due, or None if there is none."""
    return (
        Delivery.objects.filter(issue_id=issue_id, state=DEFERRED)
        .aggregate(at=Min("next_attempt_at"))
        .get("at")
    )


class Ledger:
    """The deliveries of ``issue_id`` as worker ``owner`` moves them."""

    def __init__(self, issue_id, owner):
        self.issue_id = issue_id
        self.owner = owner
        # Accepted by the server, not yet recorded as SENT (see commit()).
        self.pending_sent = []

    def claim(self, batch_size):
        """Claim up to ``batch_size`` rows for this worker; return them as Rows."""
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
            want = batch_size - len(ids)
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
            Row(**row)
            for row in Delivery.objects.filter(
                id__in=ids, state=CLAIMED, claimed_by=self.owner
            )
            .order_by("id")
            .values("id", "subscriber_id", "email", "message_id", "attempts")
        ]

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

    def commit(self, delivery_id):
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

    def accepted(self, delivery_id):
        """The server accepted this COMMITTING row; SENT with the next write."""
        self.pending_sent.append(delivery_id)

    def flush_sent(self):
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

    # The other outcomes.

    def skip(self, ids):
        """The subscribers left after the freeze: SKIPPED, never sent."""
        Delivery.objects.filter(
            id__in=ids, state=CLAIMED, claimed_by=self.owner
        ).update(state=SKIPPED, claimed_by="", last_error="No longer subscribed.")

    def release(self, ids):
        """Back to QUEUED without counting an attempt (nothing left this worker)."""
        Delivery.objects.filter(
            id__in=ids, state=CLAIMED, claimed_by=self.owner
        ).update(state=QUEUED, claimed_by="", claimed_at=None)

    def release_all(self):
        """Back to QUEUED: every row this worker still has CLAIMED."""
        Delivery.objects.filter(
            issue_id=self.issue_id, state=CLAIMED, claimed_by=self.owner
        ).update(state=QUEUED, claimed_by="", claimed_at=None)

    def defer(self, row, attempts, when, detail):
        Delivery.objects.filter(
            pk=row.id, state__in=[CLAIMED, COMMITTING], claimed_by=self.owner
        ).update(
            state=DEFERRED,
            attempts=attempts,
            next_attempt_at=when,
            claimed_by="",
            last_error=detail,
        )

    def fail(self, row, detail, attempts, suppress=False):
        """FAILED; with ``suppress`` the address is never mailed again."""
        now = timezone.now()
        with transaction.atomic():
            Delivery.objects.filter(
                pk=row.id, state__in=[CLAIMED, COMMITTING], claimed_by=self.owner
            ).update(
                state=FAILED,
                attempts=attempts,
                claimed_by="",
                last_error=detail,
            )
            if suppress:
                Suppression.objects.get_or_create(
                    email_key=normalise_email(row.email),
                    defaults={
                        "reason": Suppression.Reason.BOUNCED,
                        "detail": detail,
                        "created_at": now,
                    },
                )
                Subscriber.objects.filter(
                    pk=row.subscriber_id, status=SubscriberStatus.ACTIVE
                ).update(status=SubscriberStatus.BOUNCED, status_changed_at=now)

    def note_uncertain(self, row, detail):
        """No answer after the dot: stays COMMITTING, with the reason."""
        Delivery.objects.filter(pk=row.id, state=COMMITTING).update(last_error=detail)

    def requeue_uncertain(self, message_ids=None):
        """COMMITTING -> QUEUED (those Message-IDs, or all); returns how many."""
        uncertain = Delivery.objects.filter(issue_id=self.issue_id, state=COMMITTING)
        if message_ids is not None:
            uncertain = uncertain.filter(message_id__in=list(message_ids))
        return uncertain.update(
            state=QUEUED,
            claimed_by="",
            last_error="Requeued by an operator; may have been delivered before.",
        )
