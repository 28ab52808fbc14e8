import json as _json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.models import Page

from masthead.analytics import queries
from masthead.analytics.periods import DAY


class Command(BaseCommand):
    help = (
        "Top pages by views, with visitors and signups, over the last N days "
        "(today included, live to the minute: raw events not yet rolled up count)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)
        parser.add_argument("--limit", type=int, default=20)
        parser.add_argument("--json", action="store_true", help="JSON output.")

    def handle(self, *args, days, limit, json: bool, **options):
        if not 1 <= days <= 3660:
            raise CommandError("--days must be between 1 and 3660")
        if limit < 1:
            raise CommandError("--limit must be at least 1")
        today = timezone.localdate()
        first_day = today - (days - 1) * DAY
        figures = queries.page_figures(first_day, today)
        totals = queries.daily_figures(first_day, today)
        ranked = sorted(figures.items(), key=lambda kv: (-kv[1].views, kv[0]))[:limit]
        pages = Page.objects.in_bulk([page_id for page_id, _ in ranked])
        rows = []
        for page_id, item in ranked:
            page = pages.get(page_id)
            rows.append(
                {
                    "page_id": page_id,
                    "title": page.title if page else "(deleted)",
                    "path": page.url if page else "",
                    "views": item.views,
                    "visitors": item.visitors,
                    "signups": item.signups,
                }
            )
        report = {
            "first_day": first_day.isoformat(),
            "last_day": today.isoformat(),
            "generated_at": timezone.now().isoformat(timespec="seconds"),
            "views": sum(f.views for _, f in totals),
            "visitors": sum(f.visitors for _, f in totals),
            "pages": rows,
        }
        if json:
            self.stdout.write(_json.dumps(report, indent=2))
            return
        self.stdout.write(
            f"Readers {first_day} to {today} (as of {report['generated_at']}): "
            f"{report['views']:,} views, {report['visitors']:,} visitors"
        )
        if not rows:
            self.stdout.write("No page views counted.")
            return
        width = max(len(row["title"][:60]) for row in rows)
        self.stdout.write(
            f"{'views':>9} {'visitors':>9} {'signups':>8}  {'page':<{width}}  path"
        )
        for row in rows:
            self.stdout.write(
                f"{row['views']:>9,} {row['visitors']:>9,} {row['signups']:>8,}"
                f"  {row['title'][:60]:<{width}}  {row['path']}"
            )
