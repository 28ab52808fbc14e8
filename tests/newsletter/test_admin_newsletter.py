"""Editors finish and send issues in the admin; operators watch the figures."""

import datetime
import importlib
import sys
import types

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    IssueItem,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    SendRun,
    Subscriber,
    SubscriberStatus,
)
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SENDING = "masthead.newsletter.sending"
RENDERING = "masthead.newsletter.rendering"


# Stand-ins for the sending and rendering modules ----------------------------


def fake_rendering():
    def render_issue(issue, subscriber=None):
        items = "".join(f"<li>{i.article.title}</li>" for i in issue.items.all())
        return types.SimpleNamespace(
            subject=issue.subject,
            html=(
                "<!DOCTYPE html><html><head><title>x</title><style>body{color:red}"
                f"</style></head><body><h2>{issue.subject}</h2><ul>{items}</ul>"
                "<script>alert(1)</script></body></html>"
            ),
            text=f"{issue.subject}\n\n"
            + "\n".join(i.article.title for i in issue.items.all()),
        )

    return types.SimpleNamespace(render_issue=render_issue)


def fake_sending():
    """Records calls and moves the issue's status like the real module would."""
    calls = []

    def status(issue, value, **fields):
        NewsletterIssue.objects.filter(pk=issue.pk).update(status=value, **fields)

    def start_sending(issue):
        calls.append(("start_sending", issue.pk))
        status(issue, IssueStatus.SENDING)
        SendRun.objects.get_or_create(issue=issue)

    def pause(issue):
        calls.append(("pause", issue.pk))
        status(issue, IssueStatus.PAUSED)

    def resume(issue):
        calls.append(("resume", issue.pk))
        status(issue, IssueStatus.SENDING)

    def send_test(issue, email):
        calls.append(("send_test", issue.pk, email))
        mail.send_mail(f"[TEST] {issue.subject}", "test", None, [email])

    def schedule(issue, when):
        calls.append(("schedule", issue.pk, when))
        status(issue, IssueStatus.SCHEDULED, scheduled_at=when)

    def progress(issue):
        return {
            "total": 10,
            "sent": 6,
            "failed": 1,
            "skipped": 1,
            "deferred": 0,
            "remaining": 2,
            "uncertain": 0,
            "rate_per_minute": 30.0,
            "started_at": timezone.now(),
            "finished_at": None,
        }

    return types.SimpleNamespace(
        calls=calls,
        start_sending=start_sending,
        pause=pause,
        resume=resume,
        send_test=send_test,
        schedule=schedule,
        progress=progress,
    )


@pytest.fixture
def rendering():
    return importlib.import_module(RENDERING)


@pytest.fixture
def sending(rendering):
    return importlib.import_module(SENDING)


@pytest.fixture
def recorder(monkeypatch):
    """Always the stand-in: to check exactly what the views ask of sending."""
    fake = fake_sending()
    monkeypatch.setitem(sys.modules, SENDING, fake)
    monkeypatch.setitem(sys.modules, RENDERING, fake_rendering())
    return fake


# Users ---------------------------------------------------------------------


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "pw"
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def staff_client(*permissions):
    user = get_user_model().objects.create_user(
        f"staff{len(permissions)}", "staff@example.org", "pw"
    )
    group = Group.objects.create(name=f"Staff {len(permissions)}")
    for codename in ["access_admin", *permissions]:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


# Data ----------------------------------------------------------------------


@pytest.fixture
def weekly(db):
    return NewsletterList.objects.get(slug="weekly")


@pytest.fixture
def stories(section):
    return [ArticleFactory(parent=section, title=f"Story {n}") for n in "ABCD"]


@pytest.fixture
def issue(weekly, stories):
    now = timezone.now()
    issue = NewsletterIssue.objects.create(
        newsletter=weekly,
        subject="The week in review: test",
        period_start=now - datetime.timedelta(days=7),
        period_end=now,
    )
    for order, article in enumerate(stories[:3]):
        IssueItem.objects.create(issue=issue, article=article, sort_order=order)
    return issue


@pytest.fixture
def subscribers(weekly):
    people = {}
    for email, status in [
        ("alice@example.org", SubscriberStatus.ACTIVE),
        ("bob@example.org", SubscriberStatus.PENDING),
        ("carol@example.org", SubscriberStatus.UNSUBSCRIBED),
    ]:
        s = Subscriber.objects.create(
            email=email,
            status=status,
            confirmed_at=timezone.now() if status != "pending" else None,
            consent_method="signup form",
        )
        s.lists.add(weekly)
        people[email.split("@")[0]] = s
    return people


