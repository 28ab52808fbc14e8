"""The guarded fetcher: media and feeds from the open internet, nowhere else.

To be implemented (see the interface below).
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(slots=True)
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str


def fetch(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    """GET ``url`` over http(s) to a public address, following at most a few
    redirects, each checked like the first. Raises ``FetchRefused`` or
    ``FetchError``."""
    raise NotImplementedError


def fetch_image(url: str) -> Fetched:
    """``fetch`` within the image limits (IMPORT_MEDIA_MAX_BYTES, …), then decoded
    with Pillow: not an image, or more pixels than the limit, is ``FetchError``."""
    raise NotImplementedError
