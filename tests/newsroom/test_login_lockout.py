"""The admin's login form locks out a username, and an address, after failures.

Every attempt goes through Wagtail's real login form at /admin/login/ (Django's
authenticate() with the request), counted by django-axes in the database.
"""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

PASSWORD = "a-long-test-password"
ATTACKER = "203.0.113.66"
PROXY = "127.0.0.1"  # In NEWSLETTER_TRUSTED_PROXIES by default.


def failure_limit():
    return getattr(settings, "AXES_FAILURE_LIMIT", 5)


@pytest.fixture
def editor(django_user_model, db):
    return django_user_model.objects.create_superuser(
        "editor", "editor@example.org", PASSWORD
    )


def log_in(username, password, remote_addr=ATTACKER, forwarded_for=None):
    """A fresh browser posting the admin login form; returns (client, response)."""
    client = Client(REMOTE_ADDR=remote_addr)
    extra = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    response = client.post(
        "/admin/login/", {"username": username, "password": password}, **extra
    )
    return client, response


def logged_in(client, user):
    return client.session.get("_auth_user_id") == str(user.pk)


def assert_refused(client, response, user):
    assert response.status_code == 429, response.status_code
    assert not logged_in(client, user)
    assert client.get("/admin/").status_code == 302  # back to the login form


def assert_logs_in(client, response, user):
    assert response.status_code == 302, response.status_code
    assert response["Location"] == "/admin/"
    assert logged_in(client, user)


def test_the_right_password_is_refused_after_too_many_wrong_ones(editor):
    for attempt in range(failure_limit()):
        _, response = log_in("editor", f"wrong-{attempt}")
        assert response.status_code in (200, 429)

    client, response = log_in("editor", PASSWORD)
    assert_refused(client, response, editor)


def test_a_username_is_locked_whichever_address_the_guesses_come_from(editor):
    for attempt in range(failure_limit()):
        log_in("editor", "wrong", remote_addr=f"198.51.100.{attempt + 1}")

    client, response = log_in("editor", PASSWORD, remote_addr="192.0.2.200")
    assert_refused(client, response, editor)


def test_an_address_guessing_many_usernames_is_locked(editor):
    for attempt in range(failure_limit()):
        log_in(f"someone-{attempt}", "wrong")

    # The editor has had no failures, but this address is locked...
    client, response = log_in("editor", PASSWORD)
    assert_refused(client, response, editor)
    # ...and only this address.
    client, response = log_in("editor", PASSWORD, remote_addr="192.0.2.200")
    assert_logs_in(client, response, editor)


def test_an_ipv6_client_is_counted_per_slash_64(editor):
    for attempt in range(failure_limit()):
        log_in(
            f"someone-{attempt}", "wrong", remote_addr=f"2001:db8:1:2::{attempt + 1}"
        )

    client, response = log_in("editor", PASSWORD, remote_addr="2001:db8:1:2::ffff")
    assert_refused(client, response, editor)
    client, response = log_in("editor", PASSWORD, remote_addr="2001:db8:1:3::1")
    assert_logs_in(client, response, editor)


def test_behind_the_trusted_proxy_the_forwarded_client_is_locked_not_the_proxy(
    editor,
):
    for attempt in range(failure_limit()):
        log_in(f"someone-{attempt}", "wrong", PROXY, forwarded_for=ATTACKER)

    client, response = log_in("editor", PASSWORD, PROXY, forwarded_for=ATTACKER)
    assert_refused(client, response, editor)
    # Everyone else comes through the same proxy and is not locked out.
    client, response = log_in("editor", PASSWORD, PROXY, forwarded_for="192.0.2.7")
    assert_logs_in(client, response, editor)


def test_a_forged_forwarded_for_neither_dodges_the_lock_nor_locks_someone_else(
    editor,
):
    victim = "192.0.2.7"
    for attempt in range(failure_limit()):
        # Straight from the attacker's own address, not through our proxy:
        # a new made-up client each time, or the victim's address.
        forged = victim if attempt % 2 else f"198.51.100.{attempt + 1}"
        log_in(f"someone-{attempt}", "wrong", ATTACKER, forwarded_for=forged)

    client, response = log_in("editor", PASSWORD, ATTACKER, forwarded_for="10.9.9.9")
    assert_refused(client, response, editor)
    client, response = log_in("editor", PASSWORD, PROXY, forwarded_for=victim)
    assert_logs_in(client, response, editor)
    client, response = log_in("editor", PASSWORD, remote_addr=victim)
    assert_logs_in(client, response, editor)


def test_the_locked_out_page_is_a_readable_admin_page(editor):
    for attempt in range(failure_limit()):
        log_in("editor", f"wrong-{attempt}")

    _, response = log_in("editor", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page
    assert "15 minutes" in page
    assert "wagtailadmin/css/core.css" in page  # the admin's own look
    assert 'href="/admin/login/"' in page


@pytest.mark.parametrize(
    "command,args",
    [
        ("axes_reset", []),
        ("axes_reset_username", ["editor"]),
        ("axes_reset_ip", [ATTACKER]),
    ],
)
def test_the_reset_commands_unlock(editor, command, args):
    for attempt in range(failure_limit()):
        log_in("editor", f"wrong-{attempt}")
    client, response = log_in("editor", PASSWORD)
    assert_refused(client, response, editor)

    call_command(command, *args)
    client, response = log_in("editor", PASSWORD)
    assert_logs_in(client, response, editor)


def test_failures_below_the_limit_do_not_stop_the_right_password(editor):
    for attempt in range(failure_limit() - 1):
        log_in("editor", f"wrong-{attempt}")

    client, response = log_in("editor", PASSWORD)
    assert_logs_in(client, response, editor)
