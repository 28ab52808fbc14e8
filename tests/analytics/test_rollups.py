"""Rollups: hourly and daily figures from raw events, live figures, forgetting."""

import datetime

import pytest
from django.utils import timezone

from masthead.analytics import queries, recording, rollups
from masthead.analytics.models import (
    DailyClickStats,
    DailyPageStats,
    DailySiteStats,
    DailySourceStats,
    Event,
    HourlyPageViews,
    RollupState,
)

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
VIEW, SIGNUP, CLICK = Event.Kind.VIEW, Event.Kind.SIGNUP, Event.Kind.CLICK


def at(day, hour, minute=0):
    return datetime.datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def event(when, kind=VIEW, page_id=1, visitor=None, **fields):
    """An event written as the recorder writes it (first-view flags set)."""
    made = Event(
        occurred_at=when, kind=kind, page_id=page_id, visitor=visitor, **fields
    )
    recording.mark_first_views([made])
    made.save()
    return made


@pytest.fixture
def two_days():
    # Day 1: page 1 read 3 times by 2 visitors (one opted out), page 2 once; a
    # signup on page 1; a newsletter click. Day 2: page 2 twice.
    event(at(1, 9), visitor=11, source="search", referrer_host="google.com")
    event(at(1, 9, 30), visitor=11, source="direct")
    event(at(1, 10), visitor=None, source="direct")
    event(at(1, 10, 5), page_id=2, visitor=12, source="social", referrer_host="t.co")
    event(at(1, 11), kind=SIGNUP, page_id=1)
    event(at(1, 12), kind=CLICK, page_id=2, issue_id=7, position=3)
    event(at(2, 8), page_id=2, visitor=21, source="direct")
    event(at(2, 9), page_id=2, visitor=22, source="newsletter")


def test_hours_and_days_are_rolled_up(two_days):
    done = rollups.run_due_rollups(now=at(3, 1), max_hours=None)
    assert done == 2 * 24 - 9 + 0  # from 09:00 on day 1 to 00:00 on day 3
    assert RollupState.objects.get().rolled_until == at(3, 0)
    assert dict(
        HourlyPageViews.objects.filter(page_id=1).values_list("hour", "views")
    ) == {at(1, 9): 2, at(1, 10): 1}
    day1 = datetime.date(2026, 3, 1)
    pages = {
        row.page_id: (row.views, row.visitors, row.signups)
        for row in DailyPageStats.objects.filter(day=day1)
    }
    assert pages == {1: (3, 1, 1), 2: (1, 1, 0)}
    site = DailySiteStats.objects.get(day=day1)
    assert (site.views, site.visitors, site.signups, site.clicks) == (4, 2, 1, 1)
    click = DailyClickStats.objects.get()
    assert (click.issue_id, click.position, click.page_id, click.clicks) == (7, 3, 2, 1)
    assert DailySiteStats.objects.get(day=day1 + datetime.timedelta(days=1)).views == 2


def test_an_hour_is_rolled_up_only_once_buffered_beacons_have_landed(two_days):
    rollups.run_due_rollups(now=at(1, 10, 0))
    assert RollupState.objects.get().rolled_until == at(1, 9)
    rollups.run_due_rollups(now=at(1, 10, 5))
    assert RollupState.objects.get().rolled_until == at(1, 10)


def test_live_figures_add_raw_events_to_the_rollups(two_days, settings):
    rollups.run_due_rollups(now=at(2, 12), max_hours=None)  # day 1 rolled up
    event(at(2, 11, 59), page_id=1, visitor=23)
    first, last = datetime.date(2026, 3, 1), datetime.date(2026, 3, 2)
    assert queries.page_views_between(first, last) == {1: 4, 2: 3}
    assert queries.page_views_between(last, last) == {1: 1, 2: 2}
    figures = queries.page_figures(first, last)
    assert (figures[2].views, figures[2].visitors) == (3, 3)
    series = dict(queries.daily_figures(first, last))
    assert (series[first].views, series[first].visitors) == (4, 2)
    assert (series[last].views, series[last].visitors) == (3, 3)
    assert queries.issue_clicks_by_page(7) == {2: 1}
    event(at(2, 11), kind=CLICK, page_id=None, issue_id=7, position=1)
    assert queries.issue_clicks_by_page(7) == {2: 1, None: 1}
    assert queries.issue_clicks_by_position(7) == {3: 1, 1: 1}
    sources = queries.source_figures(first, last)
    # One visitor from google.com: below ANALYTICS_REFERRER_MIN_VISITORS, unnamed.
    assert sources["search", ""].views == 1
    assert ("search", "google.com") not in sources


def test_raw_events_are_deleted_after_the_setting_rollups_stay(two_days, settings):
    settings.ANALYTICS_RAW_DAYS = 1
    rollups.run_due_rollups(now=at(3, 1), max_hours=None)
    # Day 1's events are older than a day and rolled up: gone. Day 2's stay.
    assert Event.objects.filter(occurred_at__lt=at(2, 0)).count() == 0
    assert Event.objects.count() == 2
    assert DailyPageStats.objects.filter(day=datetime.date(2026, 3, 1)).count() == 2
    first = datetime.date(2026, 3, 1)
    assert queries.page_views_between(first, first) == {1: 3, 2: 1}


def test_events_not_yet_rolled_up_are_never_deleted(settings):
    settings.ANALYTICS_RAW_DAYS = 1
    event(at(1, 9))
    RollupState.objects.create(rolled_until=at(1, 9))
    rollups.run_due_rollups(now=at(5, 0), max_hours=3)
    assert Event.objects.count() == 1


def test_referrer_hosts_are_capped(settings):
    settings.ANALYTICS_REFERRER_HOSTS = 1
    settings.ANALYTICS_REFERRER_MIN_VISITORS = 2
    for visitor in (1, 2, 3):
        event(at(1, 9), visitor=visitor, source="other", referrer_host="big.example")
    event(at(1, 9), visitor=4, source="other", referrer_host="second.example")
    event(at(1, 9), visitor=4, source="other", referrer_host="second.example")
    for n in range(30):  # referrer spam: one address, many hosts
        event(at(1, 9), visitor=5, source="other", referrer_host=f"spam{n}.example")
    rollups.run_due_rollups(now=at(2, 1), max_hours=None)
    rows = {
        row.referrer_host: (row.views, row.visitors)
        for row in DailySourceStats.objects.all()
    }
    # Visitors by the source of their first view of the day: spam adds one.
    assert rows == {"big.example": (3, 3), "": (32, 2)}


def test_most_read_follows_the_rollups(section):
    from tests.factories import ArticleFactory

    first, second = ArticleFactory(parent=section), ArticleFactory(parent=section)
    now = timezone.now()
    hour_ago = now - datetime.timedelta(hours=1, minutes=10)
    for _ in range(3):
        event(hour_ago, page_id=second.pk)
    event(hour_ago, page_id=first.pk)
    RollupState.objects.create(rolled_until=hour_ago - datetime.timedelta(hours=1))
    assert queries.most_read_ids() == []
    rollups.run_due_rollups(now=now)
    assert queries.most_read_ids()[:2] == [second.pk, first.pk]
