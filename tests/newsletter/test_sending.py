"""The sending pipeline against a real SMTP server (aiosmtpd on 127.0.0.1)."""

import email
import email.policy
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from masthead.newsletter import sending
from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    SendRun,
    Subscriber,
    SubscriberStatus,
    Suppression,
)
from masthead.newsletter.sending import transports
from masthead.newsletter.sending.lease import Lease
from masthead.newsletter.sending.ledger import Ledger
from tests.newsletter.issue_data import make_issue, make_subscribers
from tests.newsletter.smtp_sink import SmtpSink

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.link_urls")]


@pytest.fixture(autouse=True)
def smtp_settings(mail_to_sink, home):
    settings = mail_to_sink
    settings.NEWSLETTER_BATCH_SIZE = 5
    settings.NEWSLETTER_SEND_RATE = 0
    settings.NEWSLETTER_RETRY_DELAYS = (0.2, 0.2)
    settings.NEWSLETTER_MAX_RETRY_WAIT = 5
    settings.NEWSLETTER_LEASE_SECONDS = 5
    return settings


@pytest.fixture
def issue():
    return make_issue(stories=1, qiosk=0)


def states(issue):
    return {
        d.email: d.state for d in Delivery.objects.filter(issue=issue).order_by("id")
    }


def start(issue, **kwargs):
    return sending.start_sending(issue, enqueue=False, **kwargs)


def test_every_subscriber_gets_one_copy_in_batches_over_reused_connections(issue, sink):
    readers = make_subscribers(12)
    run = start(issue)
    assert run.audience_size == 12
    assert set(states(issue).values()) == {DeliveryState.QUEUED}
    result = sending.run_issue(issue.pk)
    assert result.status == "finished" and result.sent == 12
    assert set(states(issue).values()) == {DeliveryState.SENT}
    ids = sink.message_ids()
    assert sorted(ids) == sorted(
        f"<issue-{issue.pk}.sub-{r.pk}@example.org>" for r in readers
    )
    assert sorted(sink.recipients()) == sorted(r.email for r in readers)
    # Batches of 5 -> 3 connections, each used for several messages.
    assert sink.connections == 3
    assert [m["connection"] for m in sink.messages] == [1] * 5 + [2] * 5 + [3] * 2
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT and issue.sent_at
    figures = sending.progress(issue)
    assert figures["total"] == figures["sent"] == 12
    assert figures["remaining"] == figures["failed"] == figures["uncertain"] == 0
    assert figures["finished_at"] and figures["started_at"]
    assert figures["rate_per_minute"] > 0
    # Running again sends nothing more.
    assert sending.run_issue(issue.pk).status == "not_sending"
    assert len(sink.messages) == 12


def test_audience_is_frozen_when_sending_starts(issue, sink):
    active = make_subscribers(3)
    pending = Subscriber.objects.create(email="pending@example.org")
    pending.lists.add(issue.newsletter)
    suppressed = make_subscribers(1, prefix="suppressed")[0]
    Suppression.objects.create(email_key=suppressed.email_key, reason="manual")
    other_list = NewsletterList.objects.get(slug="qiosk-daily")
    make_subscribers(2, newsletter=other_list, prefix="qiosk")
    start(issue)
    late = make_subscribers(1, prefix="late")[0]
    sending.run_issue(issue.pk)
    assert sorted(sink.recipients()) == sorted(s.email for s in active)
    assert late.email not in sink.recipients()
    with pytest.raises(sending.SendingError):
        sending.start_sending(issue)


def test_a_transient_error_is_retried_later_and_succeeds(issue, sink):
    readers = make_subscribers(3)
    unlucky = readers[1].email
    sink.rcpt_replies[unlucky] = ["451 4.3.0 Mailbox busy, try later"]
    result = sending.run_issue(start(issue).issue_id)
    assert result.status == "finished" and result.deferred == 1
    delivery = Delivery.objects.get(issue=issue, email=unlucky)
    assert delivery.state == DeliveryState.SENT and delivery.attempts == 2
    assert sink.recipients().count(unlucky) == 1
    assert len(sink.messages) == 3


def test_an_address_that_keeps_failing_temporarily_fails_in_the_end(issue, sink):
    reader = make_subscribers(1)[0]
    sink.rcpt_replies[reader.email] = ["451 4.3.0 Later"] * 5
    result = sending.run_issue(start(issue).issue_id)
    assert result.status == "finished"
    delivery = Delivery.objects.get(issue=issue)
    assert delivery.state == DeliveryState.FAILED and delivery.attempts == 3
    assert "451" in delivery.last_error
    assert not Suppression.objects.exists()  # Not the address's fault.


