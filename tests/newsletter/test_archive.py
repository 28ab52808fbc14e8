"""The public archive shows sent issues only, and nothing about subscribers."""

import datetime
import importlib
import sys
import types

import pytest
from django.utils import timezone

from masthead.newsletter import archive
from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    IssueItem,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
)
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

RENDERING = "masthead.newsletter.rendering"


@pytest.fixture(autouse=True)
def rendering():
    return importlib.import_module(RENDERING)


@pytest.fixture
def weekly(db):
    return NewsletterList.objects.get(slug="weekly")


def make_issue(weekly, subject, status, days_ago=0, article=None):
    now = timezone.now() - datetime.timedelta(days=days_ago)
    issue = NewsletterIssue.objects.create(
        newsletter=weekly,
        subject=subject,
        period_start=now - datetime.timedelta(days=7),
        period_end=now,
        status=status,
        sent_at=now if status == IssueStatus.SENT else None,
    )
    if article:
        IssueItem.objects.create(issue=issue, article=article, sort_order=0)
    return issue


@pytest.fixture
def issues(weekly, section):
    story = ArticleFactory(parent=section, title="Ports race to automate")
    return {
        "sent": make_issue(weekly, "Sent last week", IssueStatus.SENT, 7, story),
        "newest": make_issue(weekly, "Sent this week", IssueStatus.SENT, 0, story),
        "draft": make_issue(weekly, "Still a draft", IssueStatus.DRAFT, 1, story),
        "sending": make_issue(weekly, "Going out now", IssueStatus.SENDING, 2),
        "scheduled": make_issue(weekly, "Scheduled one", IssueStatus.SCHEDULED, 3),
        "paused": make_issue(weekly, "Paused one", IssueStatus.PAUSED, 4),
        "cancelled": make_issue(weekly, "Cancelled one", IssueStatus.CANCELLED, 5),
    }


def test_archive_lists_sent_issues_newest_first(client, issues):
    response = client.get("/newsletter/archive/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Sent this week") < html.index("Sent last week")
    for unsent in [
        "Still a draft",
        "Going out now",
        "Scheduled",
        "Paused",
        "Cancelled",
    ]:
        assert unsent not in html
    assert 'name="robots"' not in html


def test_archive_pages(client, weekly, settings):
    settings.MASTHEAD_LISTING_PAGE_SIZE = 2
    for n in range(5):
        make_issue(weekly, f"Issue {n}", IssueStatus.SENT, n)
    second = client.get("/newsletter/archive/?page=2").content.decode()
    assert "Issue 2" in second and "Issue 0" not in second
    assert '<meta name="robots" content="noindex, follow">' in second
    assert client.get("/newsletter/archive/?page=9").status_code == 404
    assert client.get("/newsletter/archive/?page=x").status_code == 404


def test_a_sent_issue_has_a_web_version(client, issues):
    response = client.get(f"/newsletter/archive/{issues['sent'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sent last week" in html
    assert "Ports race to automate" in html
    # Inside the site's own page: the masthead's design, not the email's.
    assert html.count("<body") == 1
    assert "<script>alert" not in html
    assert "color:red" not in html
    assert "Newer: Sent this week" in html


def test_an_intro_written_outside_the_admin_is_sanitised_on_the_web(client, issues):
    # As a script or a shell would store it: straight into the table.
    NewsletterIssue.objects.filter(pk=issues["sent"].pk).update(
        intro="<p>Editor's note</p><script>alert(1)</script>"
        "<img src=x onerror=alert(1)>"
        '<a href="javascript:alert(1)">bad link</a>'
    )
    html = client.get(f"/newsletter/archive/{issues['sent'].pk}/").content.decode()
    assert "Editor's note" in html and "bad link" in html
    assert "alert(1)" not in html
    assert "onerror" not in html
    assert "javascript:" not in html


@pytest.mark.parametrize(
    "name", ["draft", "sending", "scheduled", "paused", "cancelled"]
)
def test_unsent_issues_are_not_found(client, issues, name):
    assert client.get(f"/newsletter/archive/{issues[name].pk}/").status_code == 404


def test_missing_issues_are_not_found(client, db):
    assert client.get("/newsletter/archive/999999/").status_code == 404


def test_no_subscriber_data_on_any_archive_page(client, issues, weekly, monkeypatch):
    people = []
    for n, status in enumerate(
        [SubscriberStatus.ACTIVE, SubscriberStatus.UNSUBSCRIBED]
    ):
        s = Subscriber.objects.create(email=f"private.reader{n}@example.net")
        Subscriber.objects.filter(pk=s.pk).update(status=status)
        s.lists.add(weekly)
        Delivery.objects.create(
            issue=issues["sent"],
            subscriber=s,
            email=s.email,
            state=DeliveryState.SENT,
            message_id=f"<archive-{n}@test>",
        )
        people.append(s)

    real_render = importlib.import_module(RENDERING).render_issue
    seen = []

    def spy(issue, subscriber=None, **options):
        seen.append(subscriber)
        return real_render(issue, subscriber=subscriber, **options)

    monkeypatch.setitem(sys.modules, RENDERING, types.SimpleNamespace(render_issue=spy))

    pages = [
        client.get("/newsletter/archive/").content.decode(),
        client.get(f"/newsletter/archive/{issues['sent'].pk}/").content.decode(),
        client.get(f"/newsletter/archive/{issues['newest'].pk}/").content.decode(),
    ]
    assert seen == [None, None]  # rendered for nobody in particular
    for html in pages:
        assert "@example.net" not in html
        assert "private.reader" not in html
        assert "/unsubscribe/" not in html
        for person in people:
            assert f"/unsubscribe/{person.pk}" not in html


def test_web_body_keeps_the_email_body_only():
    html = (
        "<!DOCTYPE html><html><head><meta charset=utf-8><style>a{}</style></head>"
        "<BODY class='x'><p>Hello</p><script src=x></script><!-- c --></BODY></html>"
    )
    assert archive.web_body(html) == "<p>Hello</p>"
    assert archive.web_body("<p>Just a fragment</p>") == "<p>Just a fragment</p>"
