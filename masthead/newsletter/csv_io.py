"""Subscriber CSV import and export for operators.

Import is all-or-nothing: every row is checked first, and if any row is wrong
nothing is written and each problem is reported with its line number. Every row
must carry the subscriber's consent. An import never resubscribes an address
that is suppressed or that unsubscribed, bounced or complained.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from masthead.newsletter.models import (
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
EXPORT_COLUMNS = [
    "email",
    "status",
    "lists",
    "created_at",
    "confirmed_at",
    "consent_at",
    "consent_method",
    "consent_source",
]
IMPORT_STATUSES = {SubscriberStatus.ACTIVE.value, SubscriberStatus.PENDING.value}
NOT_RESUBSCRIBED = {
    SubscriberStatus.UNSUBSCRIBED,
    SubscriberStatus.BOUNCED,
    SubscriberStatus.COMPLAINED,
}
CONSENT_MAX = Subscriber._meta.get_field("consent_method").max_length
SOURCE_MAX = Subscriber._meta.get_field("consent_source").max_length
EMAIL_MAX = Subscriber._meta.get_field("email").max_length
CHUNK = 500
# Characters that make a spreadsheet treat a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def max_bytes():
    return getattr(settings, "NEWSLETTER_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


class FileRejected(Exception):
    """The upload as a whole is not a readable subscriber CSV."""


@dataclass
class RowError:
    line: int
    message: str


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


@dataclass
class _Row:
    line: int
    email: str
    key: str
    lists: list
    consent: str
    consent_at: datetime.datetime | None
    status: str


# Reading ------------------------------------------------------------------


def decode(data):
    """Text of an uploaded CSV: UTF-8 (with or without BOM), UTF-16, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FileRejected("The file is not valid UTF-16 text.") from exc
    else:
        if b"\x00" in data:
            raise FileRejected("This is not a CSV file (it contains binary data).")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise FileRejected(
                    "The file’s text encoding is not recognised; save it as UTF-8 CSV."
                ) from exc
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise FileRejected("This is not a CSV file (it contains binary data).")
    return text


def _dialect(text):
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get)
    return delimiter if counts[delimiter] else ","


def unescape_cell(value):
    """Undo export's formula guard, so exported files import unchanged."""
    if value.startswith("'") and value[1:2] and value[1] in FORMULA_START:
        return value[1:]
    return value


