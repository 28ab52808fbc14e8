"""The newsroom calendar: stories by day and section, and rescheduling there.

Rescheduling must do what Wagtail's schedule dialog and Publish do, so the
story really goes live at the new time: checked by running Wagtail's own
``publish_scheduled`` command at the old and at the new time.
"""

import datetime
import re
import zoneinfo

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver
from freezegun import freeze_time
from wagtail.models import Page, PageLogEntry, Revision

from masthead.newsroom import calendar
from tests.factories import ArticleFactory
from tests.newsroom.conftest import assert_refused, client_for

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# Wednesday 25 November 2026, 10:00 in Berlin; the week runs Mon 23 – Sun 29.
NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=BERLIN)
CALENDAR = "/admin/newsroom/calendar/"


@pytest.fixture(autouse=True)
def berlin(settings):
    settings.TIME_ZONE = "Europe/Berlin"


@pytest.fixture
def frozen():
    # The URLconf first: the API's pydantic schemas, built as it is imported,
    # cannot describe freezegun's stand-in datetime class.
    get_resolver().url_patterns  # noqa: B018
    with freeze_time(NOW) as clock:
        yield clock


def at(day, hour, minute=0):
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def schedule(page, when, user=None):
    """What an editor does on the edit page: set the go-live time in the
    schedule dialog, then Publish."""
    page = Page.objects.get(pk=page.pk).specific
    page.go_live_at = when
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    return Page.objects.get(pk=page.pk).specific


def reschedule_url(page):
    return f"/admin/newsroom/calendar/reschedule/{page.pk}/"


def entries_in(html):
    return {
        int(pk): status
        for pk, status in re.findall(
            r'data-calendar-entry="(\d+)" data-status="(\w+)"', html
        )
    }


def test_the_week_shows_scheduled_published_and_draft_stories_by_section(
    frozen, editor, section, other_section, author
):
    scheduled = schedule(
        ArticleFactory(parent=section, authors=[author], live=False, title="Soon"),
        at(27, 8),
    )
    published = ArticleFactory(
        parent=other_section, authors=[author], title="Out this morning"
    )
    draft = ArticleFactory(parent=section, authors=[author], live=False, title="Idea")
    draft.go_live_at = at(28, 9)
    draft.save_revision()  # a go-live time, saved but not scheduled
    next_week = schedule(
        ArticleFactory(parent=section, authors=[author], live=False), at(30, 7)
    )
    ArticleFactory(
        parent=section,
        authors=[author],
        published_at=datetime.datetime(2026, 10, 1, tzinfo=BERLIN),
    )

    response = client_for(editor).get(CALENDAR)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Week of 23 November 2026 – 29 November 2026" in html
    assert entries_in(html) == {
        scheduled.pk: "scheduled",
        published.pk: "published",
        draft.pk: "draft",
    }
    for page in (scheduled, published, draft):
        assert f'href="/admin/pages/{page.pk}/edit/"' in html
    # Rows by section, in the tree's order.
    assert html.index(">Asia-Pacific</th>") < html.index(">Europe</th>")
    # The scheduled story can be moved from here; the others cannot.
    assert f'action="{reschedule_url(scheduled)}"' in html
    assert f'action="{reschedule_url(published)}"' not in html
    assert 'value="2026-11-27T08:00"' in html

    following = client_for(editor).get(CALENDAR + "?view=week&date=2026-11-30")
    assert entries_in(following.content.decode()) == {next_week.pk: "scheduled"}


def test_days_are_the_sites_time_zone_days(frozen, editor, section, author):
    # 23:30 UTC on Thursday is 00:30 on Friday in Berlin.
    late = schedule(
        ArticleFactory(parent=section, authors=[author], live=False),
        datetime.datetime(2026, 11, 26, 23, 30, tzinfo=datetime.UTC),
    )
    period = calendar.Period.from_query({})
    [entry] = calendar.build(period, editor).entries
    assert entry.page_id == late.pk
    assert entry.day == datetime.date(2026, 11, 27)
    assert entry.input_value == "2026-11-27T00:30"


