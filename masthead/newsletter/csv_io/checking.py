"""Checking each row of an import: address, lists, consent, status.

Every problem is reported with its line number; a file with any wrong row is
not imported at all.
"""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from masthead.newsletter.models import (
    InvalidDomain,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    email_key,
)

IMPORT_STATUSES = {SubscriberStatus.ACTIVE.value, SubscriberStatus.PENDING.value}
CONSENT_MAX = Subscriber._meta.get_field("consent_method").max_length
EMAIL_MAX = Subscriber._meta.get_field("email").max_length
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


@dataclass
class RowError:
    """A problem with, or a note about, one line of the file."""

    line: int
    message: str


@dataclass
class CheckedRow:
    """One valid row, cleaned; duplicates of its address merged into it."""

    line: int
    email: str
    key: str
    lists: list
    consent: str
    consent_at: datetime.datetime | None
    status: str


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
    try:
        key = email_key(email)
    except InvalidDomain as exc:
        raise ValidationError(
            f"“{email}”: the part after the @ is not a valid internationalised "
            "domain name"
        ) from exc
    # Case folding can lengthen an address ("ß" becomes "ss"); the key must fit.
    if len(key) > EMAIL_MAX:
        raise ValidationError(
            f"the email address is longer than {EMAIL_MAX} once normalised"
        )
    return email, key


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
        cleaned["email"], cleaned["key"] = _clean_email(values.get("email") or "")
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
        CheckedRow(
            line=line,
            email=cleaned["email"],
            key=cleaned["key"],
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