def url(name, *args):
    return reverse(name, args=args)


def issue_urls(issue):
    return [
        url("newsletter_issues:index"),
        url("newsletter_issues:add"),
        url("newsletter_issues:edit", issue.pk),
        url("newsletter_issues:status", issue.pk),
        url("newsletter_issues:send", issue.pk),
        url("newsletter_issues:progress", issue.pk),
        url("newsletter_issues:preview", issue.pk),
    ]


def other_urls(subscribers):
    alice = subscribers["alice"]
    return [
        url("newsletter_subscribers:index"),
        url("newsletter_subscribers:inspect", alice.pk),
        url("newsletter_subscribers:edit", alice.pk),
        url("newsletter_subscribers:import"),
        url("newsletter_report:index"),
    ]


def post_urls(issue):
    return [
        url("newsletter_issues:send_test", issue.pk),
        url("newsletter_issues:schedule", issue.pk),
        url("newsletter_issues:send", issue.pk),
        url("newsletter_issues:pause", issue.pk),
        url("newsletter_issues:resume", issue.pk),
        url("newsletter_issues:unschedule", issue.pk),
    ]


# Access --------------------------------------------------------------------


def test_every_view_opens_for_a_superuser(editor_client, issue, subscribers, recorder):
    for address in [*issue_urls(issue), *other_urls(subscribers)]:
        response = editor_client.get(address)
        assert response.status_code == 200, address


def test_the_menu_has_the_newsletter(editor_client, issue):
    html = editor_client.get("/admin/").content.decode()
    for label in ["Newsletter", "Issues", "Subscribers", "Report"]:
        assert label in html


def test_the_interim_signup_table_is_gone_from_the_admin(editor_client):
    response = editor_client.get("/admin/snippets/newsletter/signuprequest/")
    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, issue, subscribers):
    for address in [*issue_urls(issue), *other_urls(subscribers)]:
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/admin/login/")
    for address in post_urls(issue):
        assert client.post(address).status_code == 302
    assert NewsletterIssue.objects.get().status == IssueStatus.DRAFT


def test_users_without_admin_access_are_turned_away(client, issue, subscribers):
    reader = get_user_model().objects.create_user("reader", "r@example.org", "pw")
    client.force_login(reader)
    for address in [*issue_urls(issue), *other_urls(subscribers)]:
        assert client.get(address).status_code in {302, 403}, address


def test_staff_without_newsletter_permissions_are_turned_away(
    issue, subscribers, recorder
):
    client = staff_client()
    for address in [*issue_urls(issue), *other_urls(subscribers)]:
        response = client.get(address)
        assert response.status_code in {302, 403}, address
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
    for address in post_urls(issue):
        assert client.post(address).status_code in {302, 403}
    assert recorder.calls == []


def test_view_permission_may_look_but_not_send(issue, recorder):
    client = staff_client("view_newsletterissue")
    assert client.get(url("newsletter_issues:status", issue.pk)).status_code == 200
    assert client.get(url("newsletter_issues:preview", issue.pk)).status_code == 200
    html = client.get(url("newsletter_issues:status", issue.pk)).content.decode()
    assert "Send a test to me" not in html
    client.post(url("newsletter_issues:send_test", issue.pk))
    client.post(url("newsletter_issues:send", issue.pk), {"confirm": "yes"})
    assert recorder.calls == []


def test_change_permission_may_send(issue, recorder):
    client = staff_client("change_newsletterissue")
    response = client.post(url("newsletter_issues:send", issue.pk), {"confirm": "yes"})
    assert response.status_code == 302
    assert recorder.calls == [("start_sending", issue.pk)]


def test_posts_need_the_csrf_token(editor, issue, recorder):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for address in post_urls(issue):
        assert client.post(address).status_code == 403
    assert recorder.calls == []


def test_actions_are_post_only(editor_client, issue, recorder):
    for name in ["send_test", "pause", "resume", "unschedule"]:
        response = editor_client.get(url(f"newsletter_issues:{name}", issue.pk))
        assert response.status_code == 405
    assert recorder.calls == []


# Editing -------------------------------------------------------------------


def edit_data(issue, items, **fields):
    local = timezone.localtime
    return nested_form_data(
        {
            "newsletter": issue.newsletter_id,
            "subject": fields.get("subject", issue.subject),
            "intro": rich_text(fields.get("intro", "<p>Hello readers.</p>")),
            "period_start": local(issue.period_start).strftime("%Y-%m-%d %H:%M"),
            "period_end": local(issue.period_end).strftime("%Y-%m-%d %H:%M"),
            "items": inline_formset(items, initial=issue.items.count()),
        }
    )


