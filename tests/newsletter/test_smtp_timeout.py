"""A mail server that accepts the connection and then says nothing cannot hold a
web request (a confirmation mail) or a sending worker: EMAIL_TIMEOUT bounds every
wait, the greeting included."""

import os
import socket
import subprocess
import sys

import pytest

SEND_BOTH = """
import django; django.setup()
from django.core.mail import send_mail
from masthead.newsletter.sending.transports import SmtpTransport
outcome = SmtpTransport().send(
    "newsletter@example.org", "reader@example.org", b"Subject: x\\r\\n\\r\\nx\\r\\n",
    lambda: True,
)
print(outcome.status, outcome.stage, outcome.reply)
try:
    send_mail("Confirm", "Body", "newsletter@example.org", ["reader@example.org"])
except OSError as exc:
    print("confirmation:", exc)
"""


@pytest.fixture
def silent_server():
    """Takes connections (the kernel's backlog) and never sends a greeting."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


def test_a_silent_mail_server_times_out_after_email_timeout(silent_server):
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("EMAIL_", "NEWSLETTER_")) and k != "DATABASE_URL"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        SECRET_KEY="x",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(silent_server),
        EMAIL_TIMEOUT="1",
        # The old name, which only bounded the wait once connected.
        NEWSLETTER_SMTP_TIMEOUT="1",
    )
    # The guard only stops a hang from stalling the suite; nothing is timed.
    result = subprocess.run(
        [sys.executable, "-c", SEND_BOTH],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("transient connect")
    assert "timed out" in lines[0]
    assert lines[1].startswith("confirmation:")
    assert "timed out" in lines[1]
