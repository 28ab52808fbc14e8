"""Importing subscribers: all or nothing, never resubscribing anyone.

Every row is checked first (``checking.py``); if any is wrong nothing is
written. Every row must carry the subscriber's consent. An import never
resubscribes an address that is suppressed or that unsubscribed, bounced or
complained.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from masthead.newsletter.csv_io.checking import RowError, check_rows
from masthead.newsletter.csv_io.reading import FileRejected, decode, read_rows
from masthead.newsletter.models import Subscriber, SubscriberStatus, Suppression

NOT_RESUBSCRIBED = {
    SubscriberStatus.UNSUBSCRIBED,
    SubscriberStatus.BOUNCED,
    SubscriberStatus.COMPLAINED,
}
SOURCE_MAX = Subscriber._meta.get_field("consent_source").max_length
CHUNK = 500


def max_bytes():
    return settings.NEWSLETTER_IMPORT_MAX_BYTES


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)  # RowError-like notes
    errors: list = field(default_factory=list)
    # Pending subscribers the file created or touched: who may get a confirmation.
    pending_ids: list = field(default_factory=list)
    imported: bool = False
    dry_run: bool = False

    @property
    def ok(self):
        return not self.errors


def _chunks(items, size=CHUNK):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _existing(keys):
    found = {}
    for chunk in _chunks(keys):
        for subscriber in Subscriber.objects.filter(email_key__in=chunk):
            found[subscriber.email_key] = subscriber
    return found


def _suppressed(keys):
    found = set()
    for chunk in _chunks(keys):
        found.update(
            Suppression.objects.filter(email_key__in=chunk).values_list(
                "email_key", flat=True
            )
        )
    return found


def _current_lists(subscriber_ids):
    through = Subscriber.lists.through
    current = {}
    for chunk in _chunks(subscriber_ids):
        for sid, lid in through.objects.filter(subscriber_id__in=chunk).values_list(
            "subscriber_id", "newsletterlist_id"
        ):
            current.setdefault(sid, set()).add(lid)
    return current


def _apply(rows, result, source, now):
    keys = [row.key for row in rows]
    suppressed = _suppressed(keys)
    existing = _existing(keys)
    current_lists = _current_lists([s.pk for s in existing.values()])
    new, changed, links = [], [], []
    for row in rows:
        if row.key in suppressed:
            result.skipped.append(
                RowError(row.line, f"{row.email} is suppressed; not imported")
            )
            continue
        consent = {
            "consent_at": row.consent_at or now,
            "consent_method": row.consent,
            "consent_source": f"{source}, line {row.line}"[:SOURCE_MAX],
        }
        active = row.status == SubscriberStatus.ACTIVE
        subscriber = existing.get(row.key)
        if subscriber is None:
            subscriber = Subscriber(
                email=row.email,
                email_key=row.key,
                status=row.status,
                created_at=now,
                status_changed_at=now,
                confirmed_at=(row.consent_at or now) if active else None,
                **consent,
            )
            new.append((subscriber, row))
            continue
        if subscriber.status in NOT_RESUBSCRIBED:
            result.skipped.append(
                RowError(
                    row.line,
                    f"{row.email} is {subscriber.get_status_display().lower()}; "
                    "an import does not resubscribe",
                )
            )
            continue
        dirty = False
        if active and subscriber.status == SubscriberStatus.PENDING:
            subscriber.status = SubscriberStatus.ACTIVE
            subscriber.status_changed_at = now
            subscriber.confirmed_at = row.consent_at or now
            for name, value in consent.items():
                setattr(subscriber, name, value)
            dirty = True
        elif not subscriber.consent_at:
            for name, value in consent.items():
                setattr(subscriber, name, value)
            dirty = True
        if subscriber.status == SubscriberStatus.PENDING:
            result.pending_ids.append(subscriber.pk)
        have = current_lists.get(subscriber.pk, set())
        missing = [nl for nl in row.lists if nl.pk not in have]
        links.extend((subscriber, nl) for nl in missing)
        if dirty:
            changed.append(subscriber)
        if dirty or missing:
            result.updated += 1
        else:
            result.unchanged += 1

    Subscriber.objects.bulk_create([s for s, _ in new], batch_size=CHUNK)
    if new:
        # Not every database returns ids from bulk_create; look them up.
        ids = {}
        for chunk in _chunks([s.email_key for s, _ in new]):
            ids.update(
                Subscriber.objects.filter(email_key__in=chunk).values_list(
                    "email_key", "pk"
                )
            )
        for subscriber, row in new:
            subscriber.pk = ids[subscriber.email_key]
            links.extend((subscriber, nl) for nl in row.lists)
            if subscriber.status == SubscriberStatus.PENDING:
                result.pending_ids.append(subscriber.pk)
    result.created = len(new)
    Subscriber.objects.bulk_update(
        changed,
        [
            "status",
            "status_changed_at",
            "confirmed_at",
            "consent_at",
            "consent_method",
            "consent_source",
        ],
        batch_size=CHUNK,
    )
    through = Subscriber.lists.through
    through.objects.bulk_create(
        [through(subscriber_id=s.pk, newsletterlist_id=nl.pk) for s, nl in links],
        batch_size=CHUNK,
        ignore_conflicts=True,
    )


class _DryRun(Exception):
    pass


def import_subscribers(data, *, source="CSV import", now=None, dry_run=False):
    """Import subscribers from CSV bytes; returns an ImportResult.

    Raises FileRejected when the file as a whole cannot be used. When any row is
    invalid, ``result.errors`` lists them and nothing is written.
    """
    if len(data) > max_bytes():
        raise FileRejected(
            f"The file is larger than {max_bytes() // (1024 * 1024)} MB; split it."
        )
    now = now or timezone.now()
    _header, raw_rows = read_rows(decode(data))
    result = ImportResult(rows=len(raw_rows), dry_run=dry_run)
    if not raw_rows:
        raise FileRejected("The file has a header but no subscribers.")
    rows, result.errors, result.skipped = check_rows(raw_rows, now)
    if result.errors:
        return result
    try:
        with transaction.atomic():
            _apply(rows, result, source, now)
            if dry_run:
                raise _DryRun
    except _DryRun:
        return result
    result.imported = True
    return result


def send_confirmations(subscriber_ids, now=None):
    """Queue a confirmation mail for each imported pending subscriber.

    Addresses mailed in the last day are left out, so importing a file twice
    does not mail anyone twice. Returns how many mails were queued.
    """
    from masthead.newsletter.subscriptions import send_subscription_mail

    now = now or timezone.now()
    quiet = Q(confirmation_sent_at__isnull=True) | Q(
        confirmation_sent_at__lt=now - datetime.timedelta(days=1)
    )
    queued = []
    for chunk in _chunks(subscriber_ids):
        with transaction.atomic():
            due = list(
                Subscriber.objects.select_for_update()
                .filter(pk__in=chunk, status=SubscriberStatus.PENDING)
                .filter(quiet)
                .values_list("pk", flat=True)
            )
            Subscriber.objects.filter(pk__in=due).update(
                confirmation_sent_at=now, confirmations_sent=1
            )
        queued.extend(due)
    for pk in queued:
        send_subscription_mail.enqueue(pk, "confirm")
    return len(queued)