def read_rows(text):
    """(header, [(line, {column: value})]) with lower-cased, trimmed column names."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    rows = []
    header = None
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if header is None:
                header = [name.strip().lower() for name in record]
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > len(header):
                rows.append((start, None))
                continue
            values = dict(zip(header, (unescape_cell(c) for c in record), strict=False))
            rows.append((start, values))
    except csv.Error as exc:
        raise FileRejected(f"Line {line}: the CSV cannot be read ({exc}).") from exc
    if header is None:
        raise FileRejected("The file is empty.")
    missing = [name for name in ("email", "consent") if name not in header]
    if missing:
        raise FileRejected(
            "The first line must name the columns; missing: " + ", ".join(missing) + "."
        )
    return header, rows


# Checking -----------------------------------------------------------------


def _clean_email(raw):
    email = raw.strip(" \t")
    if not email:
        raise ValidationError("the email address is empty")
    if _CONTROL.search(email) or any(ch.isspace() for ch in email):
        raise ValidationError("the email address contains spaces or line breaks")
    if len(email) > EMAIL_MAX:
        raise ValidationError(f"the email address is longer than {EMAIL_MAX}")
    try:
        validate_email(email)
    except ValidationError as exc:
        raise ValidationError(f"“{email}” is not a valid email address") from exc
    return email


def _clean_lists(raw, lists_by_slug, defaults):
    slugs = [s.strip().lower() for s in re.split(r"[,;]", raw or "") if s.strip()]
    if not slugs:
        if not defaults:
            raise ValidationError("no list given and no list is marked as default")
        return list(defaults)
    unknown = [s for s in slugs if s not in lists_by_slug]
    if unknown:
        raise ValidationError("unknown list " + ", ".join(f"“{s}”" for s in unknown))
    return list(dict.fromkeys(lists_by_slug[s] for s in slugs))


def _clean_consent_at(raw, now):
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        value = parse_datetime(raw)
        if value is None:
            day = parse_date(raw)
            if day is None:
                raise ValueError
            value = datetime.datetime.combine(day, datetime.time())
    except ValueError as exc:
        raise ValidationError(
            f"consent_at “{raw}” is not an ISO date (2025-03-31) or date-time"
        ) from exc
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    if value > now:
        raise ValidationError("consent_at is in the future")
    return value


def _clean_row(line, values, lists_by_slug, defaults, now):
    errors = []
    cleaned = {}
    try:
        cleaned["email"] = _clean_email(values.get("email") or "")
    except ValidationError as exc:
        errors.append(exc.messages[0])
    try:
        cleaned["lists"] = _clean_lists(values.get("lists"), lists_by_slug, defaults)
    except ValidationError as exc:
        errors.append(exc.messages[0])
    consent = " ".join((values.get("consent") or "").split())
    if not consent:
        errors.append("consent is missing: every subscriber needs a consent record")
    elif len(consent) > CONSENT_MAX:
        errors.append(f"consent is longer than {CONSENT_MAX} characters")
    try:
        cleaned["consent_at"] = _clean_consent_at(values.get("consent_at"), now)
    except ValidationError as exc:
        errors.append(exc.messages[0])
    status = (values.get("status") or "").strip().lower() or SubscriberStatus.PENDING
    if status not in IMPORT_STATUSES:
        errors.append(f"status must be “active” or “pending”, not “{status}”")
    if errors:
        return None, [RowError(line, "; ".join(errors))]
    return (
        _Row(
            line=line,
            email=cleaned["email"],
            key=normalise_email(cleaned["email"]),
            lists=cleaned["lists"],
            consent=consent,
            consent_at=cleaned["consent_at"],
            status=status,
        ),
        [],
    )


def check_rows(rows, now):
    """Clean every row; duplicates (in any spelling) merge into the first."""
    lists = list(NewsletterList.objects.all())
    by_slug = {nl.slug.lower(): nl for nl in lists}
    defaults = [nl for nl in lists if nl.is_default]
    cleaned, errors, notes = {}, [], []
    for line, values in rows:
        if values is None:
            errors.append(RowError(line, "more cells than the header has columns"))
            continue
        row, row_errors = _clean_row(line, values, by_slug, defaults, now)
        errors.extend(row_errors)
        if row is None:
            continue
        if row.key in cleaned:
            first = cleaned[row.key]
            first.lists = list(dict.fromkeys([*first.lists, *row.lists]))
            if row.status == SubscriberStatus.ACTIVE:
                first.status = SubscriberStatus.ACTIVE
            notes.append(RowError(line, f"same address as line {first.line}; merged"))
            continue
        cleaned[row.key] = row
    return list(cleaned.values()), errors, notes


# Writing ------------------------------------------------------------------


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


# Export -------------------------------------------------------------------


def guard_formula(value):
    """Make a cell that a spreadsheet would run as a formula plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def export_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    return guard_formula(str(value))


def export_row(subscriber):
    """One subscriber as export cells; expects ``lists`` prefetched."""
    values = {
        "email": subscriber.email,
        "status": subscriber.status,
        "lists": ";".join(nl.slug for nl in subscriber.lists.all()),
        "created_at": subscriber.created_at,
        "confirmed_at": subscriber.confirmed_at,
        "consent_at": subscriber.consent_at,
        "consent_method": subscriber.consent_method,
        "consent_source": subscriber.consent_source,
    }
    return {name: export_value(values[name]) for name in EXPORT_COLUMNS}
