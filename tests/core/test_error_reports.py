"""An error in a view under production settings: a JSON log line with the
request's id, method, path and status, and an event delivered to Sentry.

The process runs ``masthead.settings.production`` as deployed (a subprocess:
settings, logging and sentry-sdk are set up once per process), with SENTRY_DSN
pointing at a stand-in Sentry on loopback that records what the real sentry-sdk
transport sends it over HTTP.
"""

import gzip
import json
import os
import secrets
import subprocess
import sys
import threading
import uuid
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REQUEST = """
import json
import django
django.setup()
import sentry_sdk
from django.test import Client, override_settings

with override_settings(ROOT_URLCONF="tests.core.error_urls"):
    response = Client(raise_request_exception=False).get(
        "/explode/", **{{"HTTP_X_REQUEST_ID": {request_id!r}}}
    )
sentry_sdk.flush(timeout=10)
print(json.dumps({{"status": response.status_code,
                  "request_id": response.get("X-Request-ID")}}))
"""


class StandInSentry(ThreadingHTTPServer):
    """Accepts envelopes at /api/<project>/envelope/ and keeps their items."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _EnvelopeHandler)
        self.envelopes = []

    def events(self):
        """The payloads of the "event" items received."""
        found = []
        for envelope in self.envelopes:
            lines = envelope.split(b"\n")
            # header, then (item header, payload) pairs
            for header, payload in zip(lines[1::2], lines[2::2], strict=False):
                if json.loads(header).get("type") == "event":
                    found.append(json.loads(payload))
        return found


class _EnvelopeHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        encoding = self.headers.get("Content-Encoding", "")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
        if self.path.endswith("/envelope/"):
            self.server.envelopes.append(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"id": uuid.uuid4().hex}).encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def sentry():
    server = StandInSentry()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def run_production_request(tmp_path, request_id, **environ):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "LOG_FORMAT", "SENTRY_DSN"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver",
        MASTHEAD_VAR_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
        **environ,
    )
    done = subprocess.run(
        [sys.executable, "-c", REQUEST.format(request_id=request_id)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def test_an_error_is_logged_as_a_json_line_and_sent_to_sentry(tmp_path, sentry):
    port = sentry.server_address[1]
    request_id = uuid.uuid4().hex

    response, log = run_production_request(
        tmp_path, request_id, SENTRY_DSN=f"http://publickey@127.0.0.1:{port}/42"
    )

    assert response == {"status": 500, "request_id": request_id}
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    (error,) = [line for line in lines if line.get("logger") == "django.request"]
    assert error["level"] == "ERROR"
    assert error["request_id"] == request_id
    assert (error["method"], error["path"], error["status_code"]) == (
        "GET",
        "/explode/",
        500,
    )
    assert "ExplodingViewError: the view fell over" in error["exc_info"]

    (event,) = sentry.events()
    (exception,) = event["exception"]["values"]
    assert exception["type"] == "ExplodingViewError"
    assert exception["value"] == "the view fell over"
    assert event["transaction"] == "/explode/"
    assert event["environment"] == "production"
    assert event["tags"]["request_id"] == request_id


def test_a_request_id_that_is_not_a_uuid_is_replaced(tmp_path):
    response, log = run_production_request(tmp_path, "x\nforged log line")

    new_id = response["request_id"]
    assert uuid.UUID(new_id)
    (error,) = [
        json.loads(line)
        for line in log.splitlines()
        if line.startswith("{") and '"django.request"' in line
    ]
    assert error["request_id"] == new_id
    assert "forged" not in log


def test_text_logs_on_request(tmp_path):
    _, log = run_production_request(tmp_path, uuid.uuid4().hex, LOG_FORMAT="text")

    assert "ERROR django.request: Internal Server Error: /explode/" in log
    assert not any(line.startswith("{") for line in log.splitlines())
