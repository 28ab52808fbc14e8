"""The Readers dashboard (Wagtail admin): what is read, by whom (in numbers),
from where, and what brings subscribers. Permission: analytics.view_dashboard."""

import csv
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from masthead.analytics import queries
from masthead.analytics.models import RejectedCount, Source
from masthead.analytics.pages import known_pages
from masthead.analytics.periods import DAY

PERMISSION = "analytics.view_dashboard"
PERIODS = {1: "Today", 7: "Last 7 days", 30: "Last 30 days"}
TOP_COUNT = 10
# Sections are the pages right below the home page (treebeard: 4 characters a level).
SECTION_DEPTH = 3
STEP = 4


@dataclass
class Row:
    page: object
    views: int
    visitors: int
    signups: int
    section: str = ""


def period_days(request):
    try:
        days = int(request.GET.get("days", 7))
    except ValueError:
        days = 7
    return days if days in PERIODS else 7


def page_rows(first_day, last_day):
    """A Row per page read or signed up on in the period, most read first."""
    figures = queries.page_figures(first_day, last_day)
    pages = Page.objects.filter(pk__in=list(figures)).only(
        "id", "title", "path", "depth", "url_path", "live"
    )
    pages = {page.pk: page for page in pages}
    section_paths = {
        page.path[: STEP * SECTION_DEPTH]
        for page in pages.values()
        if page.depth >= SECTION_DEPTH
    }
    sections = dict(
        Page.objects.filter(path__in=section_paths).values_list("path", "title")
    )
    rows = []
    for page_id, item in figures.items():
        page = pages.get(page_id)
        if page is None:  # deleted since
            continue
        if page.depth >= SECTION_DEPTH:
            section = sections.get(page.path[: STEP * SECTION_DEPTH], "")
        else:
            section = "Front page"
        rows.append(Row(page, item.views, item.visitors, item.signups, section))
    rows.sort(key=lambda row: (-row.views, -row.signups, row.page.pk))
    return rows


def bar_chart(series, width=720, height=180):
    """Geometry of an SVG bar chart of daily views (server-rendered)."""
    top = max((figures.views for _, figures in series), default=0) or 1
    gap = 2
    slot = width / max(len(series), 1)
    bars = []
    for index, (day, figures) in enumerate(series):
        bar_height = round(figures.views / top * (height - 20), 1)
        bars.append(
            {
                "x": round(index * slot + gap / 2, 1),
                "y": round(height - bar_height, 1),
                "width": round(max(slot - gap, 1), 1),
                "height": bar_height,
                "day": day,
                "views": figures.views,
                "visitors": figures.visitors,
            }
        )
    return {"width": width, "height": height, "bars": bars, "top": top}


class ReadersView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Readers"
    header_icon = "view"
    template_name = "analytics/admin/dashboard.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        days = period_days(self.request)
        first_day = today - (days - 1) * DAY
        series = queries.daily_figures(today - 29 * DAY, today)
        totals = {}
        for span, label in PERIODS.items():
            part = [figures for day, figures in series if day > today - span * DAY]
            totals[span] = {
                "label": label,
                "views": sum(f.views for f in part),
                "visitors": sum(f.visitors for f in part),
                "signups": sum(f.signups for f in part),
            }
        rows = page_rows(first_day, today)
        sections = {}
        for row in rows:
            item = sections.setdefault(
                row.section or "Other pages",
                {"name": row.section or "Other pages", "views": 0, "visitors": 0},
            )
            item["views"] += row.views
            item["visitors"] += row.visitors
        source_rows = []
        labels = dict(Source.choices)
        for (source, host), figures in queries.source_figures(first_day, today).items():
            source_rows.append(
                {
                    "source": labels.get(source, source or "—"),
                    "host": host,
                    "views": figures.views,
                    "visitors": figures.visitors,
                }
            )
        source_rows.sort(key=lambda row: (-row["views"], row["source"], row["host"]))
        rejected = RejectedCount.objects.filter(day__gte=first_day).order_by("reason")
        context.update(
            days=days,
            periods=PERIODS,
            period_label=PERIODS[days],
            totals=totals,
            chart=bar_chart(series),
            series=series,
            top_stories=rows[:TOP_COUNT],
            signups=sorted(
                (row for row in rows if row.signups),
                key=lambda row: (-row.signups, row.page.pk),
            )[:TOP_COUNT],
            sections=sorted(sections.values(), key=lambda item: -item["views"]),
            sources=source_rows[:20],
            rejected=[(r.reason, r.count) for r in rejected],
            first_day=first_day,
            today=today,
        )
        return context

    def csv_response(self):
        today = timezone.localdate()
        days = period_days(self.request)
        first_day = today - (days - 1) * DAY
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="readers-{first_day}-{today}.csv"'
        )
        writer = csv.writer(response)
        writer.writerow(
            ["page_id", "title", "path", "section", "views", "visitors", "signups"]
        )
        for row in page_rows(first_day, today):
            writer.writerow(
                [
                    row.page.pk,
                    _csv_safe(row.page.title),
                    _public_path(row.page),
                    _csv_safe(row.section),
                    row.views,
                    row.visitors,
                    row.signups,
                ]
            )
        return response


def _public_path(page):
    known = known_pages.get(page.pk)
    return known[1] if known else page.url_path


def _csv_safe(text):
    """No formula injection when the file is opened in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
