"""The weekly draft proposes a short ranked list: picks, most read, newest."""

import datetime

import pytest
from django.db import DatabaseError

from masthead.analytics import rollups
from masthead.analytics.models import Event
from masthead.articles.models import ArticleType
from masthead.newsletter import drafting
from masthead.newsletter.models import NewsletterList, RoundupPick
from tests.factories import ArticleFactory, hours_ago, make_private

pytestmark = pytest.mark.django_db


@pytest.fixture
def weekly(db):
    return NewsletterList.objects.get(slug="weekly")


@pytest.fixture
def week(section):
    """Fifteen stories (Story 1 newest … Story 15 oldest) and two QiOSK items."""
    stories = {
        n: ArticleFactory(parent=section, title=f"Story {n}", published_at=hours_ago(n))
        for n in range(1, 16)
    }
    for n in (1, 2):
        ArticleFactory(
            parent=section,
            title=f"Quick {n}",
            article_type=ArticleType.QIOSK,
            published_at=hours_ago(n + 0.5),
        )
    return stories


def titles(issue):
    return [item.article.title for item in issue.items.order_by("sort_order")]


def views_of(counts):
    """A stand-in for the analytics app: views by page id, recording its calls."""
    calls = []

    def week_views(first_day, last_day):
        calls.append((first_day, last_day))
        return counts

    week_views.calls = calls
    return week_views


def test_the_draft_proposes_picks_then_most_read_then_newest(
    weekly, week, monkeypatch, settings
):
    settings.NEWSLETTER_ROUNDUP_SIZE = 8
    RoundupPick.objects.create(article=week[12])
    RoundupPick.objects.create(article=week[9])
    views = views_of({week[14].pk: 40, week[5].pk: 300, week[9].pk: 999, 123456: 5})
    monkeypatch.setattr(drafting, "week_views", views)

    issue = drafting.draft_roundup(weekly)

    assert titles(issue) == [
        "Story 12",  # picked first
        "Story 9",  # picked second (its views do not move it)
        "Story 5",  # 300 views
        "Story 14",  # 40 views
        "Story 1",  # then the newest full stories
        "Story 2",
        "Story 3",
        "Story 4",
    ]
    # Asked for the days of the issue's period, in the site's time zone.
    (first_day, last_day) = views.calls[0]
    assert isinstance(first_day, datetime.date) and first_day < last_day
    assert last_day == issue.period_end.date()


def test_the_rest_of_the_week_is_ranked_below_the_proposal(weekly, week, settings):
    settings.NEWSLETTER_ROUNDUP_SIZE = 10
    issue = drafting.draft_roundup(weekly)
    assert len(titles(issue)) == 10
    ranked = drafting.ranked_roundup(issue.period_start, issue.period_end)
    rest = [a.title for a, _, _ in ranked[10:]]
    # Five older stories, then the QiOSK items (newest first).
    assert rest == [f"Story {n}" for n in range(11, 16)] + ["Quick 1", "Quick 2"]
    assert {reason for _, reason, _ in ranked} == {drafting.NEWEST}


def test_the_default_size_is_ten(weekly, week):
    assert drafting.roundup_size() == 10
    assert len(titles(drafting.draft_roundup(weekly))) == 10


def test_a_pick_of_an_older_story_made_this_week_is_proposed(weekly, week, section):
    older = ArticleFactory(
        parent=section, title="Worth another look", published_at=hours_ago(24 * 30)
    )
    RoundupPick.objects.create(article=older)
    issue = drafting.draft_roundup(weekly)
    assert titles(issue)[0] == "Worth another look"


def test_picks_and_views_never_bring_in_hidden_stories(
    weekly, week, section, monkeypatch
):
    hidden = make_private(
        ArticleFactory(parent=section, title="Private", published_at=hours_ago(3))
    ).page
    draft = ArticleFactory(parent=section, title="Draft", live=False)
    RoundupPick.objects.create(article=hidden)
    RoundupPick.objects.create(article=draft)
    monkeypatch.setattr(
        drafting, "week_views", views_of({hidden.pk: 1000, draft.pk: 1000})
    )
    issue = drafting.draft_roundup(weekly)
    assert "Private" not in titles(issue) and "Draft" not in titles(issue)
    assert titles(issue)[0] == "Story 1"


def test_week_views_come_from_the_reading_figures():
    # Rolled-up days and raw events not yet rolled up both count; views
    # outside the days asked for do not.
    def view(day, hour, page_id):
        when = datetime.datetime(2026, 11, day, hour, tzinfo=datetime.UTC)
        Event.objects.create(occurred_at=when, kind=Event.Kind.VIEW, page_id=page_id)

    view(19, 12, 5)  # the week before
    view(21, 9, 5)
    view(22, 9, 5)
    view(22, 10, 6)
    rollups.run_due_rollups(
        now=datetime.datetime(2026, 11, 23, 1, tzinfo=datetime.UTC), max_hours=None
    )
    view(26, 9, 6)  # raw, after the rollups
    today = datetime.date(2026, 11, 27)
    assert drafting.week_views(today - datetime.timedelta(days=6), today) == {
        5: 2,
        6: 2,
    }


def test_the_draft_is_made_when_the_reading_figures_cannot_be_read(
    weekly, week, monkeypatch
):
    def broken(first_day, last_day):
        raise DatabaseError("no such table: analytics_dailypagestats")

    monkeypatch.setattr(drafting, "page_views_between", broken)
    issue = drafting.draft_roundup(weekly)
    assert titles(issue)[0] == "Story 1"
