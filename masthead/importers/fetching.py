"""The guarded fetcher: media and feeds from the open internet, nowhere else.

An import file is untrusted: every URL in it could point the server at itself,
at the office network or at the cloud's metadata service (server-side request
forgery). So a fetch:

- speaks http or https only, to a URL without credentials;
- resolves the host once and refuses if ANY answer is not a public address
  (loopback, private, link-local, shared, multicast, reserved, unspecified,
  metadata, and IPv6 forms that embed one of those); odd spellings of an
  address (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1``) are normalised
  by that resolution before the check;
- connects to the address it checked, not to the name again, so a second DNS
  answer cannot differ (DNS rebinding), with the original Host header and, for
  https, SNI and certificate checked against the host name;
- follows at most ``MAX_REDIRECTS`` redirects by hand, each checked like the first;
- gives up after ``timeout`` seconds for the whole fetch (name lookups, every
  redirect and every read included), and at ``max_bytes``.
"""

from __future__ import annotations

import dataclasses
import io
import ipaddress
import socket
import threading
import time
import warnings
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from PIL import Image

from masthead.importers.errors import FetchError, FetchRefused

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK_SIZE = 64 * 1024
USER_AGENT = "masthead-importer/1.0"

# Named even where a broader rule already covers them: these are the addresses
# an attacker aims at, and the list says so.
METADATA_ADDRESSES = {
    ipaddress.ip_address("169.254.169.254"),  # AWS, GCP, Azure, OpenStack…
    ipaddress.ip_address("fd00:ec2::254"),  # AWS over IPv6
    ipaddress.ip_address("100.100.100.200"),  # Alibaba Cloud
}
SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT
NAT64_PREFIXES = (
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
)
LOOPBACK_ALLOWED = {ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1")}

# Formats an imported photo may be in. Naming them keeps Pillow from handing
# untrusted bytes to its other decoders (EPS would run Ghostscript).
IMAGE_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "AVIF", "HEIF")


@dataclasses.dataclass(slots=True)
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str


def _embedded_ipv4(address):
    """The IPv4 address an IPv6 address carries (mapped, compatible, 6to4,
    NAT64), or None."""
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in prefix for prefix in NAT64_PREFIXES):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if int(address) >> 32 == 0 and int(address) > 1:  # ::a.b.c.d (deprecated)
        return ipaddress.IPv4Address(int(address))
    return None


def refusal_reason(address):
    """Why the fetcher will not connect to ``address`` (an ipaddress object),
    or "" when it is a public address."""
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        reason = refusal_reason(embedded)
        return f"{reason} (inside an IPv6 address)" if reason else ""
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.version == 4 and address in SHARED_ADDRESS_SPACE:
        return "a shared (carrier-grade NAT) address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private:
        return "a private address"
    if not address.is_global:
        return "not a public address"
    return ""


def _parse_address(text):
    # IPv6 answers may carry a zone ("fe80::1%eth0"): the zone is not the address.
    return ipaddress.ip_address(text.split("%", 1)[0])


def _loopback_allowed():
    # Test settings only (see IMPORT_FETCH_ALLOW_LOOPBACK in settings/base.py).
    return getattr(settings, "IMPORT_FETCH_ALLOW_LOOPBACK", False)


