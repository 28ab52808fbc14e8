"""The sending ledger: one row per (issue, subscriber), moving through states.

States and what a restart does with them:

- QUEUED: frozen into the audience, not yet handed to a connection. Sent.
- CLAIMED: taken by a worker's batch; the message body may be on the wire but the
  end-of-data dot was not sent, so no server can have accepted it. Sent again.
- COMMITTING: the end-of-data dot was written; the server may have accepted it.
  Never sent again automatically: shown to operators as "possibly delivered".
- SENT: the server answered 250. DEFERRED: a transient failure, retried at
  ``next_attempt_at`` with backoff. FAILED: permanent failure (the address is
  suppressed if the server said it does not exist). SKIPPED: suppressed or
  unsubscribed after the audience was frozen.
"""

from django.db import models
from django.utils import timezone


class DeliveryState(models.TextChoices):
    QUEUED = "queued", "Queued"
    CLAIMED = "claimed", "Claimed by a worker"
    COMMITTING = "committing", "Possibly delivered (crash while the server answered)"
    SENT = "sent", "Sent"
    DEFERRED = "deferred", "Waiting to retry"
    FAILED = "failed", "Failed"
    SKIPPED = "skipped", "Skipped"


class Delivery(models.Model):
    issue = models.ForeignKey(
        "newsletter.NewsletterIssue",
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", on_delete=models.CASCADE, related_name="deliveries"
    )
    email = models.EmailField(max_length=254, help_text="The address when frozen.")
    state = models.CharField(
        max_length=20,
        choices=DeliveryState.choices,
        default=DeliveryState.QUEUED,
        db_index=True,
    )
    message_id = models.CharField(max_length=255, unique=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["issue", "state", "id"])]

    def __str__(self):
        return f"{self.issue_id} → {self.email} ({self.state})"


class SendRun(models.Model):
    """The sending of one issue: its lease (one worker at a time), rate and pause."""

    issue = models.OneToOneField(
        "newsletter.NewsletterIssue", on_delete=models.CASCADE, related_name="send_run"
    )
    audience_frozen_at = models.DateTimeField(null=True, blank=True)
    audience_size = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    paused = models.BooleanField(default=False)
    rate_per_second = models.FloatField(
        default=0, help_text="0 means as fast as the mail server allows."
    )
    # The lease: the worker holding it may send; it renews it while working.
    lease_owner = models.CharField(max_length=100, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Sending of {self.issue}"