def test_editor_reorders_drops_and_adds_stories(editor_client, issue, stories):
    a, b, c = issue.items.order_by("sort_order")
    new_story = stories[3]
    data = edit_data(
        issue,
        [
            {"id": c.pk, "article": c.article_id, "blurb": "Lead with this."},
            {"id": b.pk, "article": b.article_id, "blurb": "", "DELETE": "1"},
            {"id": a.pk, "article": a.article_id, "blurb": ""},
            {"article": new_story.pk, "blurb": "Added by hand."},
        ],
        intro="<p>An editor’s note.</p>",
    )
    response = editor_client.post(url("newsletter_issues:edit", issue.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    items = list(issue.items.order_by("sort_order"))
    assert [i.article.title for i in items] == ["Story C", "Story A", "Story D"]
    assert items[0].blurb == "Lead with this."
    issue.refresh_from_db()
    assert "An editor’s note." in issue.intro


def test_period_must_end_after_it_starts(editor_client, issue):
    data = edit_data(issue, [])
    data["period_end"] = data["period_start"]
    response = editor_client.post(url("newsletter_issues:edit", issue.pk), data)
    assert response.status_code == 200
    assert "must end after it starts" in response.content.decode()


def test_an_issue_being_sent_cannot_be_edited(editor_client, issue):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    response = editor_client.get(url("newsletter_issues:edit", issue.pk))
    assert response["Location"] == url("newsletter_issues:status", issue.pk)
    data = edit_data(issue, [], subject="Changed while sending")
    editor_client.post(url("newsletter_issues:edit", issue.pk), data)
    issue.refresh_from_db()
    assert issue.subject == "The week in review: test"


def test_sent_issues_cannot_be_deleted(editor_client, issue):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT)
    editor_client.post(url("newsletter_issues:delete", issue.pk))
    assert NewsletterIssue.objects.filter(pk=issue.pk).exists()


def test_a_draft_can_be_deleted(editor_client, issue):
    response = editor_client.post(url("newsletter_issues:delete", issue.pk))
    assert response.status_code == 302
    assert not NewsletterIssue.objects.exists()


def test_editor_adds_an_issue_by_hand(editor_client, weekly, stories, editor):
    now = timezone.localtime()
    data = nested_form_data(
        {
            "newsletter": weekly.pk,
            "subject": "Special edition",
            "intro": rich_text("<p>Special.</p>"),
            "period_start": (now - datetime.timedelta(days=1)).strftime(
                "%Y-%m-%d %H:%M"
            ),
            "period_end": now.strftime("%Y-%m-%d %H:%M"),
            "items": inline_formset([{"article": stories[0].pk, "blurb": ""}]),
        }
    )
    response = editor_client.post(url("newsletter_issues:add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    issue = NewsletterIssue.objects.get(subject="Special edition")
    assert issue.created_by == editor
    assert issue.items.get().article == stories[0]


def test_listing_shows_status_period_and_figures(editor_client, issue, subscribers):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    for n, (person, state) in enumerate(
        [("alice", DeliveryState.SENT), ("bob", DeliveryState.FAILED)]
    ):
        Delivery.objects.create(
            issue=issue,
            subscriber=subscribers[person],
            email=subscribers[person].email,
            state=state,
            message_id=f"<{n}@test>",
        )
    html = editor_client.get(url("newsletter_issues:index")).content.decode()
    assert "The week in review: test" in html
    assert "Sending" in html
    assert "1 of 2 sent, 1 failed" in html
    # A sending issue links to its status page, not the edit form.
    assert url("newsletter_issues:status", issue.pk) in html


# Preview, test, schedule, send, pause --------------------------------------


def test_preview_shows_the_email(editor_client, issue, rendering):
    response = editor_client.get(url("newsletter_issues:preview", issue.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Story A" in html
    assert "sandbox" in response["Content-Security-Policy"]
    text = editor_client.get(
        url("newsletter_issues:preview", issue.pk) + "?format=text"
    )
    assert text["Content-Type"].startswith("text/plain")
    assert "Story A" in text.content.decode()


def test_send_a_test_to_me(editor_client, issue, sending):
    mail.outbox.clear()
    response = editor_client.post(url("newsletter_issues:send_test", issue.pk))
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editor@example.org"]
    follow = editor_client.get(response["Location"]).content.decode()
    assert "Test sent to editor@example.org" in follow
    assert NewsletterIssue.objects.get().status == IssueStatus.DRAFT


def test_send_test_needs_an_address_on_the_account(
    editor_client, editor, issue, recorder
):
    editor.email = ""
    editor.save()
    response = editor_client.post(
        url("newsletter_issues:send_test", issue.pk), follow=True
    )
    assert "no email address" in response.content.decode()
    assert recorder.calls == []


def test_sending_errors_become_messages(editor_client, issue, recorder):
    def broken(issue, email):
        raise ValueError("the mail server said no")

    recorder.send_test = broken
    response = editor_client.post(
        url("newsletter_issues:send_test", issue.pk), follow=True
    )
    assert response.status_code == 200
    assert "the mail server said no" in response.content.decode()


def test_schedule(editor_client, issue, recorder):
    when = timezone.localtime() + datetime.timedelta(days=1)
    response = editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    assert response.status_code == 302
    [(action, pk, scheduled)] = recorder.calls
    assert action == "schedule" and pk == issue.pk
    assert timezone.is_aware(scheduled)
    assert abs(scheduled - when) < datetime.timedelta(minutes=1)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SCHEDULED

    response = editor_client.post(url("newsletter_issues:unschedule", issue.pk))
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT and issue.scheduled_at is None


def test_schedule_in_the_past_is_refused(editor_client, issue, recorder):
    when = timezone.localtime() - datetime.timedelta(hours=1)
    response = editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    assert response.status_code == 400
    assert "in the future" in response.content.decode()
    assert recorder.calls == []


def test_schedule_with_the_real_module(editor_client, issue, sending):
    when = timezone.localtime() + datetime.timedelta(days=2)
    editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SCHEDULED
    assert abs(issue.scheduled_at - when) < datetime.timedelta(minutes=1)


def test_send_now_asks_for_confirmation(editor_client, issue, subscribers, recorder):
    page = editor_client.get(url("newsletter_issues:send", issue.pk)).content.decode()
    # alice only: bob is pending, carol left.
    assert "send this issue to 1 subscriber now" in page
    assert "alice@example.org" not in page
    editor_client.post(url("newsletter_issues:send", issue.pk))
    assert recorder.calls == []
    editor_client.post(url("newsletter_issues:send", issue.pk), {"confirm": "yes"})
    assert recorder.calls == [("start_sending", issue.pk)]


def test_send_now_with_the_real_module(editor_client, issue, subscribers, sending):
    response = editor_client.post(
        url("newsletter_issues:send", issue.pk), {"confirm": "yes"}
    )
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.status in {IssueStatus.SENDING, IssueStatus.SENT}


def test_pause_and_resume(editor_client, issue, recorder):
    pause = url("newsletter_issues:pause", issue.pk)
    resume = url("newsletter_issues:resume", issue.pk)
    editor_client.post(pause)  # a draft cannot be paused
    assert recorder.calls == []
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    status_page = editor_client.get(url("newsletter_issues:status", issue.pk))
    assert "Pause sending" in status_page.content.decode()
    editor_client.post(pause)
    assert NewsletterIssue.objects.get().status == IssueStatus.PAUSED
    editor_client.post(resume)
    assert NewsletterIssue.objects.get().status == IssueStatus.SENDING
    assert recorder.calls == [("pause", issue.pk), ("resume", issue.pk)]


def test_a_sent_issue_cannot_be_sent_again(editor_client, issue, recorder):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT)
    editor_client.post(url("newsletter_issues:send", issue.pk), {"confirm": "yes"})
    when = timezone.localtime() + datetime.timedelta(days=1)
    editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    assert recorder.calls == []


def test_progress_panel_and_json(editor_client, issue, recorder):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    html = editor_client.get(url("newsletter_issues:status", issue.pk)).content.decode()
    assert "Progress" in html and "newsletter/progress.js" in html
    assert 'data-progress-field="sent">6<' in html
    data = editor_client.get(url("newsletter_issues:progress", issue.pk)).json()
    assert data["sent"] == 6 and data["remaining"] == 2
    assert data["percent"] == 80.0
    assert data["status"] == "sending"
    assert data["eta_minutes"] is not None


def test_progress_json_holds_counts_only(editor_client, issue, subscribers, sending):
    content = editor_client.get(url("newsletter_issues:progress", issue.pk)).content
    assert b"@example.org" not in content


def test_status_page_warns_about_stories_readers_cannot_open(
    editor_client, issue, stories
):
    draft = ArticleFactory(title="Not yet published", live=False)
    IssueItem.objects.create(issue=issue, article=draft, sort_order=9)
    html = editor_client.get(url("newsletter_issues:status", issue.pk)).content.decode()
    assert "Not public" in html and "Not yet published" in html


# Subscribers ---------------------------------------------------------------


def test_subscriber_search_and_filters(editor_client, subscribers, weekly):
    index = url("newsletter_subscribers:index")

    def emails(query):
        html = editor_client.get(index, query).content.decode()
        return {p for p in ["alice", "bob", "carol"] if f"{p}@example.org" in html}

    assert emails({}) == {"alice", "bob", "carol"}
    assert emails({"q": "ALICE"}) == {"alice"}
    assert emails({"status": "pending"}) == {"bob"}
    other = NewsletterList.objects.get(slug="qiosk-daily")
    subscribers["carol"].lists.set([other])
    assert emails({"lists": other.pk}) == {"carol"}
    Subscriber.objects.filter(pk=subscribers["alice"].pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    recent = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    assert emails({"created_at_from": recent}) == {"bob", "carol"}


def test_subscribers_cannot_be_added_by_hand(editor_client, subscribers):
    html = editor_client.get(url("newsletter_subscribers:index")).content.decode()
    assert "Add subscriber" not in html
    assert "Import CSV" in html
    assert editor_client.get("/admin/newsletter/subscribers/new/").status_code == 404


def test_operator_may_unsubscribe_but_not_resubscribe(editor_client, subscribers):
    alice, carol = subscribers["alice"], subscribers["carol"]
    weekly = NewsletterList.objects.get(slug="weekly")
    edit = url("newsletter_subscribers:edit", carol.pk)
    response = editor_client.post(edit, {"status": "active", "lists": [weekly.pk]})
    assert response.status_code == 200
    carol.refresh_from_db()
    assert carol.status == SubscriberStatus.UNSUBSCRIBED

    edit = url("newsletter_subscribers:edit", alice.pk)
    response = editor_client.post(edit, {"status": "bounced", "lists": [weekly.pk]})
    assert response.status_code == 200
    assert Subscriber.objects.get(pk=alice.pk).status == SubscriberStatus.ACTIVE
    response = editor_client.post(
        edit, {"status": "unsubscribed", "lists": [weekly.pk]}
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.status == SubscriberStatus.UNSUBSCRIBED


# Report --------------------------------------------------------------------


def test_report_draws_growth_and_delivery_charts(editor_client, issue, subscribers):
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        status=IssueStatus.SENT, sent_at=timezone.now()
    )
    Delivery.objects.create(
        issue=issue,
        subscriber=subscribers["alice"],
        email="alice@example.org",
        state=DeliveryState.SENT,
        message_id="<1@test>",
    )
    Delivery.objects.create(
        issue=issue,
        subscriber=subscribers["bob"],
        email="bob@example.org",
        state=DeliveryState.COMMITTING,
        message_id="<2@test>",
    )
    response = editor_client.get(url("newsletter_report:index"))
    html = response.content.decode()
    assert html.count("<svg") >= 3
    assert 'role="img"' in html
    assert "The week in review: test" in html
    assert "Possibly delivered" in html
    assert "@example.org" not in html  # counts only


def test_report_counts(issue, subscribers):
    from masthead.newsletter import reports

    weeks = reports.subscriber_growth()
    assert len(weeks) == 26
    this_week = weeks[-1]
    # alice is active; carol confirmed and left this week; bob never confirmed.
    assert this_week.active == 1
    assert this_week.signups == 3
    assert this_week.unsubscribes == 1
    chart = reports.growth_line_chart(weeks)
    assert len(chart.points) == 26
    # Axes end on round numbers with whole-number gridlines.
    assert reports.axis_top(0) == 4
    assert reports.axis_top(3) == 4
    assert reports.axis_top(7) == 8
    assert reports.axis_top(23) == 24
    assert reports.axis_top(258) == 300
    assert reports.axis_top(130) == 160
    assert reports.axis_top(9999) == 10000


def test_refusals_from_sending_are_shown_plainly(editor_client, issue, recorder):
    class SendingError(Exception):
        pass

    def refuse(issue):
        raise SendingError("Issue is not being sent.")

    recorder.SendingError = SendingError
    recorder.pause = refuse
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    response = editor_client.post(url("newsletter_issues:pause", issue.pk), follow=True)
    assert "Issue is not being sent." in response.content.decode()
    assert NewsletterIssue.objects.get().status == IssueStatus.SENDING


def test_subscriber_listing_offers_the_filtered_export(editor_client, subscribers):
    html = editor_client.get(
        url("newsletter_subscribers:index"), {"status": "active"}
    ).content.decode()
    assert "Export CSV (this filtered list)" in html
    assert "status=active&amp;export=csv" in html
    assert "Download XLSX" not in html
