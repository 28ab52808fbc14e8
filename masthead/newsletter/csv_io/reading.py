"""Reading an uploaded CSV: its text encoding, delimiter, header and rows."""

import csv
import io

from masthead.newsletter.csv_io.export import FORMULA_START


class FileRejected(Exception):
    """The upload as a whole is not a readable subscriber CSV."""


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
