"""The newsroom's dashboard: new story, my drafts, my reviews, the schedule."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.client import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks

from masthead.newsroom import desk
from tests.factories import ArticleFactory, schedule
from tests.newsroom.conftest import client_for


def dashboard(user):
    response = client_for(user).get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def stories_of_every_kind(section, author, owner, contributor, n=1, start=0):
    for i in range(start, start + n):
        ArticleFactory(
            parent=section, title=f"Draft {i}", slug=f"draft-{i}",
            authors=[author], live=False, owner=owner,
        )  # fmt: skip
        schedule(
            ArticleFactory(
                parent=section,
                title=f"Soon {i}",
                slug=f"soon-{i}",
                authors=[author],
                live=False,
            ),  # fmt: skip
            hours_ahead=30 + i,
        )
        ArticleFactory(
            parent=section, title=f"Today {i}", slug=f"today-{i}", authors=[author]
        )
        submitted = ArticleFactory(
            parent=section, title=f"Review {i}", slug=f"review-{i}",
            authors=[author], live=False, owner=contributor,
        )  # fmt: skip
        submitted.save_revision(user=contributor)
        submitted.get_workflow().start(submitted, contributor)


def test_the_desk_lists_what_needs_the_editor(editor, contributor, section, author):
    stories_of_every_kind(section, author, editor, contributor)
    far = ArticleFactory(
        parent=section, title="Far off", slug="far-off", authors=[author], live=False
    )
    schedule(far, hours_ahead=24 * 9)
    html = dashboard(editor)
    assert 'href="/admin/new-story/"' in html
    for heading in (
        "My drafts",
        "Awaiting my review",
        "Scheduled (next 7 days)",
        "Published today",
    ):
        assert heading in html
    panel = desk.DeskPanel(editor).get_context_data({})["lists"]
    titles = {heading: [row.page.title for row in rows] for heading, _, rows in panel}
    assert titles["My drafts"] == ["Draft 0"]
    assert titles["Awaiting my review"] == ["Review 0"]
    assert titles["Scheduled (next 7 days)"] == ["Soon 0"]  # not "Far off"
    assert "Today 0" in titles["Published today"]
    review = panel[1][2][0]
    assert review.section.pk == section.pk
    assert review.edit_url == f"/admin/pages/{review.page.pk}/edit/"
    assert "from contributor" in review.note
    assert f'href="{review.edit_url}"' in html


def test_a_contributor_has_nothing_to_review(contributor, editor, section, author):
    stories_of_every_kind(section, author, editor, contributor)
    panel = desk.DeskPanel(contributor).get_context_data({})["lists"]
    # Their own story in review is theirs still; the editor's drafts are not.
    assert [row.page.title for row in panel[0][2]] == ["Review 0"]
    assert panel[1][2] == []


def test_no_desk_for_someone_who_writes_no_stories(newsletter_editor):
    assert "Your desk" not in dashboard(newsletter_editor)


@pytest.mark.no_page_cache
def test_the_desk_costs_the_same_queries_for_many_stories(
    editor, contributor, section, author
):
    stories_of_every_kind(section, author, editor, contributor, n=1)

    def render():
        request = RequestFactory().get("/admin/")
        request.user = editor
        with CaptureQueriesContext(connection) as queries:
            desk.DeskPanel(editor).render_html({"request": request})
        return len(queries)

    render()  # content types and permissions are cached after the first time
    few = render()
    stories_of_every_kind(section, author, editor, contributor, n=5, start=1)
    assert render() == few, "the desk's queries grow with its stories"


def test_most_read_shows_only_when_a_hook_gives_figures(
    editor, contributor, section, author
):
    story = ArticleFactory(parent=section, title="Widely read", authors=[author])
    # The analytics app's hook: figures (none yet) for those who may see them,
    # None (no panel) for a contributor.
    assert "No reading figures yet today." in dashboard(editor)
    assert "Most read today" not in dashboard(contributor)

    def figures(user):
        return [(story, 1234)] if user == editor else None

    with hooks.register_temporarily(desk.MOST_READ_HOOK, figures):
        html = dashboard(editor)
        assert "Most read today" in html
        assert "1234" in html
        assert f'href="/admin/pages/{story.pk}/edit/"' in html


def test_the_setup_checklist_stays(managing_editor, section):
    html = dashboard(managing_editor)
    assert "Your desk" in html
    assert "Name your magazine" in html


def test_scheduled_today_counts_from_now(editor, section, author):
    story = ArticleFactory(parent=section, title="Later", authors=[author], live=False)
    schedule(story, hours_ahead=2)
    rows = desk.scheduled_soon()
    assert [row.page.title for row in rows] == ["Later"]
    assert rows[0].when > timezone.now()
    assert desk.scheduled_soon(now=timezone.now() + timedelta(days=1)) == []
