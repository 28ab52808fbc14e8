"""The weekly round-up is drafted from the week's public stories, once per week."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from masthead.articles.models import ArticleType
from masthead.newsletter import drafting
from masthead.newsletter.models import (
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
)
from tests.factories import ArticleFactory, hours_ago, make_private

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


@pytest.fixture
def weekly(db):
    return NewsletterList.objects.get(slug="weekly")


@pytest.fixture
def friday_7am_berlin(settings):
    settings.NEWSLETTER_ROUNDUP_WEEKDAY = 4
    settings.NEWSLETTER_ROUNDUP_TIME = "07:00"
    settings.TIME_ZONE = "Europe/Berlin"


def titles(issue):
    return [item.article.title for item in issue.items.order_by("sort_order")]


# When a round-up is due ----------------------------------------------------


def test_last_slot_is_the_latest_weekday_and_time_in_the_site_time_zone(
    friday_7am_berlin,
):
    # Friday 13 June 2025, 07:00 in Berlin (summer time) is 05:00 UTC.
    assert drafting.last_slot(at(2025, 6, 13, 4, 59)) == at(2025, 6, 6, 5, 0)
    assert drafting.last_slot(at(2025, 6, 13, 5, 0)) == at(2025, 6, 13, 5, 0)
    assert drafting.last_slot(at(2025, 6, 18, 12, 0)) == at(2025, 6, 13, 5, 0)
    # In winter the same wall-clock time is 06:00 UTC.
    assert drafting.last_slot(at(2025, 1, 14, 12, 0)) == at(2025, 1, 10, 6, 0)
    assert drafting.next_slot(at(2025, 6, 18, 12, 0)) == at(2025, 6, 20, 5, 0)


def test_other_weekday_and_time_settings(settings):
    settings.NEWSLETTER_ROUNDUP_WEEKDAY = 0  # Monday
    settings.NEWSLETTER_ROUNDUP_TIME = "18:30"
    settings.TIME_ZONE = "UTC"
    assert drafting.last_slot(at(2025, 6, 16, 18, 29)) == at(2025, 6, 9, 18, 30)
    assert drafting.last_slot(at(2025, 6, 16, 18, 30)) == at(2025, 6, 16, 18, 30)


def test_due_when_the_slot_passed_since_the_last_issue(friday_7am_berlin, weekly):
    friday = at(2025, 6, 13, 5, 0)
    assert drafting.due_roundup_time(friday - datetime.timedelta(minutes=1)) == at(
        2025, 6, 6, 5, 0
    )  # nothing drafted yet: last week's slot is due
    assert drafting.draft_roundup(weekly, now=friday) is not None
    assert drafting.due_roundup_time(friday + datetime.timedelta(hours=1)) is None
    assert drafting.due_roundup_time(at(2025, 6, 20, 4, 59)) is None
    assert drafting.due_roundup_time(at(2025, 6, 20, 5, 0)) == at(2025, 6, 20, 5, 0)


def test_a_cancelled_draft_still_counts_as_that_weeks_round_up(
    friday_7am_berlin, weekly
):
    issue = drafting.draft_roundup(weekly, now=at(2025, 6, 13, 5, 1))
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=IssueStatus.CANCELLED)
    assert drafting.due_roundup_time(at(2025, 6, 14, 0, 0), weekly) is None


# What goes in ---------------------------------------------------------------


@pytest.fixture
def week_of_stories(section, other_section):
    """Stories around a one-week window; names say whether they belong."""
    return {
        "asia_new": ArticleFactory(
            parent=section, title="Asia newest", published_at=hours_ago(20)
        ),
        "asia_old": ArticleFactory(
            parent=section, title="Asia older", published_at=hours_ago(60)
        ),
        "europe": ArticleFactory(
            parent=other_section, title="Europe story", published_at=hours_ago(30)
        ),
        "qiosk": ArticleFactory(
            parent=other_section,
            title="QiOSK item",
            article_type=ArticleType.QIOSK,
            published_at=hours_ago(10),
        ),
        "last_week": ArticleFactory(
            parent=section, title="Too old", published_at=hours_ago(24 * 8)
        ),
        "old_qiosk": ArticleFactory(
            parent=section,
            title="Old QiOSK",
            article_type=ArticleType.QIOSK,
            published_at=hours_ago(24 * 9),
        ),
        "draft": ArticleFactory(parent=section, title="Unpublished draft", live=False),
        "private": make_private(
            ArticleFactory(
                parent=other_section, title="Private story", published_at=hours_ago(5)
            )
        ).page,
    }


def test_round_up_proposes_the_newest_stories_then_qiosk_without_picks_or_views(
    weekly, week_of_stories
):
    issue = drafting.draft_roundup(weekly)
    assert issue.status == IssueStatus.DRAFT
    # No picks and no reading figures: full stories newest first, then QiOSK.
    assert titles(issue) == ["Asia newest", "Europe story", "Asia older", "QiOSK item"]
    assert issue.subject.startswith("The week in review: ")
    assert issue.period_end - issue.period_start == datetime.timedelta(days=7)


def test_drafts_private_and_old_stories_are_left_out(weekly, week_of_stories):
    issue = drafting.draft_roundup(weekly)
    for left_out in ["Too old", "Old QiOSK", "Unpublished draft", "Private story"]:
        assert left_out not in titles(issue)


def test_period_starts_where_the_previous_issue_ended(weekly, week_of_stories):
    NewsletterIssue.objects.create(
        newsletter=weekly,
        subject="Previous",
        period_start=hours_ago(24 * 9),
        period_end=hours_ago(40),
        status=IssueStatus.SENT,
    )
    issue = drafting.draft_roundup(weekly)
    assert (
        issue.period_start == NewsletterIssue.objects.get(subject="Previous").period_end
    )
    assert titles(issue) == ["Asia newest", "Europe story", "QiOSK item"]


def test_subject_names_the_date(weekly, settings):
    settings.TIME_ZONE = "UTC"
    issue = drafting.draft_roundup(weekly, now=at(2025, 6, 13, 7, 0))
    assert issue.subject == "The week in review: 13 June 2025"


def test_drafting_is_idempotent(weekly, week_of_stories):
    first = drafting.draft_roundup(weekly)
    assert first is not None
    assert drafting.draft_roundup(weekly) is None
    assert drafting.draft_roundup(weekly, now=first.period_end) is None
    assert NewsletterIssue.objects.count() == 1


def test_a_race_is_settled_by_the_unique_period(weekly, monkeypatch):
    now = at(2025, 6, 13, 7, 0)
    drafting.draft_roundup(weekly, now=now)
    # Two processes both passed the guard: the second insert fails quietly.
    monkeypatch.setattr(drafting, "already_covered", lambda newsletter, now: False)
    assert drafting.draft_roundup(weekly, now=now) is None
    assert NewsletterIssue.objects.count() == 1


def test_draft_due_roundups_drafts_the_weekly_list_once(weekly, friday_7am_berlin):
    now = at(2025, 6, 13, 5, 0, 30)
    drafted = drafting.draft_due_roundups(now)
    assert [issue.newsletter.slug for issue in drafted] == ["weekly"]
    assert drafting.draft_due_roundups(now + datetime.timedelta(seconds=30)) == []
    # The QiOSK digest is not a round-up.
    assert not NewsletterIssue.objects.filter(newsletter__slug="qiosk-daily").exists()


def test_draft_due_roundups_logs_errors_instead_of_raising(weekly, monkeypatch, caplog):
    def broken(newsletter, now=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(drafting, "draft_roundup", broken)
    assert drafting.draft_due_roundups() == []
    assert "round-up failed" in caplog.text


@pytest.fixture
def keep_test_connection(monkeypatch):
    # The loop closes stale connections; on PostgreSQL that would close the
    # test's transaction under it.
    monkeypatch.setattr(
        "masthead.core.management.commands.scheduler.close_old_connections",
        lambda: None,
    )


def test_scheduler_loop_drafts_due_roundups(monkeypatch, keep_test_connection):
    calls = []
    monkeypatch.setattr(
        "masthead.newsletter.drafting.draft_due_roundups",
        lambda: calls.append("drafted"),
    )
    call_command("scheduler", "--once")
    assert calls == ["drafted"]


def test_scheduler_really_drafts(weekly, week_of_stories, keep_test_connection):
    call_command("scheduler", "--once")
    assert NewsletterIssue.objects.filter(newsletter=weekly).count() == 1


# The command ----------------------------------------------------------------


def test_command_drafts_only_when_due_unless_forced(weekly, week_of_stories):
    sent = NewsletterIssue.objects.create(
        newsletter=weekly,
        subject="This week's, already sent",
        period_start=hours_ago(24),
        period_end=hours_ago(0.001),
        status=IssueStatus.SENT,
    )
    out = StringIO()
    call_command("draft_roundup", stdout=out)
    assert "No round-up due" in out.getvalue()
    assert NewsletterIssue.objects.count() == 1

    out = StringIO()
    call_command("draft_roundup", "--list", "weekly", "--force", stdout=out)
    assert "Drafted issue" in out.getvalue()
    issue = NewsletterIssue.objects.exclude(pk=sent.pk).get()
    # Only what was published since the previous issue ended.
    assert titles(issue) == []

    # Forcing again does not stack a second draft of the same week.
    out = StringIO()
    call_command("draft_roundup", "--force", stdout=out)
    assert "already covers" in out.getvalue()
    assert NewsletterIssue.objects.count() == 2


def test_command_rejects_an_unknown_list(db):
    with pytest.raises(CommandError):
        call_command("draft_roundup", "--list", "nope", "--force")