def _resolve(url, host, port, deadline):
    """getaddrinfo within the fetch's deadline.

    getaddrinfo has no timeout of its own: a slow resolver could hold the worker
    for as long as it likes. It runs in a thread the fetch stops waiting for.
    """
    outcome = {}

    def resolve():
        try:
            outcome["answers"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (UnicodeError, OSError) as exc:  # gaierror is an OSError
            outcome["error"] = exc

    thread = threading.Thread(target=resolve, daemon=True, name="fetch-resolve")
    thread.start()
    thread.join(_remaining(url, deadline))
    if thread.is_alive():
        raise FetchError(url, f"timed out resolving {host}")
    if "error" in outcome:
        raise FetchError(url, f"cannot resolve {host}: {outcome['error']}")
    return outcome["answers"]


def _checked_addresses(url, host, port, deadline):
    """Resolve ``host`` and return its addresses, all of them checked."""
    answers = _resolve(url, host, port, deadline)
    allow_loopback = _loopback_allowed()
    addresses = []
    for _family, _type, _proto, _canonname, sockaddr in answers:
        address = _parse_address(sockaddr[0])
        if allow_loopback and address in LOOPBACK_ALLOWED:
            pass
        elif reason := refusal_reason(address):
            what = host if host == str(address) else f"{host} resolves to {address},"
            raise FetchRefused(url, f"{what} {reason}")
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(url, f"cannot resolve {host}")
    return addresses


def _check_url(url):
    """(scheme, host, port, host header, path) of a URL the fetcher may request."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(url, f"not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchRefused(url, f"only http and https URLs are fetched, not {scheme!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchRefused(url, "URLs with a user name or password are not fetched")
    host = parts.hostname
    if not host:
        raise FetchRefused(url, "the URL has no host")
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise FetchRefused(url, f"not a valid host name ({exc})") from exc
    default_port = 443 if scheme == "https" else 80
    port = port or default_port
    host_header = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    if port != default_port:
        host_header += f":{port}"
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    return scheme, ascii_host, port, host_header, path


def _remaining(url, deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(url, "timed out")
    return left


def _pool(scheme, address, port, host, timeout):
    # The pool connects to the checked address itself: urllib3 never resolves
    # the name again. For https, SNI and the certificate check use the name.
    common = {
        "host": str(address),
        "port": port,
        "maxsize": 1,
        "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        "retries": False,
    }
    if scheme == "https":
        return urllib3.HTTPSConnectionPool(
            **common,
            server_hostname=host,
            assert_hostname=host,
            cert_reqs="CERT_REQUIRED",
        )
    return urllib3.HTTPConnectionPool(**common)


def _request(url, scheme, addresses, port, host, host_header, path, deadline):
    """The response from the first checked address that answers."""
    last_error = None
    for address in addresses:
        pool = _pool(scheme, address, port, host, _remaining(url, deadline))
        try:
            response = pool.urlopen(
                "GET",
                path,
                headers={
                    "Host": host_header,
                    "User-Agent": USER_AGENT,
                    "Accept": "*/*",
                    "Accept-Encoding": "identity",
                },
                redirect=False,
                retries=False,
                preload_content=False,
                decode_content=True,
                assert_same_host=False,
            )
        except urllib3.exceptions.NewConnectionError as exc:
            pool.close()
            last_error = exc
            continue  # the next address of the same, checked, answer
        except urllib3.exceptions.TimeoutError as exc:
            pool.close()
            raise FetchError(url, "timed out") from exc
        except urllib3.exceptions.SSLError as exc:
            pool.close()
            raise FetchError(url, f"TLS failed: {exc}") from exc
        except urllib3.exceptions.HTTPError as exc:
            pool.close()
            raise FetchError(url, f"request failed: {exc}") from exc
        return pool, response
    raise FetchError(url, f"cannot connect: {last_error}")


def _read_body(url, response, max_bytes, deadline):
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(url, f"larger than the limit of {max_bytes} bytes")
    body = bytearray()
    while True:
        left = _remaining(url, deadline)
        sock = getattr(response.connection, "sock", None)
        if sock is not None:
            # One read may take only what is left of the whole fetch's time: a
            # server dripping a byte at a time cannot stretch it.
            sock.settimeout(left)
        try:
            chunk = response.read1(CHUNK_SIZE)
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise FetchError(url, "timed out") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchError(url, f"reading failed: {exc}") from exc
        if not chunk:
            break
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(url, f"larger than the limit of {max_bytes} bytes")
    _remaining(url, deadline)
    return bytes(body)


def fetch(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    """GET ``url`` over http(s) to a public address, following at most a few
    redirects, each checked like the first. Raises ``FetchRefused`` or
    ``FetchError``."""
    deadline = time.monotonic() + timeout
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, host_header, path = _check_url(current)
        addresses = _checked_addresses(current, host, port, deadline)
        pool, response = _request(
            current, scheme, addresses, port, host, host_header, path, deadline
        )
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(
                        current, f"HTTP {response.status} without a Location"
                    )
                current = urljoin(current, location.strip())
                continue
            if not 200 <= response.status < 300:
                raise FetchError(current, f"HTTP {response.status}")
            content = _read_body(current, response, max_bytes, deadline)
            content_type = response.headers.get("Content-Type", "")
            return Fetched(url=current, content=content, content_type=content_type)
        finally:
            response.release_conn()
            pool.close()
    raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")


def _image_formats():
    Image.init()
    return [name for name in IMAGE_FORMATS if name in Image.OPEN]


def fetch_image(url: str) -> Fetched:
    """``fetch`` within the image limits (IMPORT_MEDIA_MAX_BYTES, …), then decoded
    with Pillow: not an image, or more pixels than the limit, is ``FetchError``."""
    fetched = fetch(
        url,
        max_bytes=settings.IMPORT_MEDIA_MAX_BYTES,
        timeout=settings.IMPORT_MEDIA_TIMEOUT,
    )
    max_pixels = settings.IMPORT_MEDIA_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # Our own pixel limit decides; Pillow's warning would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(
                io.BytesIO(fetched.content), formats=_image_formats()
            ) as im:
                # The header gives the size: refuse a pixel bomb before decoding.
                width, height = im.size
                if width * height > max_pixels:
                    raise FetchError(
                        fetched.url,
                        f"{width}×{height} pixels is more than the limit of "
                        f"{max_pixels}",
                    )
                im.load()
                image_format = im.format
    except Image.DecompressionBombError as exc:
        raise FetchError(fetched.url, f"too many pixels: {exc}") from exc
    except FetchError:
        raise
    except Exception as exc:  # noqa: BLE001 — Pillow raises many kinds on bad bytes
        raise FetchError(fetched.url, "not an image") from exc
    content_type = Image.MIME.get(image_format, fetched.content_type)
    return Fetched(url=fetched.url, content=fetched.content, content_type=content_type)
