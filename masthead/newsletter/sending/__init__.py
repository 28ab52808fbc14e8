"""Sending an issue: each active subscriber gets exactly one copy, crash or not.

The ledger is ``Delivery`` (one row per issue and subscriber, unique), whose
states are described in ``models/deliveries.py``. How the parts keep "exactly
once":

1. ``actions.start_sending`` freezes the audience (``audience.py``) in one
   transaction: a QUEUED delivery for every active subscriber of the issue's
   list who is not suppressed, with a stable Message-ID. Later signups are not
   added; later unsubscribes and suppressions are SKIPPED when their turn comes.
2. One worker at a time holds the run's lease (``lease.py``), taken with a
   conditional UPDATE and renewed while it works. A second worker finding a live
   lease goes away without sending.
3. The worker (``runner.py``) claims a batch from the ledger (``ledger.py``)
   and sends it over one connection (``transports.py``).
4. For each message the transport writes the body, then the ledger commits
   ``CLAIMED -> COMMITTING`` for that row only if the row is still claimed by
   this worker (the fence), then the transport sends the end-of-data dot and
   reads the answer. 250 -> SENT, written in the same statement as the next
   message's COMMITTING or at the end of the batch. So after a crash at any
   point: CLAIMED rows were certainly not accepted and are sent again;
   COMMITTING rows may have been accepted and are never sent again
   automatically (``progress()['uncertain']``; an operator who has checked the
   mail server's log requeues them with ``send_newsletter --resend-uncertain``).
   A crash leaves at most one COMMITTING row: the message in flight, or the
   last one accepted before it.
5. 4xx answers and broken connections -> DEFERRED with exponential backoff
   (``NEWSLETTER_RETRY_DELAYS``), FAILED after the last; 5xx to RCPT TO ->
   FAILED and the address suppressed (except 5.7.x policy refusals); other
   5xx -> FAILED.

``service.py`` is the one place these parts are wired together. Callers use the
names below; ``send_due_issues()`` (called by the scheduler) starts scheduled
issues and re-enqueues runs whose worker died or that wait for retries.
"""

from masthead.newsletter.sending.actions import (
    SendingError,
    enqueue_send,
    pause,
    resume,
    schedule,
    send_due_issues,
    send_test,
    start_sending,
)
from masthead.newsletter.sending.progress import progress
from masthead.newsletter.sending.service import run_issue

__all__ = [
    "SendingError",
    "enqueue_send",
    "pause",
    "progress",
    "resume",
    "run_issue",
    "schedule",
    "send_due_issues",
    "send_test",
    "start_sending",
]