def test_the_month_view_and_its_navigation(frozen, editor, section, author):
    story = schedule(
        ArticleFactory(parent=section, authors=[author], live=False), at(3 + 27, 12)
    )
    html = client_for(editor).get(CALENDAR + "?view=month").content.decode()
    assert "November 2026" in html
    assert entries_in(html) == {story.pk: "scheduled"}
    assert "?view=month&amp;date=2026-10-01" in html  # previous
    assert "?view=month&amp;date=2026-12-01" in html  # next


@pytest.mark.parametrize("query", ["?date=2026-13-01", "?date=yesterday", "?view=year"])
def test_a_bad_period_is_a_400_with_a_message(frozen, editor, query):
    response = client_for(editor).get(CALENDAR + query)
    assert response.status_code == 400
    assert "not a date" in response.content.decode() or "week or a month" in (
        response.content.decode()
    )


def test_rescheduling_moves_the_publication_to_the_new_time(
    frozen, editor, section, author
):
    story = schedule(
        ArticleFactory(parent=section, authors=[author], live=False, title="Moved"),
        at(26, 9),
        user=editor,
    )
    response = client_for(editor).post(
        reschedule_url(story),
        {"go_live_at": "2026-11-27T15:30", "next": CALENDAR + "?view=week"},
    )
    assert response.status_code == 302
    assert response["Location"] == CALENDAR + "?view=week"

    story = Page.objects.get(pk=story.pk).specific
    new_time = at(27, 15, 30)
    assert story.go_live_at == new_time
    assert not story.live
    approved = Revision.objects.filter(
        object_id=str(story.pk), approved_go_live_at__isnull=False
    )
    assert list(approved.values_list("approved_go_live_at", flat=True)) == [new_time]
    assert approved.get().pk == story.latest_revision_id
    assert (
        PageLogEntry.objects.filter(
            page=story, action="wagtail.publish.schedule", user=editor
        ).count()
        == 2
    )

    # Wagtail's scheduler at the old time: nothing goes live.
    frozen.move_to(at(26, 9, 5))
    call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=story.pk).live
    # At the new time it does.
    frozen.move_to(at(27, 15, 31))
    call_command("publish_scheduled", verbosity=0)
    story = Page.objects.get(pk=story.pk)
    assert story.live
    assert story.first_published_at == at(27, 15, 31)
    assert Client().get(story.url).status_code == 200


def test_rescheduling_a_scheduled_update_of_a_live_story(frozen, editor, story):
    original_title = story.title
    page = Page.objects.get(pk=story.pk).specific
    page.title = "Seawalls: the update"
    page.go_live_at = at(26, 6)
    page.save_revision().publish()
    html = client_for(editor).get(CALENDAR).content.decode()
    assert "Scheduled update" in html

    response = client_for(editor).post(
        reschedule_url(story), {"go_live_at": "2026-11-28T06:00"}
    )
    assert response.status_code == 302
    frozen.move_to(at(26, 7))
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=story.pk).title == original_title
    frozen.move_to(at(28, 7))
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=story.pk).title == "Seawalls: the update"


@pytest.mark.parametrize(
    "value,message",
    [
        ("next tuesday", "is not a date and time"),
        ("", "is not a date and time"),
        ("2026-11-31T10:00", "is not a date and time"),
        ("2026-11-24T10:00", "Choose a time in the future"),
    ],
)
def test_bad_dates_change_nothing_and_say_why(
    frozen, editor, section, author, value, message
):
    story = schedule(
        ArticleFactory(parent=section, authors=[author], live=False), at(26, 9)
    )
    revisions = Revision.objects.count()
    response = client_for(editor).post(reschedule_url(story), {"go_live_at": value})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Revision.objects.count() == revisions
    assert Page.objects.get(pk=story.pk).specific.go_live_at == at(26, 9)
    approved = Revision.objects.get(approved_go_live_at__isnull=False)
    assert approved.approved_go_live_at == at(26, 9)


