"""The guarded fetcher, against a real HTTP server on loopback.

Refusals happen before any connection (``no_connections`` proves it), so the
tests that use other addresses send nothing anywhere: every byte these tests
send goes to 127.0.0.1.
"""

import datetime
import io
import socket
import ssl
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image, ImageFile

from masthead.importers import fetching
from masthead.importers.errors import FetchError, FetchRefused
from masthead.importers.fetching import fetch, fetch_image

LIMIT = 1024 * 1024


def image_bytes(fmt, size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(buffer, fmt)
    return buffer.getvalue()


def png_header(width, height):
    """A PNG that claims ``width``×``height`` pixels in a few dozen bytes."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


JPEG = image_bytes("JPEG")
PNG = image_bytes("PNG")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen_hosts = []

    def log_message(self, *args):
        pass

    def send_body(self, body, content_type="application/octet-stream", status=200):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location, status=302):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: C901, N802 — one small route table
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        Handler.seen_hosts.append(self.headers.get("Host"))
        if url.path == "/photo.jpg":
            self.send_body(JPEG, "image/jpeg")
        elif url.path == "/photo.png":
            self.send_body(PNG, "image/png")
        elif url.path == "/fake.jpg":
            self.send_body(b"I am a text file wearing a .jpg name.\n", "image/jpeg")
        elif url.path == "/bomb.png":
            self.send_body(png_header(10_000, 6_000), "image/png")
        elif url.path == "/huge-bomb.png":
            self.send_body(png_header(100_000, 100_000), "image/png")
        elif url.path == "/feed.xml":
            self.send_body(b"<rss><channel/></rss>", "application/rss+xml")
        elif url.path == "/host":
            self.send_body(self.headers.get("Host", "").encode(), "text/plain")
        elif url.path == "/declared-big":
            self.send_response(200)
            self.send_header("Content-Length", str(LIMIT + 1))
            self.end_headers()
            self.wfile.write(b"x" * 1024)  # the fetcher gives up before reading on
        elif url.path == "/streamed-big":
            # No Content-Length: only counting while reading can stop it.
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"x" * 64 * 1024)
            except OSError:
                pass
            self.close_connection = True
        elif url.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            try:
                for _ in range(100):  # bounded: 100 bytes in 10 s at most
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif url.path == "/missing":
            self.send_body(b"not here", "text/plain", status=404)
        elif url.path == "/redirect":
            self.redirect(query["to"][0], int(query.get("status", ["302"])[0]))
        elif url.path.startswith("/chain/"):
            hops = int(url.path.rsplit("/", 1)[1])
            if hops:
                self.redirect(f"/chain/{hops - 1}")  # relative, as servers do
            else:
                self.send_body(b"arrived", "text/plain")
        else:
            self.send_body(b"?", "text/plain", status=404)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the fetcher hanging up on a body over the cap is the point


@pytest.fixture(scope="module")
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def no_loopback(settings):
    settings.IMPORT_FETCH_ALLOW_LOOPBACK = False


@pytest.fixture
def no_connections():
    """Fails the test if the fetcher tries to connect anywhere."""
    with mock.patch.object(
        fetching, "_request", side_effect=AssertionError("the fetcher connected")
    ) as request:
        yield request


@pytest.fixture
def fake_dns():
    """Patch getaddrinfo: names in ``answers`` resolve to the listed addresses
    (one list per call, the last one repeating); other names as usual."""
    real = socket.getaddrinfo
    answers, calls = {}, []

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            calls.append(host)
            sequence = answers[host]
            addresses = sequence[min(len(calls_for(host)) - 1, len(sequence) - 1)]
            return [
                (
                    socket.AF_INET6 if ":" in a else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (a, port, 0, 0) if ":" in a else (a, port),
                )
                for a in addresses
            ]
        return real(host, port, *args, **kwargs)

    def calls_for(host):
        return [c for c in calls if c == host]

    with mock.patch("socket.getaddrinfo", getaddrinfo):
        yield answers, calls_for


# Fetching what is there ------------------------------------------------------


def test_fetches_a_body_with_its_content_type(server):
    fetched = fetch(f"{server}/feed.xml", max_bytes=LIMIT, timeout=5)
    assert fetched.content == b"<rss><channel/></rss>"
    assert fetched.content_type == "application/rss+xml"
    assert fetched.url == f"{server}/feed.xml"


@pytest.mark.parametrize(
    ("path", "content_type"), [("photo.jpg", "image/jpeg"), ("photo.png", "image/png")]
)
def test_fetch_image_decodes_real_images(server, path, content_type):
    fetched = fetch_image(f"{server}/{path}")
    assert fetched.content_type == content_type
    assert Image.open(io.BytesIO(fetched.content)).size == (40, 30)


def test_a_text_file_named_jpg_is_not_an_image(server):
    with pytest.raises(FetchError, match="not an image"):
        fetch_image(f"{server}/fake.jpg")


def test_a_pixel_bomb_is_refused_from_its_header_before_decoding(server):
    # 60 megapixels claimed in a few dozen bytes: over the 50 MP limit.
    with (
        mock.patch.object(ImageFile.ImageFile, "load") as load,
        pytest.raises(FetchError, match="10000×6000 pixels is more than"),
    ):
        fetch_image(f"{server}/bomb.png")
    load.assert_not_called()


def test_a_pixel_bomb_beyond_pillows_own_limit_is_a_fetch_error(server):
    with pytest.raises(FetchError):
        fetch_image(f"{server}/huge-bomb.png")


def test_the_pixel_limit_is_a_setting(server, settings):
    settings.IMPORT_MEDIA_MAX_PIXELS = 40 * 30 - 1
    with pytest.raises(FetchError, match="more than the limit of 1199"):
        fetch_image(f"{server}/photo.png")


def test_fetch_image_uses_the_media_size_limit(server, settings):
    settings.IMPORT_MEDIA_MAX_BYTES = len(JPEG) - 1
    with pytest.raises(FetchError, match="larger than the limit"):
        fetch_image(f"{server}/photo.jpg")


def test_a_declared_length_over_the_cap_is_refused_up_front(server):
    with pytest.raises(FetchError, match=f"limit of {LIMIT} bytes"):
        fetch(f"{server}/declared-big", max_bytes=LIMIT, timeout=5)


def test_a_streamed_body_is_cut_at_the_cap(server):
    with pytest.raises(FetchError, match=f"limit of {LIMIT} bytes"):
        fetch(f"{server}/streamed-big", max_bytes=LIMIT, timeout=5)


def test_the_timeout_is_for_the_whole_fetch_not_each_read(server):
    # A byte every 0.1 s never trips a per-read timeout; the deadline stops it.
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{server}/drip", max_bytes=LIMIT, timeout=1)
    assert time.monotonic() - started < 1.5


def test_a_slow_name_lookup_counts_against_the_deadline(fake_dns, no_connections):
    answers, _ = fake_dns
    real_getaddrinfo = socket.getaddrinfo

    def slow(host, *args, **kwargs):
        if host == "slow-dns.example":
            time.sleep(2)
        return real_getaddrinfo(host, *args, **kwargs)

    answers["slow-dns.example"] = [["127.0.0.1"]]
    started = time.monotonic()
    with (
        mock.patch("socket.getaddrinfo", slow),
        pytest.raises(FetchError, match="timed out resolving slow-dns.example"),
    ):
        fetch("http://slow-dns.example/", max_bytes=LIMIT, timeout=0.5)
    assert time.monotonic() - started < 1


def test_an_error_status_is_a_fetch_error_with_the_status(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", max_bytes=LIMIT, timeout=5)


def test_follows_five_redirects(server):
    fetched = fetch(f"{server}/chain/5", max_bytes=LIMIT, timeout=5)
    assert fetched.content == b"arrived"
    assert fetched.url == f"{server}/chain/0"


def test_refuses_a_sixth_redirect(server):
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{server}/chain/6", max_bytes=LIMIT, timeout=5)


def test_sends_the_original_host_header(server, fake_dns):
    answers, _ = fake_dns
    answers["photos.example"] = [["127.0.0.1"]]
    port = urlsplit(server).port
    fetched = fetch(f"http://photos.example:{port}/host", max_bytes=LIMIT, timeout=5)
    assert fetched.content == f"photos.example:{port}".encode()


# Redirects are checked like the first URL ---------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_FLUSHALL",
    ],
)
def test_a_redirect_to_a_forbidden_place_is_refused(server, target):
    # The allowance (127.0.0.1 and ::1 only) lets the fetcher reach the test
    # server; it covers none of these.
    with pytest.raises(FetchRefused):
        fetch(f"{server}/redirect?to={target}", max_bytes=LIMIT, timeout=5)


def test_a_redirect_to_loopback_is_refused(server):
    # The test server needs the loopback allowance for the first hop only: the
    # redirect's own check runs without it, as it would in production.
    with (
        mock.patch.object(fetching, "_loopback_allowed", side_effect=[True, False]),
        pytest.raises(FetchRefused, match="loopback"),
    ):
        fetch(f"{server}/redirect?to=http://127.0.0.1/", max_bytes=LIMIT, timeout=5)


# Refused before connecting ----------------------------------------------------------

FORBIDDEN_URLS = [
    "http://127.0.0.1/",
    "http://127.0.0.2:8080/",
    "http://localhost/",
    "http://2130706433/",  # decimal
    "http://0177.0.0.1/",  # octal
    "http://0x7f.1/",  # hex, short
    "http://127.1/",  # short
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",  # IPv4-mapped
    "http://[::ffff:a9fe:a9fe]/",  # mapped metadata
    "http://[::127.0.0.1]/",  # IPv4-compatible
    "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
    "http://[2002:a9fe:a9fe::]/",  # 6to4 of the metadata address
    "http://[64:ff9b::a00:1]/",  # NAT64 of 10.0.0.1
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://169.254.1.1/",
    "http://[fe80::1]/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://[ff02::1]/",
    "http://240.0.0.1/",  # reserved
    "http://255.255.255.255/",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/",
    "http://100.100.100.200/",
    "https://127.0.0.1/",
]


@pytest.mark.parametrize("url", FORBIDDEN_URLS)
def test_forbidden_addresses_are_refused(url, no_loopback, no_connections):
    with pytest.raises(FetchRefused):
        fetch(url, max_bytes=LIMIT, timeout=5)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.2/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://169.254.169.254/",
        "http://10.0.0.1/",
    ],
)
def test_the_test_allowance_covers_127_0_0_1_and_1_only(url, no_connections):
    with pytest.raises(FetchRefused):
        fetch(url, max_bytes=LIMIT, timeout=5)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/photo.jpg",
        "gopher://example.com/",
        "data:image/png;base64,iVBORw0KGgo=",
        "javascript:alert(1)",
        "http://user:secret@example.com/photo.jpg",
        "http:///photo.jpg",
        "http://example.com:99999/",
        "photo.jpg",
    ],
)
def test_other_schemes_credentials_and_broken_urls_are_refused(url, no_connections):
    with pytest.raises(FetchRefused):
        fetch(url, max_bytes=LIMIT, timeout=5)


def test_a_public_name_resolving_to_a_private_address_is_refused(
    fake_dns, no_loopback, no_connections
):
    answers, _ = fake_dns
    answers["news.example"] = [["10.1.2.3"]]
    with pytest.raises(FetchRefused, match="news.example resolves to 10.1.2.3"):
        fetch("https://news.example/photo.jpg", max_bytes=LIMIT, timeout=5)


def test_one_private_answer_among_public_ones_is_enough_to_refuse(
    fake_dns, no_loopback, no_connections
):
    answers, _ = fake_dns
    answers["mixed.example"] = [["93.184.216.34", "2606:2800:220:1::1", "fe80::1"]]
    with pytest.raises(FetchRefused, match="link-local"):
        fetch("http://mixed.example/", max_bytes=LIMIT, timeout=5)


def test_connects_to_the_address_it_checked_not_a_second_answer(server, fake_dns):
    # DNS rebinding: the first answer passes the check, a second would not.
    # The fetcher resolves once and connects to what it checked.
    answers, calls_for = fake_dns
    answers["rebind.example"] = [["127.0.0.1"], ["169.254.169.254"]]
    port = urlsplit(server).port
    fetched = fetch(f"http://rebind.example:{port}/host", max_bytes=LIMIT, timeout=5)
    assert fetched.content == f"rebind.example:{port}".encode()
    assert calls_for("rebind.example") == ["rebind.example"]


def test_the_loopback_allowance_is_off_outside_tests():
    from masthead.settings import base

    assert base.IMPORT_FETCH_ALLOW_LOOPBACK is False


# https: SNI and the certificate are checked against the name, not the address ---


@pytest.fixture
def tls_server(tmp_path):
    """A TLS server on loopback with a self-signed certificate for
    media.example; it records the SNI name each client sends."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "media.example")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("media.example")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server_names = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    context.sni_callback = lambda sock, server_name, ctx: server_names.append(
        server_name
    )
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def serve_once():
        try:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.recv(1024)
        except (OSError, ssl.SSLError):
            pass  # the client refuses the self-signed certificate: expected

    thread = threading.Thread(target=serve_once, daemon=True)
    thread.start()
    yield listener.getsockname()[1], server_names
    thread.join(5)
    listener.close()


def test_https_sends_the_host_name_as_sni_and_checks_the_certificate(
    tls_server, fake_dns
):
    port, server_names = tls_server
    answers, _ = fake_dns
    answers["media.example"] = [["127.0.0.1"]]
    # Self-signed: a verifying client must refuse it (an unverified one would
    # have fetched it).
    with pytest.raises(FetchError, match="TLS failed"):
        fetch(f"https://media.example:{port}/photo.jpg", max_bytes=LIMIT, timeout=5)
    assert server_names == ["media.example"]
