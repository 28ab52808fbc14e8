"""Figures for the operators' newsletter report, and server-drawn SVG charts of them.

Only counts leave this module: no address, name or other subscriber detail is
ever part of a report.
"""

import datetime
import math
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.text import Truncator

from masthead.newsletter.models import (
    Delivery,
    DeliveryState,
    IssueStatus,
    NewsletterIssue,
    Subscriber,
    SubscriberStatus,
)

GONE = [
    SubscriberStatus.UNSUBSCRIBED,
    SubscriberStatus.BOUNCED,
    SubscriberStatus.COMPLAINED,
]
REMAINING = [
    DeliveryState.QUEUED,
    DeliveryState.CLAIMED,
    DeliveryState.DEFERRED,
]


# Figures ------------------------------------------------------------------


@dataclass
class Week:
    start: datetime.datetime
    end: datetime.datetime
    active: int = 0
    signups: int = 0
    unsubscribes: int = 0


def week_starts(now, weeks):
    """Monday 00:00 (local time) of each of the last ``weeks`` weeks, oldest first."""
    local = timezone.localtime(now)
    monday = local.date() - datetime.timedelta(days=local.weekday())
    zone = local.tzinfo
    return [
        datetime.datetime.combine(
            monday - datetime.timedelta(weeks=back), datetime.time(), tzinfo=zone
        )
        for back in range(weeks - 1, -1, -1)
    ]


def subscriber_growth(now=None, weeks=26):
    """Active subscribers at the end of each week, new signups and unsubscribes.

    The active count is derived from each subscriber's confirmation time and
    last status change, so one who confirmed, left and came back again counts
    from the latest confirmation. Computed in one query.
    """
    now = now or timezone.now()
    starts = week_starts(now, weeks)
    rows = [Week(start=s, end=min(s + datetime.timedelta(days=7), now)) for s in starts]
    confirmed_by = Q(confirmed_at__isnull=False)
    aggregates = {}
    for i, week in enumerate(rows):
        end = week.end
        active_then = (
            Q(status=SubscriberStatus.ACTIVE)
            & (
                Q(confirmed_at__lt=end)
                | Q(confirmed_at__isnull=True, created_at__lt=end)
            )
        ) | (
            Q(status__in=GONE, status_changed_at__gte=end)
            & confirmed_by
            & Q(confirmed_at__lt=end)
        )
        aggregates[f"a{i}"] = Count("pk", filter=active_then)
        aggregates[f"s{i}"] = Count(
            "pk", filter=Q(created_at__gte=week.start, created_at__lt=end)
        )
        aggregates[f"u{i}"] = Count(
            "pk",
            filter=Q(
                status__in=GONE,
                status_changed_at__gte=week.start,
                status_changed_at__lt=end,
            ),
        )
    figures = Subscriber.objects.aggregate(**aggregates)
    for i, week in enumerate(rows):
        week.active = figures[f"a{i}"]
        week.signups = figures[f"s{i}"]
        week.unsubscribes = figures[f"u{i}"]
    return rows


@dataclass
class IssueFigures:
    issue: NewsletterIssue
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    uncertain: int = 0
    remaining: int = 0

    @property
    def total(self):
        return self.sent + self.failed + self.skipped + self.uncertain + self.remaining


