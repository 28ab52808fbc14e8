"""The beacon: validate cheaply, count or refuse, answer at once.

``handle(environ, read_body)`` serves both ``POST /a/v`` (the script's
``navigator.sendBeacon``) and ``GET /a/v.gif?id=<page>`` (the ``<noscript>``
image). masthead/wsgi.py calls it before Django (``BeaconApplication``); the
URLconf's views call it for any other server and the test client. Either way no
session, no cookie, no template and no database query on the way (the page map
and the day's salt are in memory; events are buffered: recording.py).

Answers: 204 (counted, or dropped as a bot), 400 malformed, 403 from another
site, 404 not a live page of ours, 405 wrong method, 411/413 missing or
oversized body, 429 too many from one address. Every refusal is counted by
reason. The GIF answers 200 with a transparent pixel when it counts.
"""

import functools
import ipaddress
import json
import re
import threading
import time
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.utils import timezone

from masthead.analytics import salts, sources
from masthead.analytics.models import Event
from masthead.analytics.pages import known_pages
from masthead.analytics.recording import recorder
from masthead.core.client_address import ip_bucket

VIEW_PATH = "/a/v"
GIF_PATH = "/a/v.gif"
MAX_BODY_BYTES = 2048
MAX_PATH_LENGTH = 512
MAX_REFERRER_LENGTH = 1024
# Crawlers, monitors, link previews and scripted clients. Beacons also need
# JavaScript, so most crawlers never send one; the GIF fallback relies on this.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|"
    r"headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pingdom|"
    r"uptime|monitor|curl|wget|python|httpx|aiohttp|java/|go-http|okhttp|"
    r"node-fetch|axios|scrapy|feedfetcher|mediapartners",
    re.IGNORECASE,
)
TRANSPARENT_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01"
    b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
NO_STORE = [("Cache-Control", "no-store"), ("X-Robots-Tag", "noindex")]
STATUS_TEXT = {
    200: "200 OK",
    204: "204 No Content",
    400: "400 Bad Request",
    403: "403 Forbidden",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    411: "411 Length Required",
    413: "413 Content Too Large",
    429: "429 Too Many Requests",
    503: "503 Service Unavailable",
}


