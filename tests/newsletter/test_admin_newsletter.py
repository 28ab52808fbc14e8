"""Editors finish and send issues in the admin; operators watch the figures."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
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
from masthead.newsletter.sending import start_sending
from tests.factories import ArticleFactory
from tests.newsletter.issue_data import make_subscribers

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.newsletter.link_urls")]


@pytest.fixture(autouse=True)
def smtp_settings(mail_to_sink):
    """Every message the admin causes goes to a real SMTP server on loopback."""


def assert_nothing_sent(issue, sink, status=IssueStatus.DRAFT):
    """The issue is untouched: same status, never started, nothing mailed."""
    issue = NewsletterIssue.objects.get(pk=issue.pk)
    assert issue.status == status
    assert issue.scheduled_at is None
    assert not SendRun.objects.filter(issue=issue).exists()
    assert not Delivery.objects.filter(issue=issue).exists()
    assert sink.messages == []


# Users ---------------------------------------------------------------------


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


def test_every_view_opens_for_a_superuser(editor_client, issue, subscribers):
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


def test_staff_without_newsletter_permissions_are_turned_away(issue, subscribers, sink):
    client = staff_client()
    for address in [*issue_urls(issue), *other_urls(subscribers)]:
        response = client.get(address)
        assert response.status_code in {302, 403}, address
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
    for address in post_urls(issue):
        assert client.post(address).status_code in {302, 403}
    assert_nothing_sent(issue, sink)


def test_view_permission_may_look_but_not_send(issue, subscribers, sink):
    client = staff_client("view_newsletterissue")
    assert client.get(url("newsletter_issues:status", issue.pk)).status_code == 200
    assert client.get(url("newsletter_issues:preview", issue.pk)).status_code == 200
    html = client.get(url("newsletter_issues:status", issue.pk)).content.decode()
    assert "Send a test to me" not in html
    client.post(url("newsletter_issues:send_test", issue.pk))
    client.post(url("newsletter_issues:send", issue.pk), {"confirm": "yes"})
    assert_nothing_sent(issue, sink)


def test_change_permission_may_send(
    issue, subscribers, sink, django_capture_on_commit_callbacks
):
    client = staff_client("change_newsletterissue")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("newsletter_issues:send", issue.pk), {"confirm": "yes"}
        )
    assert response.status_code == 302
    assert sink.recipients() == ["alice@example.org"]
    assert NewsletterIssue.objects.get().status == IssueStatus.SENT


def test_posts_need_the_csrf_token(editor, issue, subscribers, sink):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for address in post_urls(issue):
        assert client.post(address).status_code == 403
    assert_nothing_sent(issue, sink)


def test_actions_are_post_only(editor_client, issue, subscribers, sink):
    for name in ["send_test", "pause", "resume", "unschedule"]:
        response = editor_client.get(url(f"newsletter_issues:{name}", issue.pk))
        assert response.status_code == 405
    assert_nothing_sent(issue, sink)


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


def test_an_intro_written_outside_the_admin_opens_in_the_editor(editor_client, issue):
    # <br> (not Wagtail's <br/>) and a tag left open made the edit page a 500.
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        intro="<p>Line one<br>line <b>two</p><script>alert(1)</script>"
        '<p><a href="javascript:alert(1)">bad link</a></p>'
    )
    editor_client.raise_request_exception = False
    response = editor_client.get(url("newsletter_issues:edit", issue.pk))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Line one" in html and "bad link" in html
    assert "alert(1)" not in html and "javascript:" not in html


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


def test_preview_shows_the_email(editor_client, issue):
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


def test_send_a_test_to_me(editor_client, issue, subscribers, sink):
    response = editor_client.post(url("newsletter_issues:send_test", issue.pk))
    assert response.status_code == 302
    (message,) = sink.messages
    assert message["rcpt"] == ["editor@example.org"]
    assert b"Subject: [TEST] The week in review: test" in message["data"]
    assert b"Story A" in message["data"]
    follow = editor_client.get(response["Location"]).content.decode()
    assert "Test sent to editor@example.org" in follow
    # A test is not a sending: nothing recorded, the issue still a draft.
    assert NewsletterIssue.objects.get().status == IssueStatus.DRAFT
    assert not SendRun.objects.exists() and not Delivery.objects.exists()


def test_send_test_needs_an_address_on_the_account(editor_client, editor, issue, sink):
    editor.email = ""
    editor.save()
    response = editor_client.post(
        url("newsletter_issues:send_test", issue.pk), follow=True
    )
    assert "no email address" in response.content.decode()
    assert sink.messages == []


def test_sending_errors_become_messages(editor_client, issue, sink):
    sink.rcpt_replies["editor@example.org"] = ["550 5.1.1 the mail server said no"]
    response = editor_client.post(
        url("newsletter_issues:send_test", issue.pk), follow=True
    )
    assert response.status_code == 200
    assert "the mail server said no" in response.content.decode()
    assert sink.messages == []


def test_schedule(editor_client, issue):
    when = timezone.localtime() + datetime.timedelta(days=1)
    response = editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SCHEDULED
    assert timezone.is_aware(issue.scheduled_at)
    assert abs(issue.scheduled_at - when) < datetime.timedelta(minutes=1)
    follow = editor_client.get(response["Location"]).content.decode()
    assert "will be sent at" in follow
    assert not SendRun.objects.exists()  # Scheduling starts nothing yet.

    response = editor_client.post(url("newsletter_issues:unschedule", issue.pk))
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT and issue.scheduled_at is None


def test_schedule_in_the_past_is_refused(editor_client, issue, sink):
    when = timezone.localtime() - datetime.timedelta(hours=1)
    response = editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    assert response.status_code == 400
    assert "in the future" in response.content.decode()
    assert_nothing_sent(issue, sink)


def test_send_now_asks_for_confirmation_then_sends(
    editor_client, issue, subscribers, sink, django_capture_on_commit_callbacks
):
    page = editor_client.get(url("newsletter_issues:send", issue.pk)).content.decode()
    # alice only: bob is pending, carol left.
    assert "send this issue to 1 subscriber now" in page
    assert "alice@example.org" not in page
    editor_client.post(url("newsletter_issues:send", issue.pk))
    assert_nothing_sent(issue, sink)
    # The test settings run the send task at once, when the request commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            url("newsletter_issues:send", issue.pk), {"confirm": "yes"}
        )
    assert response.status_code == 302
    alice = subscribers["alice"]
    assert sink.recipients() == [alice.email]
    assert sink.message_ids() == [f"<issue-{issue.pk}.sub-{alice.pk}@example.org>"]
    delivery = Delivery.objects.get(issue=issue)
    assert (delivery.subscriber, delivery.state) == (alice, DeliveryState.SENT)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT
    follow = editor_client.get(response["Location"]).content.decode()
    assert "Sending “The week in review: test” started." in follow


def test_pause_and_resume(
    editor_client, issue, subscribers, sink, django_capture_on_commit_callbacks
):
    pause = url("newsletter_issues:pause", issue.pk)
    resume = url("newsletter_issues:resume", issue.pk)
    editor_client.post(pause)  # a draft cannot be paused
    assert_nothing_sent(issue, sink)
    start_sending(issue, enqueue=False)
    status_page = editor_client.get(url("newsletter_issues:status", issue.pk))
    assert "Pause sending" in status_page.content.decode()
    editor_client.post(pause)
    assert NewsletterIssue.objects.get().status == IssueStatus.PAUSED
    assert SendRun.objects.get().paused
    with django_capture_on_commit_callbacks() as enqueued:
        editor_client.post(resume)
    assert NewsletterIssue.objects.get().status == IssueStatus.SENDING
    assert not SendRun.objects.get().paused
    assert sink.messages == []
    # Resuming handed the issue back to the worker, which sends the rest.
    assert len(enqueued) == 1
    enqueued[0]()
    assert sink.recipients() == ["alice@example.org"]
    assert NewsletterIssue.objects.get().status == IssueStatus.SENT


def test_a_sent_issue_cannot_be_sent_again(editor_client, issue, subscribers, sink):
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT)
    editor_client.post(url("newsletter_issues:send", issue.pk), {"confirm": "yes"})
    when = timezone.localtime() + datetime.timedelta(days=1)
    editor_client.post(
        url("newsletter_issues:schedule", issue.pk),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    assert_nothing_sent(issue, sink, status=IssueStatus.SENT)


def test_progress_panel_and_json(editor_client, issue):
    make_subscribers(10)
    start_sending(issue, enqueue=False)
    SendRun.objects.update(started_at=timezone.now() - datetime.timedelta(minutes=5))
    deliveries = list(Delivery.objects.filter(issue=issue).order_by("id"))
    Delivery.objects.filter(pk__in=[d.pk for d in deliveries[:6]]).update(
        state=DeliveryState.SENT, sent_at=timezone.now()
    )
    Delivery.objects.filter(pk=deliveries[6].pk).update(state=DeliveryState.FAILED)
    Delivery.objects.filter(pk=deliveries[7].pk).update(state=DeliveryState.SKIPPED)
    html = editor_client.get(url("newsletter_issues:status", issue.pk)).content.decode()
    assert "Progress" in html and "newsletter/progress.js" in html
    assert 'data-progress-field="sent">6<' in html
    data = editor_client.get(url("newsletter_issues:progress", issue.pk)).json()
    assert data["total"] == 10 and data["sent"] == 6 and data["remaining"] == 2
    assert data["percent"] == 80.0
    assert data["status"] == "sending"
    assert data["rate_per_minute"] == 6  # Sent in the last minute.
    assert data["eta_minutes"] is not None


def test_progress_json_holds_counts_only(editor_client, issue, subscribers):
    start_sending(issue, enqueue=False)
    content = editor_client.get(url("newsletter_issues:progress", issue.pk)).content
    assert b'"total": 1' in content
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


def test_refusals_from_sending_are_shown_plainly(editor_client, issue):
    # Marked as sending, but never started: sending refuses to pause it.
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENDING)
    response = editor_client.post(url("newsletter_issues:pause", issue.pk), follow=True)
    assert f"Issue {issue.pk} is not being sent." in response.content.decode()
    assert NewsletterIssue.objects.get().status == IssueStatus.SENDING


def test_subscriber_listing_offers_the_filtered_export(editor_client, subscribers):
    html = editor_client.get(
        url("newsletter_subscribers:index"), {"status": "active"}
    ).content.decode()
    assert "Export CSV (this filtered list)" in html
    assert "status=active&amp;export=csv" in html
    assert "Download XLSX" not in html
