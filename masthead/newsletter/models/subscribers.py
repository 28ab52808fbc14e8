import unicodedata

import idna
from django.db import models
from django.utils import timezone
from django.utils.encoding import punycode


class InvalidDomain(ValueError):
    """The domain of an address is not a valid internationalised domain name."""


def email_key(address):
    """One spelling per mailbox: NFC-normalised, trimmed, case-folded, the
    domain in ASCII (“bücher.example” and “xn--bcher-kva.example” are one).

    Used as the unique key, so “Reader@Example.org” and “reader@example.org ”
    are one subscriber. The address as typed is kept for sending. Raises
    InvalidDomain for a domain that IDNA 2008 (UTS #46) does not allow.
    """
    address = unicodedata.normalize("NFC", address.strip())
    local, at, domain = address.rpartition("@")
    if at and not domain.isascii():
        try:
            idna.encode(domain, uts46=True)
            # The ASCII form Django's mail goes to (IDNA 2003, which differs
            # from 2008 only for "ß", "ς" and joiners), so the key is the
            # mailbox that is actually mailed.
            domain = punycode(domain)
        except (idna.IDNAError, UnicodeError) as exc:
            raise InvalidDomain(domain) from exc
    return f"{local}{at}{domain}".casefold()


def normalise_email(address):
    """``email_key``, for looking an address up: an invalid domain (which no
    subscriber has, the forms refuse it) keeps its case-folded spelling."""
    try:
        return email_key(address)
    except InvalidDomain:
        return unicodedata.normalize("NFC", address.strip()).casefold()


class NewsletterList(models.Model):
    """Something a reader can subscribe to: the weekly round-up, the QiOSK digest."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    description = models.CharField(max_length=300, blank=True)
    is_default = models.BooleanField(
        default=False, help_text="Ticked for new subscribers who choose nothing."
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", "Pending confirmation"
    ACTIVE = "active", "Active"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
    BOUNCED = "bounced", "Bounced"
    COMPLAINED = "complained", "Complained"


class Subscriber(models.Model):
    """One mailbox. Only ``active`` subscribers are ever sent newsletters."""

    email = models.EmailField(max_length=254, help_text="As the reader typed it.")
    email_key = models.CharField(
        max_length=254, unique=True, editable=False, help_text="normalise_email(email)"
    )
    status = models.CharField(
        max_length=20,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
        db_index=True,
    )
    lists = models.ManyToManyField(
        NewsletterList, blank=True, related_name="subscribers"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    # Consent record: when, how and from where the reader asked to subscribe.
    consent_at = models.DateTimeField(null=True, blank=True)
    consent_method = models.CharField(
        max_length=120, blank=True, help_text="e.g. “double opt-in, signup form”"
    )
    consent_source = models.CharField(
        max_length=500, blank=True, help_text="The page or file the consent came from."
    )
    # Confirmation mails sent (for per-address rate limits).
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmations_sent = models.PositiveIntegerField(default=0)
    # Bumped to invalidate every signed link sent to this subscriber so far.
    token_version = models.PositiveIntegerField(default=1)
    # Sections the reader chose on the preferences page: issues sent to a
    # segment (NewsletterIssue.sections) go only to readers of those sections.
    sections = models.ManyToManyField(
        "sections.SectionPage",
        blank=True,
        related_name="+",
        help_text="Sections of interest, chosen by the reader.",
    )
    # Set by the one worker that sends the welcome mail (a conditional UPDATE),
    # so a second confirmation click or a retried task sends nothing more.
    welcomed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email_key = normalise_email(self.email)
        super().save(*args, **kwargs)


class Suppression(models.Model):
    """An address that must never be mailed again (hard bounce, complaint, request).

    Kept apart from Subscriber so that deleting a subscriber, or a fresh signup,
    does not lift the suppression.
    """

    class Reason(models.TextChoices):
        BOUNCED = "bounced", "Hard bounce"
        COMPLAINED = "complained", "Spam complaint"
        MANUAL = "manual", "Suppressed by an operator"

    email_key = models.CharField(max_length=254, unique=True)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    detail = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.email_key} ({self.get_reason_display()})"
