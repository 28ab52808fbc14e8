"""Reading figures, live: the rollups for days they cover, raw events after.

Everything before the rollup state's ``rolled_until`` (at most an hour and a
bit ago) comes from the daily rollups, the rest from raw events. So every
figure includes events written a moment ago (beacons reach the table within
ANALYTICS_FLUSH_SECONDS), and no query reads more than the last hour's raw
events.

Visitors are unique per day (the hash changes daily); over several days they
are the sum of each day's visitors. They are counted by adding first-view flags
(``Event.first_view_today``), so the rollups and the raw part add up exactly.

Other apps use: ``page_views_between``, ``issue_clicks_by_page`` (newsletter),
``most_read_ids`` (the front page's "Most read"), ``most_read_today``.
"""

import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from masthead.analytics.models import (
    DailyClickStats,
    DailyPageStats,
    DailySiteStats,
    DailySourceStats,
    Event,
    HourlyPageViews,
    RollupState,
)
from masthead.analytics.periods import DAY, day_start, days
from masthead.page_cache.tags import add_tags, tag_store

MOST_READ_TAG = "list:most-read"
MOST_READ_HOURS = 24
VIEW, SIGNUP, CLICK = Event.Kind.VIEW, Event.Kind.SIGNUP, Event.Kind.CLICK


@dataclass
class Figures:
    views: int = 0
    visitors: int = 0
    signups: int = 0
    clicks: int = 0


def rolled_until():
    return RollupState.objects.values_list("rolled_until", flat=True).first()


def split(first_day, last_day, rolled=None):
    """((first, last) days to read from the daily rollups, or None;
    (start, end) moments to read from raw events, or None).

    The daily rows of the day ``rolled_until`` falls in cover it up to that
    moment; raw events from there on complete them.
    """
    rolled = rolled if rolled is not None else rolled_until()
    start, end = day_start(first_day), day_start(last_day + DAY)
    if rolled is None:
        return None, (start, end)
    rolled_day = timezone.localdate(rolled)
    rolled_days = None
    if first_day <= rolled_day:
        rolled_days = (first_day, min(last_day, rolled_day))
    raw = (max(start, rolled), end) if end > rolled else None
    return rolled_days, raw


def _raw(raw):
    start, end = raw
    return Event.objects.filter(occurred_at__gte=start, occurred_at__lt=end).order_by()


def page_figures(first_day, last_day):
    """{page id: Figures} of views, visitors and signups over the days."""
    rolled_days, raw = split(first_day, last_day)
    figures = defaultdict(Figures)
    if rolled_days:
        rows = (
            DailyPageStats.objects.filter(day__range=rolled_days)
            .values("page_id")
            .annotate(v=Sum("views"), u=Sum("visitors"), s=Sum("signups"))
            .order_by()
        )
        for row in rows:
            item = figures[row["page_id"]]
            item.views += row["v"]
            item.visitors += row["u"]
            item.signups += row["s"]
    if raw:
        rows = (
            _raw(raw)
            .filter(page_id__isnull=False, kind__in=(VIEW, SIGNUP))
            .values("page_id")
            .annotate(
                v=Count("id", filter=Q(kind=VIEW)),
                u=Count("id", filter=Q(kind=VIEW, first_page_view_today=True)),
                s=Count("id", filter=Q(kind=SIGNUP)),
            )
        )
        for row in rows:
            item = figures[row["page_id"]]
            item.views += row["v"]
            item.visitors += row["u"]
            item.signups += row["s"]
    return dict(figures)


def page_views_between(first_day, last_day):
    """{page id: views} from ``first_day`` to ``last_day`` (dates, inclusive)."""
    rolled_days, raw = split(first_day, last_day)
    views = defaultdict(int)
    if rolled_days:
        rows = (
            DailyPageStats.objects.filter(day__range=rolled_days, views__gt=0)
            .values("page_id")
            .annotate(v=Sum("views"))
            .order_by()
        )
        for row in rows:
            views[row["page_id"]] += row["v"]
    if raw:
        rows = (
            _raw(raw)
            .filter(kind=VIEW, page_id__isnull=False)
            .values("page_id")
            .annotate(v=Count("id"))
        )
        for row in rows:
            views[row["page_id"]] += row["v"]
    return dict(views)


def daily_figures(first_day, last_day):
    """[(day, Figures)] for each day, the whole site's (visitors once a day)."""
    rolled_days, raw = split(first_day, last_day)
    by_day = {day: Figures() for day in days(first_day, last_day)}
    if rolled_days:
        for row in DailySiteStats.objects.filter(day__range=rolled_days):
            by_day[row.day] = Figures(row.views, row.visitors, row.signups, row.clicks)
    if raw:
        rows = (
            _raw(raw)
            .annotate(
                day=TruncDate("occurred_at", tzinfo=timezone.get_current_timezone())
            )
            .values("day")
            .annotate(
                v=Count("id", filter=Q(kind=VIEW)),
                u=Count("id", filter=Q(kind=VIEW, first_view_today=True)),
                s=Count("id", filter=Q(kind=SIGNUP)),
                c=Count("id", filter=Q(kind=CLICK)),
            )
        )
        for row in rows:
            item = by_day.get(row["day"])
            if item is not None:
                item.views += row["v"]
                item.visitors += row["u"]
                item.signups += row["s"]
                item.clicks += row["c"]
    return sorted(by_day.items())


