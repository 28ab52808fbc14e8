"""Where a view came from: search, social, newsletter, direct, our own pages or
another site (its host name, cleaned and capped)."""

import re
from urllib.parse import parse_qs, urlsplit

from masthead.analytics.models import Source

MAX_HOST_LENGTH = 100
HOST_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$")
# Path of our signed newsletter links (views.click): a page reached through one
# was opened from the newsletter.
CLICK_PATH_PREFIX = "/a/c/"

SEARCH_HOSTS = (
    "google.",
    "bing.com",
    "duckduckgo.com",
    "search.yahoo.",
    "yandex.",
    "baidu.com",
    "ecosia.org",
    "startpage.com",
    "search.brave.com",
    "qwant.com",
    "kagi.com",
    "naver.com",
)
SOCIAL_HOSTS = (
    "facebook.com",
    "t.co",
    "twitter.com",
    "x.com",
    "linkedin.com",
    "lnkd.in",
    "reddit.com",
    "bsky.app",
    "threads.net",
    "instagram.com",
    "mastodon.social",
    "news.ycombinator.com",
    "youtube.com",
    "whatsapp.com",
    "t.me",
    "telegram.org",
)
# Web mail: a reader who followed a link in the newsletter.
MAIL_HOSTS = (
    "mail.google.com",
    "outlook.live.com",
    "outlook.office.com",
    "mail.yahoo.com",
    "mail.proton.me",
)
NEWSLETTER_TAGS = {"newsletter", "email", "e-mail", "mail"}


def clean_host(host):
    """A lower-case host name without ``www.``, or "" when it is not a
    plausible public one (addresses, junk, over-long names)."""
    host = (host or "").strip().lower().rstrip(".")
    host = host.removeprefix("www.")
    if len(host) > MAX_HOST_LENGTH or not HOST_PATTERN.match(host):
        return ""
    return host


def _matches(host, patterns):
    for pattern in patterns:
        if pattern.endswith("."):
            if host.startswith(pattern) or f".{pattern}" in f".{host}":
                return True
        elif host == pattern or host.endswith("." + pattern):
            return True
    return False


def _tagged_newsletter(query):
    if not query:
        return False
    params = parse_qs(query, max_num_fields=20)
    values = {
        value.lower()
        for name in ("ref", "utm_source", "utm_medium")
        for value in params.get(name, ())
    }
    return bool(values & NEWSLETTER_TAGS)


def classify(page_query, referrer, own_hosts):
    """(source, referrer host) of a view.

    ``page_query`` is the query string of the page's own address (our mail's
    links carry ``ref=newsletter`` or UTM tags), ``referrer`` the page's
    ``document.referrer`` (None when not known: the no-JavaScript fallback),
    ``own_hosts`` the host names of this site.
    """
    if _tagged_newsletter(page_query):
        return Source.NEWSLETTER, ""
    if referrer is None:
        return Source.UNKNOWN, ""
    if not referrer:
        return Source.DIRECT, ""
    try:
        parts = urlsplit(referrer)
        raw_host = parts.hostname or ""
    except ValueError:
        return Source.OTHER, ""
    if parts.scheme not in {"http", "https"}:
        return Source.OTHER, ""
    if raw_host.lower() in own_hosts:
        if parts.path.startswith(CLICK_PATH_PREFIX):
            return Source.NEWSLETTER, ""
        return Source.INTERNAL, ""
    host = clean_host(raw_host)
    if not host:
        return Source.OTHER, ""
    if _matches(host, MAIL_HOSTS):
        return Source.NEWSLETTER, host
    if _matches(host, SEARCH_HOSTS):
        return Source.SEARCH, host
    if _matches(host, SOCIAL_HOSTS):
        return Source.SOCIAL, host
    return Source.OTHER, host
