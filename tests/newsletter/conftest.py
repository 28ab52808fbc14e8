"""Fixtures the newsletter tests share: a real SMTP server on loopback and the
settings that send Django's mail to it, and a signed-in newsletter editor."""

import pytest
from django.contrib.auth import get_user_model

from tests.newsletter.smtp_sink import SmtpSink


@pytest.fixture
def sink():
    with SmtpSink() as server:
        yield server


@pytest.fixture
def mail_to_sink(settings, sink):
    """Django's SMTP backend, pointed at ``sink``; modules add their own knobs."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.DEFAULT_FROM_EMAIL = "newsletter@example.org"
    return settings


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
