"""A safe reader for PHP's ``serialize()`` format, as found in WordPress post meta.

WordPress stores arrays in ``wp_postmeta`` serialized (``_wp_attachment_metadata``
holds an image's width, sizes and IPTC/EXIF credit). This module reads that text
as *data*: strings, integers, floats, booleans, null and arrays. Objects
(``O:``) become plain dicts of their properties, their class is never looked up;
references (``r:``/``R:``) read as ``None``; custom serialization (``C:``) is
refused. Nothing is ever evaluated. Anything malformed raises
``PHPSerializedError`` so that the caller can ignore that one meta value.
"""

from __future__ import annotations

import math

__all__ = ["PHPSerializedError", "loads"]

#: Deep enough for any real WordPress meta; stops recursion bombs.
MAX_DEPTH = 64


class PHPSerializedError(ValueError):
    """The text is not valid PHP-serialized data (or nests too deep)."""


class _Reader:
    def __init__(self, data: bytes, max_depth: int):
        self.data = data
        self.pos = 0
        self.max_depth = max_depth

    def fail(self, why):
        raise PHPSerializedError(f"{why} at byte {self.pos}")

    def expect(self, token: bytes):
        end = self.pos + len(token)
        if self.data[self.pos : end] != token:
            self.fail(f"expected {token.decode()!r}")
        self.pos = end

    def read_until(self, stop: bytes) -> bytes:
        end = self.data.find(stop, self.pos)
        if end < 0:
            self.fail(f"missing {stop.decode()!r}")
        chunk = self.data[self.pos : end]
        self.pos = end + len(stop)
        return chunk

    def read_int(self, stop: bytes) -> int:
        raw = self.read_until(stop)
        # PHP writes plain decimal integers; refuse "1_000", " 1", "0x1" and such.
        text = raw.decode("ascii", "replace")
        body = text[1:] if text[:1] in "+-" else text
        if not body.isdigit() or not body.isascii():
            self.fail(f"bad integer {text!r}")
        return int(text)

    def read_string(self) -> str:
        length = self.read_int(b":")
        if length < 0:
            self.fail("negative string length")
        self.expect(b'"')
        end = self.pos + length
        # Lengths count bytes (UTF-8), not characters: a file whose line endings or
        # charset were rewritten after export fails here, as PHP would.
        if end + 2 > len(self.data) or self.data[end : end + 2] != b'";':
            self.fail("string length does not match")
        raw = self.data[self.pos : end]
        self.pos = end + 2
        return raw.decode("utf-8", "replace")

    def read_entries(self, depth: int) -> dict:
        count = self.read_int(b":")
        if count < 0:
            self.fail("negative element count")
        self.expect(b"{")
        result = {}
        for _ in range(count):
            key = self.read_value(depth + 1)
            if not isinstance(key, (int, str)):
                self.fail("array key must be an integer or a string")
            result[key] = self.read_value(depth + 1)
        self.expect(b"}")
        return result

    def read_value(self, depth: int = 0):
        if depth > self.max_depth:
            self.fail("nested too deep")
        kind = self.data[self.pos : self.pos + 2]
        self.pos += 2
        if kind == b"N;":
            return None
        if kind == b"b:":
            value = self.read_until(b";")
            if value not in (b"0", b"1"):
                self.fail("bad boolean")
            return value == b"1"
        if kind == b"i:":
            return self.read_int(b";")
        if kind == b"d:":
            raw = self.read_until(b";").decode("ascii", "replace")
            special = {"INF": math.inf, "-INF": -math.inf, "NAN": math.nan}
            if raw in special:
                return special[raw]
            try:
                return float(raw)
            except ValueError:
                self.fail(f"bad float {raw!r}")
        if kind == b"s:":
            return self.read_string()
        if kind == b"a:":
            return self.read_entries(depth)
        if kind == b"O:":
            # An object: its class name is read and dropped, its properties kept as
            # a dict (protected/private names carry NUL bytes; strip them).
            self.read_string_unterminated()
            self.expect(b":")
            props = self.read_entries(depth)
            return {
                (k.rsplit("\0", 1)[-1] if isinstance(k, str) else k): v
                for k, v in props.items()
            }
        if kind in (b"r:", b"R:"):
            self.read_int(b";")
            return None
        self.pos -= 2
        self.fail(f"unsupported type {kind.decode('ascii', 'replace')!r}")

    def read_string_unterminated(self) -> str:
        # Class names: s-like, but followed by ':' rather than ';'.
        length = self.read_int(b":")
        self.expect(b'"')
        end = self.pos + length
        if length < 0 or self.data[end : end + 1] != b'"':
            self.fail("class name length does not match")
        name = self.data[self.pos : end].decode("utf-8", "replace")
        self.pos = end + 1
        return name


def loads(data: str | bytes, *, max_depth: int = MAX_DEPTH):
    """Decode one PHP-serialized value. Raises ``PHPSerializedError`` if malformed."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = data.strip()
    if not data:
        raise PHPSerializedError("empty value")
    reader = _Reader(data, max_depth)
    value = reader.read_value()
    if reader.pos != len(data):
        reader.fail("trailing data")
    return value
