"""Subscriber CSV import and export for operators.

Import is all-or-nothing: every row is checked first, and if any row is wrong
nothing is written and each problem is reported with its line number. Every row
must carry the subscriber's consent. An import never resubscribes an address
that is suppressed or that unsubscribed, bounced or complained.

The parts: ``reading`` (bytes to rows), ``checking`` (each row), ``importing``
(writing them, confirmation mails) and ``export`` (cells safe for spreadsheets).
"""

from masthead.newsletter.csv_io.export import EXPORT_COLUMNS, export_row
from masthead.newsletter.csv_io.importing import (
    ImportResult,
    import_subscribers,
    max_bytes,
    send_confirmations,
)
from masthead.newsletter.csv_io.reading import FileRejected

__all__ = [
    "EXPORT_COLUMNS",
    "FileRejected",
    "ImportResult",
    "export_row",
    "import_subscribers",
    "max_bytes",
    "send_confirmations",
]