def test_a_permanent_rejection_fails_and_suppresses_the_address(issue, sink):
    readers = make_subscribers(3)
    gone = readers[0]
    sink.rcpt_replies[gone.email] = ["550 5.1.1 No such user here"]
    sending.run_issue(start(issue).issue_id)
    delivery = Delivery.objects.get(issue=issue, subscriber=gone)
    assert delivery.state == DeliveryState.FAILED
    assert "550" in delivery.last_error and "No such user" in delivery.last_error
    suppression = Suppression.objects.get(email_key=gone.email_key)
    assert suppression.reason == Suppression.Reason.BOUNCED
    gone.refresh_from_db()
    assert gone.status == SubscriberStatus.BOUNCED
    assert gone.email not in sink.recipients() and len(sink.messages) == 2
    assert sending.progress(issue)["failed"] == 1


def test_a_policy_refusal_fails_without_blaming_the_address(issue, sink):
    reader = make_subscribers(1)[0]
    sink.rcpt_replies[reader.email] = ["550 5.7.1 Client host blocked"]
    sending.run_issue(start(issue).issue_id)
    assert Delivery.objects.get(issue=issue).state == DeliveryState.FAILED
    assert not Suppression.objects.exists()
    reader.refresh_from_db()
    assert reader.status == SubscriberStatus.ACTIVE


def test_a_rejected_message_body_fails(issue, sink):
    reader = make_subscribers(1)[0]
    sink.data_replies[reader.email] = ["554 5.6.0 Message content rejected"]
    sending.run_issue(start(issue).issue_id)
    delivery = Delivery.objects.get(issue=issue)
    assert delivery.state == DeliveryState.FAILED and "554" in delivery.last_error
    assert not Suppression.objects.exists() and not sink.messages


def test_pipelining_servers_get_the_same_results(issue, settings):
    with SmtpSink(advertise_pipelining=True) as fast:
        settings.EMAIL_PORT = fast.port
        readers = make_subscribers(7)
        fast.rcpt_replies[readers[2].email] = ["550 5.1.1 Unknown user"]
        fast.rcpt_replies[readers[4].email] = ["452 4.2.2 Over quota"]
        sending.run_issue(start(issue).issue_id)
        assert len(fast.messages) == 6
        assert sorted(fast.recipients()) == sorted(
            r.email for i, r in enumerate(readers) if i != 2
        )
        assert Delivery.objects.get(subscriber=readers[2]).state == "failed"
        assert Delivery.objects.get(subscriber=readers[4]).attempts == 2


def test_subscribers_who_leave_after_the_freeze_are_skipped(issue, sink):
    readers = make_subscribers(5)
    start(issue)
    Subscriber.objects.filter(pk=readers[0].pk).update(
        status=SubscriberStatus.UNSUBSCRIBED
    )
    readers[1].lists.remove(issue.newsletter)
    Suppression.objects.create(email_key=readers[2].email_key, reason="complained")
    result = sending.run_issue(issue.pk)
    assert result.skipped == 3 and result.sent == 2
    assert sorted(sink.recipients()) == sorted(r.email for r in readers[3:])
    skipped = Delivery.objects.filter(issue=issue, state=DeliveryState.SKIPPED)
    assert {d.subscriber_id for d in skipped} == {r.pk for r in readers[:3]}
    assert sending.progress(issue)["skipped"] == 3


def test_pause_stops_between_batches_and_resume_continues(
    issue, sink, django_capture_on_commit_callbacks
):
    make_subscribers(12)
    start(issue)

    def pause_after_six(sender):
        if sender.result.sent >= 6 and not SendRun.objects.get().paused:
            sending.pause(issue)

    result = sending.run_issue(
        issue.pk, on_progress=pause_after_six, progress_interval=0
    )
    assert result.status == "paused"
    issue.refresh_from_db()
    assert issue.status == IssueStatus.PAUSED
    assert 6 <= len(sink.messages) < 12
    counts = sending.progress(issue)
    assert counts["sent"] == len(sink.messages) and counts["paused"]
    assert not Delivery.objects.filter(state=DeliveryState.CLAIMED).exists()
    assert sending.run_issue(issue.pk).status == "paused"  # Stays paused.
    # Resuming enqueues the task; the test settings run tasks immediately.
    with django_capture_on_commit_callbacks(execute=True):
        sending.resume(issue)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert len(sink.messages) == len(set(sink.message_ids())) == 12


