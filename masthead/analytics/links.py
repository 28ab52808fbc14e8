"""Signed newsletter links: ``/a/c/<token>`` counts a click, then redirects.

The token carries the issue, the link's position in it and the target URL,
signed with SECRET_KEY (django.core.signing): nobody can make our domain
redirect elsewhere, and no subscriber is in it.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core import signing
from django.urls import reverse

from masthead.core import public_url

SALT = "masthead.analytics.click"
MAX_URL_LENGTH = 2000


@dataclass(frozen=True)
class ClickTarget:
    issue_id: int
    position: int
    url: str


def _check_url(url):
    if not isinstance(url, str) or len(url) > MAX_URL_LENGTH:
        raise ValueError("not a URL")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError("only http(s) URLs")
    return url


def click_url(url, *, issue_id, position):
    """The absolute address (on BASE_URL) of a counted link to ``url``.

    ``url`` may be a path of ours (made absolute) or any http(s) URL.
    """
    url = _check_url(public_url.absolute(url))
    token = signing.dumps(
        {"i": int(issue_id), "p": int(position), "u": url}, salt=SALT, compress=True
    )
    return public_url.absolute(reverse("analytics_click", args=[token]))


def read_click_token(token):
    """The ClickTarget a token names; BadSignature or ValueError if forged."""
    if len(token) > 4 * MAX_URL_LENGTH:
        raise ValueError("too long")
    data = signing.loads(token, salt=SALT)
    if not isinstance(data, dict):
        raise ValueError("not a click token")
    issue_id, position = data.get("i"), data.get("p")
    if not all(
        isinstance(v, int) and not isinstance(v, bool) for v in (issue_id, position)
    ):
        raise ValueError("not a click token")
    return ClickTarget(issue_id, position, _check_url(data.get("u")))


def local_path(url):
    return urlsplit(url).path or "/"


def page_id_of(url, known_pages):
    """The id of our live page ``url`` points to, or None (another site)."""
    try:
        ours = urlsplit(public_url.base_url()).hostname
    except Exception:
        return None
    if urlsplit(url).hostname != ours:
        return None
    return known_pages.page_for_path(local_path(url))
