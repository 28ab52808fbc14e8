"""The lease: one worker at a time sends an issue.

``SendRun.lease_owner`` / ``lease_expires_at`` name the worker that may send and
until when. It is taken with a conditional UPDATE (free, expired, or already
ours) and renewed while the worker works; a second worker finding a live lease
goes away without sending. A worker that dies simply stops renewing: once the
lease has expired another worker takes over, and the ledger's fence keeps the
two from both sending a row.
"""

import os
import secrets
import socket
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from masthead.newsletter.models import IssueStatus, SendRun


def worker_name():
    """Unique per worker: host, process and a random part (pids are reused)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


@dataclass
class RunState:
    """What a renewal reads back: whether the run is ours, paused, its rate."""

    held: bool
    paused: bool
    rate_per_second: float


class Lease:
    """``owner``'s hold on the sending of ``issue_id``, ``seconds`` at a time."""

    def __init__(self, issue_id, owner, seconds):
        self.issue_id = issue_id
        self.owner = owner
        self.seconds = seconds

    def acquire(self):
        """Take the lease if it is free, expired or ours; True if we hold it."""
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
                lease_expires_at=now + timedelta(seconds=self.seconds),
            )
        )

    def renew(self):
        """Extend the lease if we still hold it; read the pause flag and rate."""
        now = timezone.now()
        held = SendRun.objects.filter(
            issue_id=self.issue_id, lease_owner=self.owner
        ).update(lease_expires_at=now + timedelta(seconds=self.seconds))
        state = SendRun.objects.values("paused", "rate_per_second").get(
            issue_id=self.issue_id
        )
        return RunState(bool(held), state["paused"], state["rate_per_second"])

    def release(self):
        """Give the lease up, so the next worker need not wait for it to expire."""
        SendRun.objects.filter(issue_id=self.issue_id, lease_owner=self.owner).update(
            lease_owner="", lease_expires_at=timezone.now()
        )


def stalled_runs(now, lease_seconds):
    """Runs that are sending, not paused, and whose worker is gone.

    Gone: the lease expired more than a grace period ago (the worker died, gave
    up on an unreachable server, or is waiting for retries), or it was never
    taken though the run started minutes ago.
    """
    grace = timedelta(seconds=max(60.0, lease_seconds))
    return SendRun.objects.filter(
        issue__status=IssueStatus.SENDING, paused=False, finished_at__isnull=True
    ).filter(
        Q(lease_expires_at__lt=now - grace)
        | Q(lease_expires_at__isnull=True, started_at__lt=now - timedelta(minutes=5))
    )
