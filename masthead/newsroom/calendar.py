"""The newsroom calendar: scheduled and published stories by day and section.

A week (the default: the current one) or a month, in the site's time zone
(``TIME_ZONE``), navigable. Each story links to its edit page and says what it
is: *scheduled* (Wagtail has a revision approved to go live at a time),
*published* (first published that day) or *draft* (its latest draft has a
go-live time but nobody has scheduled it yet). Editors who may publish a
scheduled story can move it from here: ``reschedule`` does what Wagtail's
schedule dialog followed by *Publish* does, so the story goes live at the new
time (``manage.py publish_scheduled``, run by the scheduler) and not the old.

The calendar costs the same number of queries whatever it shows.
"""

import calendar as pycalendar
import datetime
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import dateparse, timezone
from wagtail import hooks
from wagtail.models import Page, Revision

from masthead.articles.models import ArticlePage

WEEK = "week"
MONTH = "month"
INPUT_FORMAT = "%Y-%m-%dT%H:%M"  # <input type="datetime-local">


class CalendarError(ValueError):
    """Bad input from the editor: shown as a message, with a 400."""


def site_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def today():
    return timezone.localtime(timezone.now(), site_zone()).date()


@dataclass
class Period:
    kind: str  # WEEK or MONTH
    start: datetime.date  # first day shown
    end: datetime.date  # the day after the last

    @classmethod
    def containing(cls, day, kind=WEEK):
        if kind == MONTH:
            start = day.replace(day=1)
            length = pycalendar.monthrange(day.year, day.month)[1]
            return cls(MONTH, start, start + datetime.timedelta(days=length))
        start = day - datetime.timedelta(days=day.weekday())  # Monday
        return cls(WEEK, start, start + datetime.timedelta(days=7))

    @classmethod
    def from_query(cls, params):
        kind = params.get("view") or WEEK
        if kind not in (WEEK, MONTH):
            raise CalendarError("Choose a week or a month.")
        text = params.get("date")
        if text:
            try:
                day = datetime.date.fromisoformat(text)
            except ValueError:
                raise CalendarError(
                    f"“{text}” is not a date: use the form 2026-11-30."
                ) from None
        else:
            day = today()
        return cls.containing(day, kind)

    @property
    def days(self):
        count = (self.end - self.start).days
        return [self.start + datetime.timedelta(days=n) for n in range(count)]

    def bounds(self):
        """The period as aware datetimes [start, end) in the site's time zone."""
        zone = site_zone()
        return (
            datetime.datetime.combine(self.start, datetime.time.min, tzinfo=zone),
            datetime.datetime.combine(self.end, datetime.time.min, tzinfo=zone),
        )

    @property
    def previous(self):
        if self.kind == MONTH:
            return Period.containing(self.start - datetime.timedelta(days=1), MONTH)
        return Period.containing(self.start - datetime.timedelta(days=7), WEEK)

    @property
    def next(self):
        return Period.containing(self.end, self.kind)

    @property
    def title(self):
        last = self.end - datetime.timedelta(days=1)
        if self.kind == MONTH:
            return self.start.strftime("%B %Y")
        return f"Week of {self.start:%-d %B %Y} – {last:%-d %B %Y}"


@dataclass
class Entry:
    page_id: int
    title: str
    status: str  # "scheduled", "published" or "draft"
    when: datetime.datetime  # in the site's time zone
    section_id: int | None = None
    section_title: str = ""
    is_update: bool = False  # a scheduled new version of a live story
    can_publish: bool = False

    @property
    def day(self):
        return self.when.date()

    @property
    def input_value(self):
        return self.when.strftime(INPUT_FORMAT)


@dataclass
class Calendar:
    period: Period
    entries: list
    sections: list = field(default_factory=list)  # [(id, title)] in tree order

    def by_day(self):
        days = defaultdict(list)
        for entry in self.entries:
            days[entry.day].append(entry)
        return days

    def weeks(self):
        """Rows of seven (day, entries) cells for a month; None pads the edges."""
        days = self.by_day()
        cells = [None] * self.period.start.weekday()
        cells += [(day, days.get(day, [])) for day in self.period.days]
        cells += [None] * (-len(cells) % 7)
        return [cells[n : n + 7] for n in range(0, len(cells), 7)]

    def section_rows(self):
        """For a week: [(section title, [entries of each day])] of sections
        with a story in the week."""
        cells = defaultdict(lambda: defaultdict(list))
        for entry in self.entries:
            cells[entry.section_id][entry.day].append(entry)
        rows = []
        for section_id, title in self.sections:
            if section_id in cells:
                row = cells.pop(section_id)
                rows.append((title, [row.get(day, []) for day in self.period.days]))
        for row in cells.values():  # outside any known section
            rows.append(("Elsewhere", [row.get(day, []) for day in self.period.days]))
        return rows


def _local(moment):
    return timezone.localtime(moment, site_zone())