def source_figures(first_day, last_day):
    """{(source, referrer host): Figures} of views and visitors."""
    rolled_days, raw = split(first_day, last_day)
    figures = defaultdict(Figures)
    if rolled_days:
        rows = (
            DailySourceStats.objects.filter(day__range=rolled_days)
            .values("source", "referrer_host")
            .annotate(v=Sum("views"), u=Sum("visitors"))
            .order_by()
        )
        for row in rows:
            item = figures[row["source"], row["referrer_host"]]
            item.views += row["v"]
            item.visitors += row["u"]
    if raw:
        rows = (
            _raw(raw)
            .filter(kind=VIEW)
            .values("source", "referrer_host")
            .annotate(v=Count("id"), u=Count("id", filter=Q(first_view_today=True)))
        )
        for row in rows:
            item = figures[row["source"], row["referrer_host"]]
            item.views += row["v"]
            item.visitors += row["u"]
    return dict(figures)


def issue_clicks_by_page(issue_id):
    """{page id: clicks} on an issue's links to our pages (links elsewhere: None)."""
    rolled = rolled_until()
    clicks = defaultdict(int)
    rows = (
        DailyClickStats.objects.filter(issue_id=issue_id)
        .values("page_id")
        .annotate(c=Sum("clicks"))
        .order_by()
    )
    if rolled is None:
        rows = rows.none()
    for row in rows:
        clicks[row["page_id"]] += row["c"]
    raw = Event.objects.filter(kind=CLICK, issue_id=issue_id)
    if rolled is not None:
        raw = raw.filter(occurred_at__gte=rolled)
    for row in raw.values("page_id").annotate(c=Count("id")).order_by():
        clicks[row["page_id"]] += row["c"]
    return dict(clicks)


def issue_clicks_by_position(issue_id):
    """{position: clicks} of an issue's links."""
    rolled = rolled_until()
    clicks = defaultdict(int)
    rows = DailyClickStats.objects.filter(issue_id=issue_id)
    raw = Event.objects.filter(kind=CLICK, issue_id=issue_id)
    if rolled is None:
        rows = rows.none()
    else:
        raw = raw.filter(occurred_at__gte=rolled)
    for row in rows.values("position").annotate(c=Sum("clicks")).order_by():
        clicks[row["position"]] += row["c"]
    for row in raw.values("position").annotate(c=Count("id")).order_by():
        clicks[row["position"]] += row["c"]
    return dict(clicks)


def page_totals(page_id):
    """Figures of one page over all the days kept (the edit page's panel)."""
    rolled = rolled_until()
    total = Figures()
    rows = DailyPageStats.objects.filter(page_id=page_id)
    raw = Event.objects.filter(page_id=page_id, kind__in=(VIEW, SIGNUP))
    if rolled is None:
        rows = rows.none()
    else:
        raw = raw.filter(occurred_at__gte=rolled)
    summed = rows.aggregate(v=Sum("views"), s=Sum("signups"))
    counted = raw.aggregate(
        v=Count("id", filter=Q(kind=VIEW)), s=Count("id", filter=Q(kind=SIGNUP))
    )
    total.views = (summed["v"] or 0) + counted["v"]
    total.signups = (summed["s"] or 0) + counted["s"]
    return total


# --- Most read ----------------------------------------------------------------

_most_read_cache = {}
_most_read_lock = threading.Lock()


def most_read_ranking(count, rolled=None):
    """Page ids by views over the last MOST_READ_HOURS rolled-up hours."""
    rolled = rolled if rolled is not None else rolled_until()
    if rolled is None:
        return []
    rows = (
        HourlyPageViews.objects.filter(
            hour__gte=rolled - timedelta(hours=MOST_READ_HOURS), hour__lt=rolled
        )
        .values("page_id")
        .annotate(v=Sum("views"))
        .order_by("-v", "page_id")[:count]
    )
    return [row["page_id"] for row in rows]


def most_read_ids(count=20):
    """The ranking the front page's "Most read" shows, kept in each process
    until the rollup job bumps the page-cache tag ``list:most-read`` (it does
    when the ranking changes), which also drops cached pages showing it."""
    add_tags(MOST_READ_TAG)
    try:
        version = tuple(tag_store().versions((MOST_READ_TAG,)))
    except Exception:
        return most_read_ranking(count)
    key = (version, count)
    cached = _most_read_cache.get(key)
    if cached is None:
        cached = most_read_ranking(count)
        with _most_read_lock:
            _most_read_cache.clear()
            _most_read_cache[key] = cached
    return list(cached)


def forget_most_read():
    with _most_read_lock:
        _most_read_cache.clear()


def most_read_today(count=10):
    """[(page id, views)] of today so far, most read first."""
    today = timezone.localdate()
    views = page_views_between(today, today)
    return sorted(views.items(), key=lambda item: (-item[1], item[0]))[:count]