def delivery_figures(limit=12):
    """Delivery counts of the newest issues that went (or are going) out."""
    issues = list(
        NewsletterIssue.objects.filter(
            status__in=[IssueStatus.SENDING, IssueStatus.PAUSED, IssueStatus.SENT]
        )
        .select_related("newsletter")
        .order_by("-sent_at", "-period_end", "-pk")[:limit]
    )
    figures = {issue.pk: IssueFigures(issue) for issue in issues}
    counts = (
        Delivery.objects.filter(issue__in=issues)
        .values_list("issue_id", "state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for issue_id, state, n in counts:
        row = figures[issue_id]
        if state == DeliveryState.SENT:
            row.sent += n
        elif state == DeliveryState.FAILED:
            row.failed += n
        elif state == DeliveryState.SKIPPED:
            row.skipped += n
        elif state == DeliveryState.COMMITTING:
            row.uncertain += n
        else:
            row.remaining += n
    return list(figures.values())


def issue_counts(issues):
    """{issue pk: {"total", "sent", "failed"}} for a listing, in one query."""
    counts = {
        row["issue_id"]: row
        for row in Delivery.objects.filter(issue__in=issues)
        .values("issue_id")
        .annotate(
            total=Count("pk"),
            sent=Count("pk", filter=Q(state=DeliveryState.SENT)),
            failed=Count("pk", filter=Q(state=DeliveryState.FAILED)),
        )
        .order_by()
    }
    return counts


# Charts -------------------------------------------------------------------

WIDTH = 720
PLOT_LEFT = 56
PLOT_RIGHT = 28
PLOT_TOP = 12
AXIS_HEIGHT = 28


NICE_STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10)


def axis_top(value, ticks=4):
    """A round top for an axis of counts: ``ticks`` equal, whole-number steps."""
    raw = max(value, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in NICE_STEPS if s * magnitude >= raw)
    step = max(math.ceil(step) if step < 10 else step, 1)
    return int(step * ticks)


@dataclass
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    gridlines: list = field(default_factory=list)  # (y, label)
    x_labels: list = field(default_factory=list)  # (x, label)
    bars: list = field(default_factory=list)  # dicts x y w h series title
    line: str = ""  # polyline points
    points: list = field(default_factory=list)  # (x, y, title)
    labels: list = field(default_factory=list)  # (x, y, text) left-hand labels


def _gridlines(top_value, plot_top, plot_bottom, ticks=4):
    lines = []
    for i in range(ticks + 1):
        value = top_value * i / ticks
        y = plot_bottom - (plot_bottom - plot_top) * i / ticks
        label = f"{value:,.0f}"
        lines.append((round(y, 1), label))
    return lines


def _week_label(week):
    return f"{week.start.day} {week.start:%b}"


def growth_line_chart(weeks, height=220):
    bottom = height - AXIS_HEIGHT
    chart = Chart(WIDTH, height, PLOT_LEFT, WIDTH - PLOT_RIGHT, PLOT_TOP, bottom)
    top_value = axis_top(max((w.active for w in weeks), default=0))
    chart.gridlines = _gridlines(top_value, PLOT_TOP, bottom)
    step = (chart.plot_right - PLOT_LEFT) / max(len(weeks) - 1, 1)
    coords = []
    for i, week in enumerate(weeks):
        x = round(PLOT_LEFT + i * step, 1)
        y = round(bottom - (bottom - PLOT_TOP) * week.active / top_value, 1)
        coords.append(f"{x},{y}")
        chart.points.append(
            (x, y, f"Week of {_week_label(week)}: {week.active:,} active")
        )
        if (len(weeks) - 1 - i) % 4 == 0:
            chart.x_labels.append((x, _week_label(week)))
    chart.line = " ".join(coords)
    return chart


def signup_bar_chart(weeks, height=200):
    bottom = height - AXIS_HEIGHT
    chart = Chart(WIDTH, height, PLOT_LEFT, WIDTH - PLOT_RIGHT, PLOT_TOP, bottom)
    top_value = axis_top(
        max((max(w.signups, w.unsubscribes) for w in weeks), default=0)
    )
    chart.gridlines = _gridlines(top_value, PLOT_TOP, bottom)
    slot = (chart.plot_right - PLOT_LEFT) / max(len(weeks), 1)
    bar = max(slot * 0.38, 1)
    for i, week in enumerate(weeks):
        x0 = PLOT_LEFT + i * slot + slot * 0.1
        for j, (series, value, noun) in enumerate(
            [
                ("signups", week.signups, "new signups"),
                ("unsubscribes", week.unsubscribes, "unsubscribes and removals"),
            ]
        ):
            h = (bottom - PLOT_TOP) * value / top_value
            chart.bars.append(
                {
                    "x": round(x0 + j * bar, 1),
                    "y": round(bottom - h, 1),
                    "w": round(bar, 1),
                    "h": round(h, 1),
                    "series": series,
                    "title": f"Week of {_week_label(week)}: {value:,} {noun}",
                }
            )
        if (len(weeks) - 1 - i) % 4 == 0:
            chart.x_labels.append((round(x0 + bar, 1), _week_label(week)))
    return chart


DELIVERY_SERIES = [
    ("sent", "sent"),
    ("failed", "failed"),
    ("skipped", "skipped"),
    ("uncertain", "possibly delivered"),
    ("remaining", "remaining"),
]


def delivery_bar_chart(rows, row_height=26):
    """Horizontal stacked bars, one per issue, in the order given (newest first)."""
    label_width = 220
    height = PLOT_TOP + row_height * max(len(rows), 1) + AXIS_HEIGHT
    bottom = height - AXIS_HEIGHT
    chart = Chart(WIDTH, height, label_width, WIDTH - PLOT_RIGHT, PLOT_TOP, bottom)
    top_value = axis_top(max((r.total for r in rows), default=0))
    span = chart.plot_right - label_width
    for i in range(5):
        x = round(label_width + span * i / 4, 1)
        value = top_value * i / 4
        chart.x_labels.append((x, f"{value:,.0f}"))
    for i, row in enumerate(rows):
        y = PLOT_TOP + i * row_height + 4
        chart.labels.append(
            (
                label_width - 8,
                y + (row_height - 8) / 2 + 4,
                Truncator(row.issue.subject).chars(34),
            )
        )
        x = label_width
        for series, noun in DELIVERY_SERIES:
            value = getattr(row, series)
            if not value:
                continue
            w = span * value / top_value
            chart.bars.append(
                {
                    "x": round(x, 1),
                    "y": y,
                    "w": round(w, 1),
                    "h": row_height - 8,
                    "series": series,
                    "title": f"{row.issue.subject}: {value:,} {noun}",
                }
            )
            x += w
    return chart
