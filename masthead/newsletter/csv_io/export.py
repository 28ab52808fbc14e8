"""Exporting subscribers as CSV cells, safe to open in a spreadsheet."""

import datetime

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
# Characters that make a spreadsheet treat a cell as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
