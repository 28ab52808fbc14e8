"""Dates as feeds and exports write them: RFC 822, RFC 3339, and their near misses."""

from __future__ import annotations

import datetime
import email.utils
import re

# Zone names feeds use that RFC 822 parsing does not know.
_ZONES = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "CET": 1,
    "CEST": 2,
    "BST": 1,
    "IST": 5.5,
    "JST": 9,
    "AEST": 10,
    "AEDT": 11,
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_RFC822 = re.compile(
    r"""^(?:[A-Za-z]+,?\s+)?           # weekday, often wrong or without comma
    (?P<day>\d{1,2})[\s-]+(?P<month>[A-Za-z]+)\.?[\s-]+(?P<year>\d{2,4})
    (?:[\sT,]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?
    \s*(?P<zone>[A-Za-z]{1,5}(?:[+-]\d{1,2}:?\d{2})?|[+-]\d{2}:?\d{2}|[+-]\d{1,2})?\s*$""",
    re.VERBOSE,
)


def _zone(text: str) -> datetime.tzinfo:
    if not text:
        return datetime.UTC
    text = text.upper()
    match = re.fullmatch(r"(?:GMT|UTC|UT)?([+-])(\d{1,2}):?(\d{2})?", text)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        return datetime.timezone(datetime.timedelta(minutes=sign * minutes))
    hours = _ZONES.get(text)
    if hours is None:
        return datetime.UTC  # an unknown zone name: UTC beats losing the date
    return datetime.timezone(datetime.timedelta(hours=hours))


def parse_date(value: str | None) -> datetime.datetime | None:
    """An aware datetime from an RFC 822 or RFC 3339 date, or None.

    Tolerates what real feeds get wrong: a missing or wrong weekday, a missing
    comma or seconds, two-digit years, full month names, zone names such as
    ``EST`` or ``+05:30``, ``T`` or a space between date and time, no zone at
    all (read as UTC), and a bare date.
    """
    value = " ".join((value or "").split())
    if not value:
        return None
    iso = _parse_iso(value)
    if iso is not None:
        return iso
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None and parsed.tzinfo is not None and _zone_is_explicit(value):
        return parsed
    match = _RFC822.match(value)
    if not match:
        return None
    month = _MONTHS.get(match.group("month").lower())
    if month is None:
        return None
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return datetime.datetime(
            year,
            month,
            int(match.group("day")),
            int(match.group("hour") or 0),
            int(match.group("minute") or 0),
            int(match.group("second") or 0),
            tzinfo=_zone(match.group("zone") or ""),
        )
    except ValueError:
        return None


def _zone_is_explicit(value: str) -> bool:
    # parsedate_to_datetime reads an unknown zone name as UTC silently ("-0000"):
    # only trust it when the zone is numeric or GMT/UT/Z.
    return bool(re.search(r"(?:[+-]\d{4}|\b(?:GMT|UTC?|Z))\s*$", value))


def _parse_iso(value: str) -> datetime.datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    text = value.replace(" ", "T", 1) if len(value) > 10 else value
    text = re.sub(r"[zZ]$", "+00:00", text)
    # Fractions of any length and zones without a colon, which fromisoformat
    # (Python 3.11) accepts, and "+0000" glued to the time.
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    text = re.sub(r"\s+(?=[+-]\d{2}:\d{2}$)", "", text)
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed
