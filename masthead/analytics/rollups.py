"""The scheduled job: hourly and daily rollups, then forgetting.

Run by the scheduler (``register_scheduled_job``, wagtail_hooks.py) on every
pass. Each finished hour (ANALYTICS_FLUSH_SECONDS plus a margin after its end,
so buffered beacons have landed) is added to ``HourlyPageViews``; the day it
belongs to gets its ``Daily*`` rows computed again from its raw events, up to
that hour (at midnight: the whole day, final).
Each step is one transaction that also advances ``RollupState.rolled_until``,
so a crash repeats a step, never half of one. Then raw events older than
ANALYTICS_RAW_DAYS (and already rolled up), hourly rows as old, and salts of
past days are deleted.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from masthead.analytics import queries, salts
from masthead.analytics.models import (
    DailyClickStats,
    DailyPageStats,
    DailyPageVisitor,
    DailySiteStats,
    DailySourceStats,
    DailyVisitor,
    Event,
    HourlyPageViews,
    RejectedCount,
    RollupState,
)
from masthead.analytics.periods import DAY, HOUR, day_start, hour_floor

logger = logging.getLogger(__name__)

TIME_INDEX = "analytics_event_occurred_at"  # migration 0002
MAX_HOURS_PER_RUN = 48  # a long catch-up continues on the next pass
REJECTED_KEEP_DAYS = 400
VIEW, SIGNUP, CLICK = Event.Kind.VIEW, Event.Kind.SIGNUP, Event.Kind.CLICK

# The ranking of "Most read" this process saw last: bump its tag on change.
_last_ranking = None


def grace():
    return timedelta(seconds=max(settings.ANALYTICS_FLUSH_SECONDS, 0) * 2 + 60)


def _state(now):
    state = RollupState.objects.first()
    if state is None:
        # Rows arrive in time order: the first by id is (nearly) the oldest.
        first = list(
            Event.objects.order_by("id").values_list("occurred_at", flat=True)[:1000]
        )
        state = RollupState.objects.create(
            rolled_until=hour_floor(min(first) if first else now)
        )
    return state


def run_due_rollups(now=None, max_hours=MAX_HOURS_PER_RUN):
    """Roll up every finished hour (at most ``max_hours``); returns how many.

    The daily rows of the day ``rolled_until`` falls in are recomputed up to it
    in the same transaction as the last hour, so rollups + raw events after
    ``rolled_until`` always add up to exact live figures.
    """
    now = now or timezone.now()
    summarize_time_index()
    state = _state(now)
    done = 0
    while (max_hours is None or done < max_hours) and (
        state.rolled_until + HOUR + grace() <= now
    ):
        start = state.rolled_until
        end = start + HOUR
        last = (max_hours is not None and done + 1 >= max_hours) or (
            end + HOUR + grace() > now
        )
        with transaction.atomic():
            roll_hour(start, end)
            if timezone.localtime(end).hour == 0:
                roll_day(timezone.localdate(start))
            elif last:
                # Today so far: replaced every hour, completed at midnight.
                roll_day(timezone.localdate(start), until=end)
            state.rolled_until = end
            state.save(update_fields=["rolled_until"])
        done += 1
    forget(now, state.rolled_until)
    refresh_most_read(state.rolled_until)
    return done


def summarize_time_index():
    """PostgreSQL: give the BRIN index the block ranges written since the last
    time (until then a query must read them whatever their times)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT brin_summarize_new_values(%s)", [TIME_INDEX])


def roll_hour(start, end):
    HourlyPageViews.objects.filter(hour=start).delete()
    rows = (
        Event.objects.filter(
            occurred_at__gte=start,
            occurred_at__lt=end,
            kind=VIEW,
            page_id__isnull=False,
        )
        .values("page_id")
        .annotate(views=Count("id"))
        .order_by()
    )
    HourlyPageViews.objects.bulk_create(
        HourlyPageViews(hour=start, page_id=row["page_id"], views=row["views"])
        for row in rows
    )


def roll_day(day, until=None):
    """The day's Daily* rows from its raw events (up to ``until`` if given).

    Visitors are counted by the first-view flags set when events were written:
    a page's visitors are its first views by each visitor that day, a source's
    the visitors whose first view of the day came from it.
    """
    start, end = day_start(day), until or day_start(day + DAY)
    events = Event.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
    events = events.order_by()
    for model in (DailyPageStats, DailySiteStats, DailySourceStats, DailyClickStats):
        model.objects.filter(day=day).delete()

    pages = (
        events.filter(page_id__isnull=False, kind__in=(VIEW, SIGNUP))
        .values("page_id")
        .annotate(
            views=Count("id", filter=Q(kind=VIEW)),
            visitors=Count("id", filter=Q(kind=VIEW, first_page_view_today=True)),
            signups=Count("id", filter=Q(kind=SIGNUP)),
        )
    )
    DailyPageStats.objects.bulk_create(
        (DailyPageStats(day=day, **row) for row in pages), batch_size=1000
    )

    site = events.aggregate(
        views=Count("id", filter=Q(kind=VIEW)),
        visitors=Count("id", filter=Q(kind=VIEW, first_view_today=True)),
        signups=Count("id", filter=Q(kind=SIGNUP)),
        clicks=Count("id", filter=Q(kind=CLICK)),
    )
    if any(site.values()):
        DailySiteStats.objects.create(day=day, **site)

    sources = (
        events.filter(kind=VIEW)
        .values("source", "referrer_host")
        .annotate(
            views=Count("id"), visitors=Count("id", filter=Q(first_view_today=True))
        )
    )
    DailySourceStats.objects.bulk_create(
        DailySourceStats(day=day, **row) for row in cap_hosts(list(sources))
    )

    clicks = (
        events.filter(kind=CLICK)
        .values("issue_id", "position", "page_id")
        .annotate(clicks=Count("id"))
    )
    DailyClickStats.objects.bulk_create(
        (DailyClickStats(day=day, **row) for row in clicks if row["issue_id"]),
        batch_size=1000,
    )


def cap_hosts(rows):
    """Keep the day's top referrer hosts (by visitors, at least
    ANALYTICS_REFERRER_MIN_VISITORS); merge the others into their source with
    no host. Referrer spam, one address forging many hosts, stays nameless."""
    named = sorted(
        (row for row in rows if row["referrer_host"]),
        key=lambda row: (-row["visitors"], -row["views"], row["referrer_host"]),
    )
    keep = {
        (row["source"], row["referrer_host"])
        for row in named[: settings.ANALYTICS_REFERRER_HOSTS]
        if row["visitors"] >= settings.ANALYTICS_REFERRER_MIN_VISITORS
    }
    merged = {}
    for row in rows:
        key = (row["source"], row["referrer_host"])
        if key not in keep:
            key = (row["source"], "")
        item = merged.setdefault(
            key,
            {"source": key[0], "referrer_host": key[1], "views": 0, "visitors": 0},
        )
        item["views"] += row["views"]
        item["visitors"] += row["visitors"]
    return list(merged.values())


def forget(now, rolled_until):
    """Delete what is kept no longer: raw events after ANALYTICS_RAW_DAYS (never
    before their day is rolled up), hourly rows as old, past days' salts."""
    raw_cutoff = now - timedelta(days=settings.ANALYTICS_RAW_DAYS)
    first_raw_day = day_start(timezone.localdate(rolled_until))
    Event.objects.filter(occurred_at__lt=min(raw_cutoff, first_raw_day)).delete()
    HourlyPageViews.objects.filter(hour__lt=raw_cutoff).delete()
    RejectedCount.objects.filter(
        day__lt=timezone.localdate(now) - timedelta(days=REJECTED_KEEP_DAYS)
    ).delete()
    salts.destroy_before(timezone.localdate(now))
    # Yesterday's stay a day: an event of 23:59 may be written after midnight.
    yesterday = timezone.localdate(now) - DAY
    DailyVisitor.objects.filter(day__lt=yesterday).delete()
    DailyPageVisitor.objects.filter(day__lt=yesterday).delete()


def refresh_most_read(rolled_until):
    """Bump ``list:most-read`` when the ranking changed: the front page's copy
    in the page cache (and each process's cached ranking) goes."""
    global _last_ranking
    ranking = queries.most_read_ranking(20, rolled=rolled_until)
    if ranking == _last_ranking:
        return
    _last_ranking = ranking
    from masthead.page_cache.invalidation import bump

    try:
        bump({queries.MOST_READ_TAG})
    except Exception:
        logger.exception("analytics: could not refresh the most read list")