class FakeClock:
    """A monotonic clock that only moves when the sender sleeps."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def test_send_rate_spaces_the_messages(issue, sink):
    make_subscribers(6)
    start(issue, rate_per_second=20)
    fake = FakeClock()
    result = sending.run_issue(issue.pk, clock=fake.clock, sleep=fake.sleep)
    assert result.status == "finished" and len(sink.messages) == 6
    # The first message goes at once; each of the others waits for its slot.
    assert fake.sleeps == pytest.approx([1 / 20] * 5)


def test_without_a_rate_the_sender_never_waits(issue, sink):
    make_subscribers(6)
    start(issue)
    fake = FakeClock()
    sending.run_issue(issue.pk, clock=fake.clock, sleep=fake.sleep)
    assert len(sink.messages) == 6
    assert fake.sleeps == []


def test_a_live_lease_keeps_a_second_worker_out(issue, sink):
    make_subscribers(3)
    start(issue)
    SendRun.objects.update(
        lease_owner="other-host:123:abcd",
        lease_expires_at=timezone.now() + timedelta(seconds=30),
    )
    result = sending.run_issue(issue.pk)
    assert result.status == "busy" and "other-host" in result.detail
    assert not sink.messages
    assert set(states(issue).values()) == {DeliveryState.QUEUED}


def test_after_a_crash_claimed_rows_are_resent_and_committing_ones_are_not(issue, sink):
    readers = make_subscribers(4)
    start(issue)
    dead = "dead-host:99:0000"
    SendRun.objects.update(
        lease_owner=dead, lease_expires_at=timezone.now() - timedelta(seconds=1)
    )
    d0, d1 = (Delivery.objects.get(subscriber=r) for r in readers[:2])
    Delivery.objects.filter(pk=d0.pk).update(state="claimed", claimed_by=dead)
    Delivery.objects.filter(pk=d1.pk).update(state="committing", claimed_by=dead)
    result = sending.run_issue(issue.pk)
    assert result.status == "finished"
    assert sorted(sink.recipients()) == sorted(
        r.email for r in readers if r != readers[1]
    )
    figures = sending.progress(issue)
    assert figures["uncertain"] == 1 and figures["sent"] == 3
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT  # Uncertain rows do not block finishing.
    # An operator who checked the server's log sends it again.
    type(issue).objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    sending.run_issue(issue.pk, resend_uncertain=[d1.message_id])
    assert sink.recipients().count(readers[1].email) == 1
    assert sending.progress(issue)["uncertain"] == 0


def test_the_live_workers_message_in_flight_is_not_reported_uncertain(issue):
    make_subscribers(3)
    start(issue)
    first = Delivery.objects.filter(issue=issue).order_by("id").first()
    Delivery.objects.filter(pk=first.pk).update(state="committing", claimed_by="w1")
    SendRun.objects.update(
        lease_owner="w1", lease_expires_at=timezone.now() + timedelta(seconds=30)
    )
    figures = sending.progress(issue)
    assert (figures["remaining"], figures["uncertain"]) == (3, 0)
    SendRun.objects.update(lease_expires_at=timezone.now() - timedelta(seconds=1))
    figures = sending.progress(issue)  # Its worker is gone: possibly delivered.
    assert (figures["remaining"], figures["uncertain"]) == (2, 1)
    assert set(figures) >= {
        "total",
        "sent",
        "failed",
        "skipped",
        "deferred",
        "remaining",
        "uncertain",
        "rate_per_minute",
        "started_at",
        "finished_at",
    }


def test_the_commit_fence_stops_a_worker_whose_rows_were_taken_over(issue, sink):
    reader = make_subscribers(1)[0]
    start(issue)
    assert Lease(issue.pk, "older-worker", seconds=5).acquire()
    ledger = Ledger(issue.pk, "older-worker")
    (row,) = ledger.claim(batch_size=5)
    # Another worker takes the row over (its lease had expired meanwhile).
    Delivery.objects.filter(pk=row.id).update(claimed_by="newer-worker")
    transport = transports.SmtpTransport().open()
    data = b"Message-ID: <fenced@example.org>\r\nSubject: x\r\n\r\nBody\r\n"
    outcome = transport.send(
        "newsletter@example.org", reader.email, data, lambda: ledger.commit(row.id)
    )
    assert outcome.status == transports.ABORTED
    assert not sink.messages  # The dot was never sent.
    assert Delivery.objects.get(pk=row.id).state == DeliveryState.CLAIMED
    # The connection is gone; a new one works.
    outcome = transports.SmtpTransport().send(
        "newsletter@example.org", reader.email, data, lambda: True
    )
    assert outcome.status == transports.SENT and len(sink.messages) == 1


def test_an_unreachable_server_leaves_the_audience_queued(issue, sink, settings):
    make_subscribers(3)
    start(issue)
    sink.stop()
    settings.NEWSLETTER_MAX_RETRY_WAIT = 1
    result = sending.run_issue(issue.pk)
    assert result.status == "waiting" and "cannot be reached" in result.detail
    assert set(states(issue).values()) == {DeliveryState.QUEUED}
    assert not Delivery.objects.filter(attempts__gt=0).exists()
    assert SendRun.objects.get().lease_owner == ""


def test_send_test_goes_to_one_editor_and_is_not_recorded(issue, sink):
    make_subscribers(2)
    assert sending.send_test(issue, "editor@example.org") == 1
    (message,) = sink.messages
    assert message["rcpt"] == ["editor@example.org"]
    assert b"Subject: [TEST] The week in review" in message["data"]
    assert not Delivery.objects.exists()
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT
    with pytest.raises(Exception):  # noqa: B017 - Django's ValidationError
        sending.send_test(issue, "not an address")


def test_an_intro_written_outside_the_admin_goes_out_sanitised(issue, sink):
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        intro="<p>Editor's note</p><script>alert(1)</script>"
        "<img src=x onerror=alert(1)>"
        '<a href="javascript:alert(1)">bad link</a>'
    )
    make_subscribers(1)
    sending.run_issue(start(issue).issue_id)
    (received,) = sink.messages
    message = email.message_from_bytes(received["data"], policy=email.policy.default)
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert "Editor's note" in html and "bad link" in html
    assert "Editor's note" in text and "bad link" in text
    for part in (html, text):
        assert "alert(1)" not in part
        assert "onerror" not in part
        assert "javascript:" not in part


def test_other_backends_send_one_message_at_a_time(issue, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    readers = make_subscribers(4)
    sending.run_issue(start(issue).issue_id)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)
    assert all(m.extra_headers["List-Unsubscribe-Post"] for m in mail.outbox)
    assert set(states(issue).values()) == {DeliveryState.SENT}


def test_the_eml_backend_writes_each_copy_to_a_file(issue, settings, tmp_path):
    settings.EMAIL_BACKEND = "masthead.newsletter.mail_backends.EmlFileBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    make_subscribers(3)
    sending.run_issue(start(issue).issue_id)
    files = list(tmp_path.glob("*.eml"))
    assert len(files) == 3
    assert all(b"List-Unsubscribe-Post" in f.read_bytes() for f in files)
    assert not list(tmp_path.glob(".*"))  # No temporary files left behind.


def test_scheduled_issues_start_when_due(
    issue, sink, django_capture_on_commit_callbacks
):
    make_subscribers(2)
    sending.schedule(issue, timezone.now() + timedelta(hours=1))
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SCHEDULED and issue.scheduled_at
    assert sending.send_due_issues() == ([], [])
    with django_capture_on_commit_callbacks(execute=True):
        started, _ = sending.send_due_issues(now=timezone.now() + timedelta(hours=2))
    assert started == [issue.pk]
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    assert len(sink.messages) == 2


def test_stalled_runs_are_enqueued_again(issue, sink):
    make_subscribers(2)
    start(issue)
    SendRun.objects.update(
        lease_owner="dead:1:x", lease_expires_at=timezone.now() - timedelta(hours=1)
    )
    _, restarted = sending.send_due_issues()
    assert restarted == [issue.pk]  # The immediate test backend ran it already.
    assert len(sink.messages) == 2
    assert sending.send_due_issues() == ([], [])


def test_the_task_runs_the_pipeline(issue, sink):
    from masthead.newsletter.tasks import send_issue

    make_subscribers(2)
    start(issue)
    result = send_issue.enqueue(issue.pk)
    assert result.return_value["status"] == "finished"
    assert result.return_value["sent"] == 2