def test_only_scheduled_stories_without_later_changes_are_moved(
    frozen, editor, section, author, story
):
    response = client_for(editor).post(
        reschedule_url(story), {"go_live_at": "2026-11-27T10:00"}
    )
    assert response.status_code == 400
    assert "is not scheduled" in response.content.decode()

    scheduled = schedule(
        ArticleFactory(parent=section, authors=[author], live=False), at(26, 9)
    )
    scheduled.title = "A later draft"
    scheduled.save_revision()
    response = client_for(editor).post(
        reschedule_url(scheduled), {"go_live_at": "2026-11-27T10:00"}
    )
    assert response.status_code == 400
    assert "changes saved after it was scheduled" in response.content.decode()
    approved = Revision.objects.get(approved_go_live_at__isnull=False)
    assert approved.approved_go_live_at == at(26, 9)
    # Listed once, as scheduled, though its latest draft has a go-live time.
    html = client_for(editor).get(CALENDAR).content.decode()
    assert entries_in(html)[scheduled.pk] == "scheduled"
    assert html.count(f'data-calendar-entry="{scheduled.pk}"') == 1


def test_only_those_who_may_publish_the_story_reschedule_it(
    frozen, contributor, section_editor, section, other_section, author
):
    mine = schedule(
        ArticleFactory(parent=section, authors=[author], live=False), at(26, 9)
    )
    theirs = schedule(
        ArticleFactory(parent=other_section, authors=[author], live=False),
        at(26, 10),
    )
    html = client_for(section_editor).get(CALENDAR).content.decode()
    assert f'action="{reschedule_url(mine)}"' in html
    assert f'action="{reschedule_url(theirs)}"' not in html

    for user, page in ((contributor, mine), (section_editor, theirs)):
        response = client_for(user).post(
            reschedule_url(page), {"go_live_at": "2026-11-28T10:00"}
        )
        assert response.status_code == 403
    assert Page.objects.get(pk=mine.pk).specific.go_live_at == at(26, 9)
    assert Page.objects.get(pk=theirs.pk).specific.go_live_at == at(26, 10)

    anonymous = Client().post(reschedule_url(mine), {"go_live_at": "2026-11-28T10:00"})
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")


def test_the_calendar_is_in_the_menu_of_those_who_work_on_stories(
    editor, newsletter_editor
):
    # The sidebar is drawn from JSON in the page.
    assert '"/admin/newsroom/calendar/"' in (
        client_for(editor).get("/admin/").content.decode()
    )
    assert '"/admin/newsroom/calendar/"' not in (
        client_for(newsletter_editor).get("/admin/").content.decode()
    )
    assert_refused(client_for(newsletter_editor).get(CALENDAR))


def _queries(user):
    client = client_for(user)
    client.get(CALENDAR)  # sessions, permissions and content types cached
    with CaptureQueriesContext(connection) as queries:
        assert client.get(CALENDAR).status_code == 200
    return len(queries)


def test_the_calendar_costs_the_same_queries_for_any_number_of_stories(
    frozen, section_editor, section, other_section, author
):
    def add_stories(count):
        for n in range(count):
            parent = section if n % 2 else other_section
            schedule(
                ArticleFactory(parent=parent, authors=[author], live=False),
                at(26 + n % 3, 9, n),
            )
            ArticleFactory(parent=parent, authors=[author])
            draft = ArticleFactory(parent=parent, authors=[author], live=False)
            draft.go_live_at = at(27, 11, n)
            draft.save_revision()

    add_stories(2)
    few = _queries(section_editor)
    add_stories(8)
    many = _queries(section_editor)
    print(f"calendar week: {few} queries with 6 stories, {many} with 30")
    assert many == few