def build(period, user):
    """The period's stories, in a fixed number of queries."""
    start, end = period.bounds()
    article_type = ContentType.objects.get_for_model(ArticlePage)
    zone = site_zone()
    entries = []

    # Scheduled: a revision approved to go live at a time (Wagtail's schedule).
    scheduled = Revision.objects.filter(
        content_type=article_type,
        approved_go_live_at__gte=start,
        approved_go_live_at__lt=end,
    ).values_list("object_id", "approved_go_live_at", "object_str")
    for object_id, go_live_at, title in scheduled:
        entries.append(Entry(int(object_id), title, "scheduled", _local(go_live_at)))

    # Drafts whose latest version has a go-live time nobody has approved yet
    # (saved, not scheduled). The time is in the revision's JSON: read just it.
    # A story scheduled and edited since is listed once, as scheduled.
    scheduled_ids = {entry.page_id for entry in entries}
    drafts = (
        ArticlePage.objects.filter(live=False)
        .exclude(latest_revision__content__go_live_at=None)
        .values_list("pk", "draft_title", "latest_revision__content__go_live_at")
    )
    for pk, title, text in drafts:
        if pk in scheduled_ids:
            continue
        moment = dateparse.parse_datetime(text) if isinstance(text, str) else None
        if moment is None:
            continue
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, zone)
        if start <= moment < end:
            entries.append(Entry(pk, title, "draft", _local(moment)))

    # Published: first went live that day.
    published = ArticlePage.objects.filter(
        live=True, first_published_at__gte=start, first_published_at__lt=end
    ).values_list("pk", "title", "first_published_at")
    for pk, title, moment in published:
        entries.append(Entry(pk, title, "published", _local(moment)))

    # Where each story sits (its section) and whether the user may publish it:
    # one query for the pages, one for their parents; Wagtail caches the
    # user's page permissions.
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in={e.page_id for e in entries}).only(
            "pk", "path", "depth", "live", "content_type"
        )
    }
    steplen = Page.steplen
    parents = {
        page.path: (page.pk, page.title)
        for page in Page.objects.filter(
            path__in={page.path[:-steplen] for page in pages.values()}
        ).only("pk", "path", "title")
    }
    for entry in entries:
        page = pages.get(entry.page_id)
        if page is None:
            continue
        entry.section_id, entry.section_title = parents.get(
            page.path[:-steplen], (None, "")
        )
        entry.is_update = entry.status == "scheduled" and page.live
        entry.can_publish = page.permissions_for_user(user).can_publish()
    entries.sort(key=lambda e: (e.when, e.title))
    sections = sorted(
        ((pk, title, path) for path, (pk, title) in parents.items()),
        key=lambda item: item[2],
    )
    return Calendar(period, entries, [(pk, title) for pk, title, _ in sections])


# Rescheduling ---------------------------------------------------------------


def parse_go_live(text):
    """The editor's date-time (site time zone) as an aware datetime."""
    text = (text or "").strip()
    moment = None
    for form in (INPUT_FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            moment = datetime.datetime.strptime(text, form)
            break
        except ValueError:
            continue
    if moment is None:
        raise CalendarError(
            f"“{text}” is not a date and time: use the form 2026-11-30T09:00."
        )
    return moment.replace(tzinfo=site_zone())


@transaction.atomic
def reschedule(request, page, go_live_at):
    """Move ``page``'s scheduled publication to ``go_live_at``.

    What Wagtail's edit view does when an editor changes the date in the
    schedule dialog and chooses *Publish*: a new revision carrying the new
    ``go_live_at``, published, which approves it to go live then and clears
    the old revision's approval. The content is the scheduled revision's,
    unchanged. Returns an HTTP response if a ``before_publish_page`` hook
    refuses (as the edit view would), else None.
    """
    page = type(page).objects.select_for_update().get(pk=page.pk)
    revision = (
        page.revisions.filter(approved_go_live_at__isnull=False)
        .order_by("-created_at", "-id")
        .first()
    )
    if revision is None:
        raise CalendarError(f"“{page.get_admin_display_title()}” is not scheduled.")
    if go_live_at <= timezone.now():
        raise CalendarError(
            "Choose a time in the future. To publish the story now, open it "
            "and choose Publish."
        )
    if revision.pk != page.latest_revision_id:
        # Rescheduling the approved revision would hide those later changes
        # from the editor: let them decide on the edit page.
        raise CalendarError(
            f"“{page.get_admin_display_title()}” has changes saved after it "
            "was scheduled. Open it to schedule the version you want."
        )
    scheduled = revision.as_object()
    if scheduled.expire_at and go_live_at >= scheduled.expire_at:
        raise CalendarError(
            "The story would go live after it expires "
            f"({_local(scheduled.expire_at):%-d %B %Y, %H:%M}): choose an "
            "earlier time or change the expiry on its edit page."
        )
    scheduled.go_live_at = go_live_at
    for hook in hooks.get_hooks("before_publish_page"):
        result = hook(request, scheduled)
        if hasattr(result, "status_code"):
            transaction.set_rollback(True)
            return result
    new_revision = scheduled.save_revision(
        user=request.user, log_action=True, clean=False
    )
    new_revision.publish(user=request.user)
    for hook in hooks.get_hooks("after_publish_page"):
        result = hook(request, scheduled)
        if hasattr(result, "status_code"):
            return result
    return None
