"""The welcome mail: once to each newly confirmed subscriber, through the real
database task queue and its worker (``manage.py db_worker``), to a real SMTP
server (aiosmtpd).

The tests commit (``transaction=True``) because the confirmation enqueues the
mail when its transaction commits, and the worker reads committed tasks.
"""

import email
import email.policy

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from masthead.newsletter import links, welcome
from masthead.newsletter.models import (
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    WelcomeMail,
)

# serialized_rollback: the lists and the home page come from migrations.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.urls("tests.newsletter.link_urls"),
]


@pytest.fixture(autouse=True)
def smtp_and_queue(mail_to_sink):
    settings = mail_to_sink
    settings.BASE_URL = "https://magazine.example"
    with override_settings(
        TASKS={
            "default": {
                "BACKEND": "django_tasks_db.DatabaseBackend",
                "QUEUES": ["urgent", "default"],
            }
        }
    ):
        yield


def run_worker():
    """The database queue's worker, until the urgent queue is empty."""
    call_command("db_worker", "--batch", "--queue-name", "urgent", "--no-startup-delay")


def pending(address="new.reader@example.org"):
    subscriber = Subscriber.objects.create(email=address)
    subscriber.lists.add(NewsletterList.objects.get(slug="weekly"))
    return subscriber


def confirm_path(subscriber):
    return "/newsletter/confirm/" + links.make_token(subscriber, "confirm") + "/"


def welcome_mails(sink, address):
    found = []
    for record in sink.messages:
        if address in record["rcpt"]:
            data = record["data"]
            found.append(email.message_from_bytes(data, policy=email.policy.default))
    return found


def test_one_welcome_mail_however_often_the_link_is_clicked(client, sink):
    reader = pending()
    path = confirm_path(reader)
    assert client.post(path).status_code == 200
    assert client.post(path).status_code == 200  # clicked again
    run_worker()

    (mail,) = welcome_mails(sink, reader.email)
    assert mail["Subject"].startswith("Welcome to ")
    text = mail.get_body(("plain",)).get_content()
    assert "Thank you for confirming your subscription" in text
    assert "/newsletter/preferences/" in text
    assert mail.get_body(("html",)).get_content().count("Thank you") == 1
    reader.refresh_from_db()
    assert reader.status == SubscriberStatus.ACTIVE and reader.welcomed_at


def test_a_retried_or_duplicated_task_sends_nothing_more(client, sink):
    reader = pending()
    client.post(confirm_path(reader))
    run_worker()
    # The worker runs the same task again (a retry after a lost worker).
    welcome.send_welcome_mail.enqueue(reader.pk)
    welcome.send_welcome_mail.enqueue(reader.pk)
    run_worker()
    assert len(welcome_mails(sink, reader.email)) == 1
    results = DBTaskResult.objects.filter(task_path__endswith="send_welcome_mail")
    assert results.count() == 3 and {r.status for r in results} == {"SUCCESSFUL"}


def test_a_failed_send_is_sent_by_the_retry(client, sink):
    reader = pending()
    sink.rcpt_replies[reader.email] = ["451 4.3.0 Try again later"]
    client.post(confirm_path(reader))
    run_worker()
    assert welcome_mails(sink, reader.email) == []
    reader.refresh_from_db()
    assert reader.welcomed_at is None  # the claim was released
    assert DBTaskResult.objects.get().status == "FAILED"
    welcome.send_welcome_mail.enqueue(reader.pk)
    run_worker()
    assert len(welcome_mails(sink, reader.email)) == 1


def test_the_editors_text_is_used_and_can_be_switched_off(client, sink):
    settings = WelcomeMail.load()
    settings.subject = "Glad you are here, reader of {site}"
    settings.body = "<p>Our own <b>words</b> of welcome.</p>"
    settings.save()
    first = pending("first@example.org")
    client.post(confirm_path(first))
    run_worker()
    (mail,) = welcome_mails(sink, first.email)
    assert mail["Subject"].startswith("Glad you are here, reader of ")
    assert "<b>words</b>" in mail.get_body(("html",)).get_content()
    assert "Our own words of welcome." in mail.get_body(("plain",)).get_content()

    settings.enabled = False
    settings.save()
    second = pending("second@example.org")
    client.post(confirm_path(second))
    run_worker()
    assert welcome_mails(sink, second.email) == []


def test_no_welcome_for_an_already_active_or_imported_subscriber(client, sink):
    reader = Subscriber.objects.create(
        email="old.reader@example.org", status=SubscriberStatus.ACTIVE
    )
    client.post(confirm_path(reader))
    run_worker()
    assert welcome_mails(sink, reader.email) == []