class FloodGuard:
    """Beacons per address bucket in the current minute, in this process.

    In memory, not in the shared rate-limit store: one store round trip per
    beacon would cost more than the beacon. With N web processes an address
    gets up to N times the limit, which is still a bound.
    """

    def __init__(self):
        self._minute = None
        self._counts = {}
        self._lock = threading.Lock()

    def allow(self, bucket, limit):
        minute = int(time.time() // 60)
        with self._lock:
            if minute != self._minute:
                self._minute, self._counts = minute, {}
            count = self._counts.get(bucket, 0) + 1
            self._counts[bucket] = count
        return count <= limit

    def reset(self):
        with self._lock:
            self._minute, self._counts = None, {}


flood_guard = FloodGuard()


class Refused(Exception):
    def __init__(self, status, reason):
        super().__init__(reason)
        self.status, self.reason = status, reason


def _answer(status, gif=False, extra=()):
    if gif and status in (200, 204):
        headers = [("Content-Type", "image/gif"), *NO_STORE]
        return (
            STATUS_TEXT[200],
            headers + [("Content-Length", str(len(TRANSPARENT_GIF)))],
            TRANSPARENT_GIF,
        )
    body = b"" if status == 204 else STATUS_TEXT[status][4:].encode()
    headers = [*NO_STORE, *extra]
    if body:
        headers.append(("Content-Type", "text/plain; charset=utf-8"))
    headers.append(("Content-Length", str(len(body))))
    return STATUS_TEXT[status], headers, body


def handle(environ, read_body):
    """(status line, headers, body) for a beacon request.

    ``read_body(n)`` returns up to ``n`` bytes of the request body.
    """
    gif = environ.get("PATH_INFO") == GIF_PATH
    try:
        _count(environ, read_body, gif)
    except Refused as refused:
        recorder.reject(refused.reason)
        extra = [("Allow", "GET" if gif else "POST")] if refused.status == 405 else ()
        return _answer(refused.status, gif=False, extra=extra)
    return _answer(204, gif=gif)


def _user_agent(environ):
    agent = environ.get("HTTP_USER_AGENT", "")
    if not agent or len(agent) > 512 or _is_bot(agent):
        return None
    return agent


@functools.lru_cache(maxsize=4096)
def _is_bot(agent):
    # Readers' browsers send a few hundred distinct user agents: a cache hit
    # instead of a regex search per beacon.
    return BOT_PATTERN.search(agent) is not None


@functools.lru_cache(maxsize=8)
def _trusted_networks(proxies):
    return tuple(ipaddress.ip_network(net, strict=False) for net in proxies)


def _parse_ip(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def client_address(environ):
    """The client's address as core.client_address.client_ip reads it (the
    nearest untrusted X-Forwarded-For hop), with the trusted networks parsed
    once rather than per request."""
    current = _parse_ip(environ.get("REMOTE_ADDR", ""))
    if current is None:
        return ""
    trusted = _trusted_networks(tuple(settings.NEWSLETTER_TRUSTED_PROXIES))
    hops = [
        hop for hop in environ.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()
    ]
    while hops and any(current in net for net in trusted):
        previous = _parse_ip(hops.pop())
        if previous is None:
            break
        current = previous
    return str(current)


_today = [None, None]  # [minute, date]


def today():
    """``timezone.localdate()``, computed once a minute (zoneinfo is slow)."""
    minute = int(time.time() // 60)
    if _today[0] != minute:
        _today[1], _today[0] = timezone.localdate(), minute
    return _today[1]


def _host(environ):
    host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
    return host.rsplit(":", 1)[0].lower() if not host.endswith("]") else host


def _count(environ, read_body, gif):
    method = environ.get("REQUEST_METHOD", "")
    if gif:
        if method not in ("GET", "HEAD"):
            raise Refused(405, "method")
        page_id, path, page_query, referrer = _read_gif(environ)
    else:
        if method != "POST":
            raise Refused(405, "method")
        origin = environ.get("HTTP_ORIGIN")
        if origin:
            origin_host = (urlsplit(origin).hostname or "").lower()
            if origin_host != _host(environ) and origin_host not in known_pages.hosts():
                raise Refused(403, "cross_origin")
        page_id, path, page_query, referrer = _read_post(environ, read_body)

    agent = _user_agent(environ)
    if agent is None:
        raise Refused(204, "bot")  # answered like a count: nothing to learn
    ip = client_address(environ)
    bucket = ip_bucket(ip) if ":" in ip else ip
    if not flood_guard.allow(bucket, settings.ANALYTICS_BEACONS_PER_MINUTE):
        raise Refused(429, "flood")

    known = known_pages.get(page_id)
    if known is None:
        raise Refused(404, "unknown_page")
    site_id, page_path = known
    if path is not None and not (
        path == page_path or (path.startswith(page_path) and page_path.endswith("/"))
    ):
        raise Refused(404, "unknown_page")

    source, host = sources.classify(
        page_query, referrer, {_host(environ), *known_pages.hosts()}
    )
    visitor = None
    if environ.get("HTTP_SEC_GPC") != "1" and environ.get("HTTP_DNT") != "1":
        visitor = salts.visitor_hash(today(), ip, agent, site_id)
    recorder.add(
        Event.Kind.VIEW, page_id, page_path, visitor=visitor, source=source, host=host
    )


def _page_id(value):
    if isinstance(value, bool):
        raise Refused(400, "malformed")
    if isinstance(value, str) and value.isdigit() and len(value) < 10:
        value = int(value)
    if not isinstance(value, int) or not 0 < value < 2**31:
        raise Refused(400, "malformed")
    return value


def _read_post(environ, read_body):
    length = environ.get("CONTENT_LENGTH") or ""
    if not length.isdigit():
        raise Refused(411, "malformed")
    if int(length) > MAX_BODY_BYTES:
        raise Refused(413, "oversized")
    body = read_body(int(length))
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise Refused(400, "malformed") from None
    if not isinstance(data, dict):
        raise Refused(400, "malformed")
    path, referrer = data.get("p"), data.get("r", "")
    if (
        not isinstance(path, str)
        or not path.startswith("/")
        or len(path) > MAX_PATH_LENGTH
        or not isinstance(referrer, str)
        or len(referrer) > MAX_REFERRER_LENGTH
    ):
        raise Refused(400, "malformed")
    page_id = _page_id(data.get("id"))
    path, _, query = path.partition("?")
    return page_id, path.split("#", 1)[0], query, referrer


def _read_gif(environ):
    query = environ.get("QUERY_STRING", "")
    if len(query) > MAX_PATH_LENGTH:
        raise Refused(400, "malformed")
    values = parse_qs(query, max_num_fields=5).get("id")
    if not values:
        raise Refused(400, "malformed")
    page_id = _page_id(values[0])
    # The image's Referer is the page itself (same origin): its query says
    # whether the reader came from the newsletter; where from otherwise, no
    # script is there to tell.
    page_query = ""
    page_referer = environ.get("HTTP_REFERER", "")
    if page_referer and len(page_referer) <= MAX_REFERRER_LENGTH:
        try:
            page_query = urlsplit(page_referer).query
        except ValueError:
            page_query = ""
    return page_id, None, page_query, None
