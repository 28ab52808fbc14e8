"""What editors see: the Readers dashboard, its CSV, the story panel, the
report command and the newsroom's "most read today" hook."""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail import hooks

from masthead.analytics import recording
from masthead.analytics.models import Event
from masthead.newsroom.models import Role
from tests.analytics.conftest import send
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
DASHBOARD = "/admin/readers/"


def user_in(role_key, name=None):
    user = get_user_model().objects.create_user(
        name or role_key, f"{name or role_key}@example.org", "a-long-test-password"
    )
    user.groups.add(Role.objects.get(key=role_key).group)
    return user


@pytest.fixture
def figures(client, article, section):
    """Three views of the article (two readers), one of another story, and a
    signup on the article's page, all buffered and written."""
    other = ArticleFactory(parent=section, title="Grain corridors reopen")
    send(client, article, ip="198.51.100.1", referrer="https://www.google.com/")
    send(client, article, ip="198.51.100.1")
    send(client, article, ip="198.51.100.2", referrer="https://t.co/x")
    send(client, other, ip="198.51.100.3")
    recording.record_signup(article.url)
    recording.flush()
    return {"article": article, "other": other}


@pytest.mark.parametrize(
    "role, allowed",
    [
        ("editor", True),
        ("managing_editor", True),
        ("newsletter_editor", True),
        ("contributor", False),
        ("section_editor", False),
    ],
)
def test_dashboard_permission_by_role(client, home, role, allowed):
    user = user_in(role)
    client.force_login(user)
    response = client.get(DASHBOARD)
    assert response.status_code == (200 if allowed else 302)
    menu = client.get("/admin/").content.decode()
    assert (DASHBOARD in menu) is allowed


def test_anonymous_readers_are_sent_to_sign_in(client, home):
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_dashboard_shows_views_visitors_stories_sources_sections_signups(
    client, figures
):
    client.force_login(user_in("editor"))
    html = client.get(DASHBOARD).content.decode()
    assert (
        '<tr data-period="1"><th scope="row">Today</th><td>4</td><td>3</td><td>1</td>'
        in html
    )
    assert figures["article"].title in html
    assert "Grain corridors reopen" in html
    assert "google.com" in html and "Search engines" in html
    assert "t.co" in html and "Social networks" in html
    assert "Asia-Pacific" in html  # the section
    assert 'aria-labelledby="signups-heading"' in html
    # The chart: an SVG with a title and description, and the table beside it.
    assert '<svg role="img" aria-labelledby="chart-title chart-desc"' in html
    assert '<title id="chart-title">' in html and '<desc id="chart-desc">' in html
    assert "The chart as a table" in html


def test_dashboard_query_count_is_constant(
    client, figures, django_assert_max_num_queries
):
    client.force_login(user_in("editor"))
    with django_assert_max_num_queries(25):
        client.get(DASHBOARD + "?days=30")


def test_csv_export(client, figures):
    client.force_login(user_in("newsletter_editor"))
    response = client.get(DASHBOARD + "?days=7&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_title = {row["title"]: row for row in rows}
    story = by_title[figures["article"].title]
    assert (story["views"], story["visitors"], story["signups"]) == ("3", "2", "1")
    assert story["path"] == figures["article"].url


def test_csv_export_needs_the_permission(client, figures):
    client.force_login(user_in("contributor"))
    assert client.get(DASHBOARD + "?format=csv").status_code == 302


def test_story_edit_page_panel(client, figures):
    client.force_login(user_in("editor"))
    article = figures["article"]
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "Read 3 times, 1 newsletter signup." in html


def test_story_panel_is_hidden_without_the_permission(client, figures):
    from django.contrib.auth.models import Permission

    user = user_in("section_editor", "writer")
    user.groups.add(Role.objects.get(key="editor").group)
    group = Role.objects.get(key="editor").group
    group.permissions.remove(Permission.objects.get(codename="view_dashboard"))
    client.force_login(user)
    html = client.get(f"/admin/pages/{figures['article'].pk}/edit/").content.decode()
    assert "data-analytics-panel" not in html


def test_report_command_is_live_and_has_json(figures):
    # Nothing rolled up yet: every figure comes from raw events.
    out = io.StringIO()
    call_command("analytics_report", "--days", "7", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["views"] == 4 and report["visitors"] == 3
    top = report["pages"][0]
    assert top["page_id"] == figures["article"].pk
    assert (top["views"], top["visitors"], top["signups"]) == (3, 2, 1)
    out = io.StringIO()
    call_command("analytics_report", stdout=out)
    text = out.getvalue()
    assert figures["article"].title in text and "4 views, 3 visitors" in text


def test_report_command_refuses_bad_days(figures):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("analytics_report", "--days", "0")


def test_most_read_today_hook(figures):
    (hook,) = hooks.get_hooks("newsroom_most_read_today")
    editor = user_in("editor")
    ranked = hook(editor)
    assert [(page.pk, views) for page, views in ranked] == [
        (figures["article"].pk, 3),
        (figures["other"].pk, 1),
    ]
    assert hook(user_in("contributor")) is None


def test_page_views_between_for_the_newsletter_desk(figures):
    from django.utils import timezone

    from masthead.analytics.queries import page_views_between

    today = timezone.localdate()
    assert page_views_between(today, today) == {
        figures["article"].pk: 3,
        figures["other"].pk: 1,
    }
    assert Event.objects.filter(kind=Event.Kind.SIGNUP).count() == 1
