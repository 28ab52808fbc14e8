"""The newsroom's dashboard: the admin's home page as an editor's desk.

"New story" in one click, then the stories that need the user today: their
drafts, the submissions they can review, what goes live in the next seven
days and what went live today; and, when an app registers the
``newsroom_most_read_today`` hook (analytics does), the most read stories.

Each list costs a fixed number of queries, however many stories it shows:
the stories in one query, their sections in one more.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState

from masthead.articles.models import ArticlePage
from masthead.newsroom.new_story import URL_NAME, sections_for
from masthead.sections.models import SectionPage

LIST_LENGTH = 10
SCHEDULE_DAYS = 7
MOST_READ_HOOK = "newsroom_most_read_today"


@dataclass
class DeskRow:
    page: Page
    section: Page | None
    when: datetime | None
    note: str = ""

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def _sections_of(pages):
    """{page id: its section}, in one query for all of them."""
    parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages}
    sections = {
        section.path: section
        for section in SectionPage.objects.filter(
            path__in=set(parent_paths.values())
        ).only("id", "title", "path", "depth")
    }
    return {pk: sections.get(path) for pk, path in parent_paths.items()}


def _rows(pages, when, note=lambda page: ""):
    pages = list(pages)
    sections = _sections_of(pages)
    return [DeskRow(p, sections[p.pk], when(p), note(p)) for p in pages]


def _stories():
    return ArticlePage.objects.only(
        "id", "title", "path", "depth", "live", "latest_revision_created_at",
        "first_published_at", "last_published_at", "owner_id",
    )  # fmt: skip


def my_drafts(user):
    pages = list(
        _stories()
        .filter(owner=user, live=False)
        .order_by("-latest_revision_created_at", "-pk")[:LIST_LENGTH]
    )
    # A scheduled story is not live yet either: say so rather than hide it.
    scheduled = dict(
        Revision.page_revisions.filter(
            object_id__in=[str(page.pk) for page in pages],
            approved_go_live_at__isnull=False,
        ).values_list("object_id", "approved_go_live_at")
    )

    def note(page):
        when = scheduled.get(str(page.pk))
        if when is None:
            return ""
        return f"Scheduled for {timezone.localtime(when):%a %-d %b, %H:%M}"

    return _rows(pages, lambda page: page.latest_revision_created_at, note)


def awaiting_my_review(user):
    """Stories in a workflow task ``user`` can approve or reject."""
    article_type = ContentType.objects.get_for_model(ArticlePage)
    states = list(
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__content_type=article_type)
        .select_related("workflow_state__requested_by", "task")
        .order_by("-started_at")[:LIST_LENGTH]
    )
    pages = _stories().in_bulk([int(s.workflow_state.object_id) for s in states])
    found = [(s, pages[int(s.workflow_state.object_id)]) for s in states]
    found = [(s, page) for s, page in found if page is not None]
    by_page = {page.pk: s for s, page in found}

    def note(page):
        state = by_page[page.pk]
        who = state.workflow_state.requested_by
        name = (who.get_full_name() or who.get_username()) if who else ""
        return f"{state.task.name}" + (f", from {name}" if name else "")

    return _rows([page for _, page in found], lambda p: by_page[p.pk].started_at, note)


def scheduled_soon(now=None):
    """Stories with a revision scheduled to go live within the next seven days."""
    now = now or timezone.now()
    revisions = list(
        Revision.page_revisions.filter(
            content_type=ContentType.objects.get_for_model(ArticlePage),
            approved_go_live_at__gte=now,
            approved_go_live_at__lt=now + timedelta(days=SCHEDULE_DAYS),
        )
        .only("object_id", "approved_go_live_at")
        .order_by("approved_go_live_at")[:LIST_LENGTH]
    )
    pages = _stories().in_bulk([int(r.object_id) for r in revisions])
    go_live = {}
    for revision in revisions:
        go_live.setdefault(int(revision.object_id), revision.approved_go_live_at)
    return _rows(
        [pages[pk] for pk in go_live if pk in pages], lambda page: go_live[page.pk]
    )


def published_today(now=None):
    now = timezone.localtime(now or timezone.now())
    start = timezone.make_aware(datetime.combine(now.date(), time.min))
    pages = (
        _stories()
        .live()
        .filter(first_published_at__gte=start)
        .order_by("-first_published_at")[:LIST_LENGTH]
    )
    return _rows(pages, lambda page: page.first_published_at)


def most_read_today(user):
    """The first non-empty list a ``newsroom_most_read_today`` hook gives
    ``user``; [] if hooks answer but have no figures yet; None if none answers.

    A hook returns (page, views) pairs, or None when this user may not see
    reading figures.
    """
    answered = None
    for read in hooks.get_hooks(MOST_READ_HOOK):
        figures = read(user)
        if figures is None:
            continue
        figures = list(figures)[:LIST_LENGTH]
        if figures:
            return figures
        answered = []
    return answered


class DeskPanel(Component):
    name = "newsroom_desk"
    template_name = "newsroom/admin/desk_panel.html"
    order = 10  # first: above Wagtail's own panels and the setup checklist

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["new_story_url"] = reverse(URL_NAME)
        context["lists"] = [
            ("My drafts", "No drafts of yours.", my_drafts(self.user)),
            (
                "Awaiting my review",
                "Nothing waits for your review.",
                awaiting_my_review(self.user),
            ),
            (
                f"Scheduled (next {SCHEDULE_DAYS} days)",
                "Nothing scheduled.",
                scheduled_soon(),
            ),
            ("Published today", "Nothing published yet today.", published_today()),
        ]
        return context


class MostReadPanel(Component):
    name = "newsroom_most_read"
    template_name = "newsroom/admin/most_read_panel.html"
    order = 11

    def __init__(self, figures):
        self.figures = figures

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = [page for page, _ in self.figures]
        sections = _sections_of(pages)
        context["rows"] = [
            (DeskRow(page, sections[page.pk], None), views)
            for page, views in self.figures
        ]
        return context


def add_panels(request, panels):
    user = request.user
    if user.is_superuser or sections_for(user):
        panels.append(DeskPanel(user))
    figures = most_read_today(user)
    if figures is not None:
        panels.append(MostReadPanel(figures))
