"""Each newsroom role, logged in to the admin, can do its job and nothing more.

"Refused" is checked twice: the response says no, and the database is unchanged.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Site

from masthead.articles.models import ArticlePage
from masthead.core.models import MagazineSettings
from masthead.newsletter.models import (
    IssueStatus,
    NewsletterIssue,
    SendRun,
    Subscriber,
)
from tests.factories import ArticleFactory
from tests.newsletter.issue_data import make_issue
from tests.newsroom.conftest import (
    article_form,
    assert_refused,
    client_for,
    edit_form,
)

pytestmark = pytest.mark.django_db

ROLES = [
    "contributor",
    "section_editor",
    "editor",
    "newsletter_editor",
    "managing_editor",
]


def add_url(parent):
    return f"/admin/pages/add/articles/articlepage/{parent.pk}/"


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


# Creating stories ----------------------------------------------------------

# Whether each role may create a story in Asia-Pacific (the section editor's)
# and in Europe (not theirs).
CREATE = {
    "contributor": (True, True),
    "section_editor": (True, False),
    "editor": (True, True),
    "newsletter_editor": (False, False),
    "managing_editor": (True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_write_a_story_where(role, everyone, section, other_section, author):
    client = client_for(everyone[role])
    for parent, allowed in zip((section, other_section), CREATE[role], strict=True):
        slug = f"{role}-in-{parent.slug}"
        response = client.post(
            add_url(parent), article_form("A new story", slug, author)
        )
        created = ArticlePage.objects.filter(slug=slug).first()
        if allowed:
            assert response.status_code == 302, response.content.decode()[:1500]
            assert created is not None and not created.live
            assert created.owner == everyone[role]
        else:
            assert_refused(response)
            assert created is None


# Whether each role may publish in Asia-Pacific and in Europe.
PUBLISH = {
    "contributor": (False, False),
    "section_editor": (True, False),
    "editor": (True, True),
    "newsletter_editor": (False, False),
    "managing_editor": (True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_publish_a_new_story_where(
    role, everyone, section, other_section, author, client
):
    user_client = client_for(everyone[role])
    for parent, allowed in zip((section, other_section), PUBLISH[role], strict=True):
        slug = f"published-by-{role}-in-{parent.slug}"
        user_client.post(
            add_url(parent), article_form("Published?", slug, author, action="publish")
        )
        page = ArticlePage.objects.filter(slug=slug).first()
        if allowed:
            assert page is not None and page.live
            assert client.get(page.url).status_code == 200
        else:
            # Either refused outright or saved as a draft, never live.
            assert page is None or not page.live
            assert client.get(f"/{parent.slug}/{slug}/").status_code == 404


# Editing and publishing existing stories --------------------------------------

EDIT = {
    "contributor": (True, True),
    "section_editor": (True, False),
    "editor": (True, True),
    "newsletter_editor": (False, False),
    "managing_editor": (True, True),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_edit_whose_story_where(role, everyone, story, other_story, author):
    client = client_for(everyone[role])
    for page, allowed in zip((story, other_story), EDIT[role], strict=True):
        revisions = page.revisions.count()
        assert (client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200) == (
            allowed
        )
        response = client.post(
            f"/admin/pages/{page.pk}/edit/",
            edit_form(page, author, dek="A changed standfirst."),
        )
        page = fresh(page)
        if allowed:
            assert response.status_code == 302, response.content.decode()[:1500]
            assert page.revisions.count() == revisions + 1
            assert page.has_unpublished_changes
            assert page.get_latest_revision_as_object().dek == "A changed standfirst."
        else:
            assert_refused(response)
            assert page.revisions.count() == revisions
            assert not page.has_unpublished_changes
        # The live version is untouched either way until someone publishes.
        assert page.dek != "A changed standfirst."


@pytest.mark.parametrize("role", ROLES)
def test_who_may_publish_changes_where(
    role, everyone, story, other_story, author, django_capture_on_commit_callbacks
):
    client = client_for(everyone[role])
    for page, allowed in zip((story, other_story), PUBLISH[role], strict=True):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                f"/admin/pages/{page.pk}/edit/",
                edit_form(page, author, action="publish", dek="Republished dek."),
            )
        page = fresh(page)
        assert (page.dek == "Republished dek.") == allowed


UNPUBLISH = PUBLISH


@pytest.mark.parametrize("role", ROLES)
def test_who_may_unpublish_where(
    role, everyone, story, other_story, client, django_capture_on_commit_callbacks
):
    user_client = client_for(everyone[role])
    for page, allowed in zip((story, other_story), UNPUBLISH[role], strict=True):
        with django_capture_on_commit_callbacks(execute=True):
            response = user_client.post(f"/admin/pages/{page.pk}/unpublish/")
        if allowed:
            assert response.status_code == 302
            assert not fresh(page).live
            assert client.get(page.url).status_code == 404
        else:
            assert_refused(response)
            assert fresh(page).live
            assert client.get(page.url).status_code == 200


# Deleting --------------------------------------------------------------------

# Another writer's live story, in Asia-Pacific and in Europe.
DELETE_OTHERS = PUBLISH


@pytest.mark.parametrize("role", ROLES)
def test_who_may_delete_other_peoples_stories(role, everyone, story, other_story):
    client = client_for(everyone[role])
    for page, allowed in zip((story, other_story), DELETE_OTHERS[role], strict=True):
        response = client.post(f"/admin/pages/{page.pk}/delete/")
        if allowed:
            assert response.status_code == 302
            assert not Page.objects.filter(pk=page.pk).exists()
        else:
            assert_refused(response)
            assert Page.objects.filter(pk=page.pk, live=True).exists()


def test_contributor_deletes_own_draft_but_not_a_colleagues_draft(
    contributor, section, author
):
    mine = ArticleFactory(
        parent=section, slug="my-draft", live=False, owner=contributor
    )
    colleague = get_user_model().objects.create_user("colleague")
    theirs = ArticleFactory(
        parent=section, slug="their-draft", live=False, owner=colleague
    )
    client = client_for(contributor)

    response = client.get(f"/admin/pages/{theirs.pk}/delete/")
    assert_refused(response)
    response = client.post(f"/admin/pages/{theirs.pk}/delete/")
    assert_refused(response)
    assert Page.objects.filter(pk=theirs.pk).exists()

    response = client.post(f"/admin/pages/{mine.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=mine.pk).exists()


def test_bulk_delete_is_refused_for_a_colleagues_draft(contributor, section):
    colleague = get_user_model().objects.create_user("colleague")
    theirs = ArticleFactory(
        parent=section, slug="their-draft", live=False, owner=colleague
    )
    client = client_for(contributor)
    response = client.post(
        f"/admin/bulk/wagtailcore/page/delete/?id={theirs.pk}&next=/admin/"
    )
    assert_refused(response)
    assert Page.objects.filter(pk=theirs.pk).exists()


# History and copy -----------------------------------------------------------

HISTORY = EDIT


@pytest.mark.parametrize("role", ROLES)
def test_who_may_read_a_storys_history(role, everyone, story, other_story):
    client = client_for(everyone[role])
    for page, allowed in zip((story, other_story), HISTORY[role], strict=True):
        response = client.get(f"/admin/pages/{page.pk}/history/")
        if allowed:
            assert response.status_code == 200
            assert page.title in response.content.decode()
        else:
            assert_refused(response)


# Copy a story within its section: who may, and whether the copy goes live.
COPY = {
    "contributor": "draft",
    "section_editor": "live",
    "editor": "live",
    "newsletter_editor": None,
    "managing_editor": "live",
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_copy_a_story(role, everyone, story, other_section):
    client = client_for(everyone[role])
    data = {
        "new_title": "Copied story",
        "new_slug": f"copied-by-{role}",
        "new_parent_page": story.get_parent().pk,
        "copy_subpages": "",
        "publish_copies": "on",
        "alias": "",
    }
    response = client.post(f"/admin/pages/{story.pk}/copy/", data)
    copy = Page.objects.filter(slug=f"copied-by-{role}").first()
    if COPY[role] is None:
        assert_refused(response)
        assert copy is None
    else:
        assert response.status_code == 302, response.content.decode()[:1500]
        assert copy is not None
        assert copy.live == (COPY[role] == "live")
        assert copy.owner == everyone[role]

    # Nobody may copy into a section they cannot add to.
    if role == "section_editor":
        data = {
            **data,
            "new_slug": "copied-to-europe",
            "new_parent_page": other_section.pk,
        }
        client.post(f"/admin/pages/{story.pk}/copy/", data)
        assert not Page.objects.filter(slug="copied-to-europe").exists()


# Settings, users, groups -------------------------------------------------------


def settings_url():
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=["core", "magazinesettings", site.pk])


@pytest.mark.parametrize("role", ROLES)
def test_only_the_managing_editor_changes_settings(role, everyone, home):
    client = client_for(everyone[role])
    site = Site.objects.get(is_default_site=True)
    before = MagazineSettings.for_site(site).masthead_name
    allowed = role == "managing_editor"
    assert (client.get(settings_url()).status_code == 200) == allowed
    response = client.post(
        settings_url(),
        {
            "masthead_name": "Renamed Review",
            "tagline": "",
            "label_style": "type-and-section",
            "footer_text": "",
            "newsletter_heading": "News",
            "newsletter_blurb": "",
        },
    )
    name = (
        MagazineSettings.objects.get(site=site).masthead_name
        if (MagazineSettings.objects.filter(site=site).exists())
        else before
    )
    if allowed:
        assert response.status_code == 302, response.content.decode()[:1500]
        assert name == "Renamed Review"
    else:
        assert_refused(response)
        assert name == before


@pytest.mark.parametrize("role", ROLES)
def test_only_the_managing_editor_manages_users_and_groups(role, everyone):
    client = client_for(everyone[role])
    allowed = role == "managing_editor"
    assert (client.get("/admin/users/").status_code == 200) == allowed
    assert (client.get("/admin/groups/").status_code == 200) == allowed
    users = get_user_model().objects.count()
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": f"new-by-{role}",
            "email": "new@example.org",
            "first_name": "New",
            "last_name": "Writer",
            "password1": "a-long-test-password-2",
            "password2": "a-long-test-password-2",
            "groups": [Group.objects.get(name="Contributor").pk],
            "is_active": "on",
        },
    )
    if allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
        new = get_user_model().objects.get(username=f"new-by-{role}")
        assert list(new.groups.values_list("name", flat=True)) == ["Contributor"]
    else:
        assert_refused(response)
        assert get_user_model().objects.count() == users
    groups = Group.objects.count()
    response = client.post(
        reverse("wagtailusers_groups:add"), {"name": f"Made by {role}"}
    )
    if not allowed:
        assert_refused(response)
        assert Group.objects.count() == groups


def test_managing_editor_cannot_make_an_administrator(managing_editor):
    client = client_for(managing_editor)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "sneaky",
            "email": "sneaky@example.org",
            "first_name": "Sneaky",
            "last_name": "Person",
            "password1": "a-long-test-password-2",
            "password2": "a-long-test-password-2",
            "is_superuser": "on",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert not get_user_model().objects.get(username="sneaky").is_superuser
    # Nor take over an administrator's account by editing it.
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    response = client.post(
        reverse("wagtailusers_users:edit", args=[admin.pk]),
        {
            "username": "boss",
            "email": "taken@example.org",
            "first_name": "Big",
            "last_name": "Boss",
            "is_active": "on",
        },
    )
    assert_refused(response)
    admin.refresh_from_db()
    assert admin.email == "boss@example.org"
    # Nor give themselves administrator rights.
    client.post(
        reverse("wagtailusers_users:edit", args=[managing_editor.pk]),
        {
            "username": "managing_editor",
            "email": "m@example.org",
            "first_name": "Managing",
            "last_name": "Editor",
            "is_superuser": "on",
            "groups": [Group.objects.get(name="Managing editor").pk],
        },
    )
    managing_editor.refresh_from_db()
    assert not managing_editor.is_superuser


# The newsletter -------------------------------------------------------------


NEWSLETTER_ROLES = {"newsletter_editor", "managing_editor"}


@pytest.fixture
def subscriber(db):
    return Subscriber.objects.create(
        email="reader@example.org", status="active", consent_method="test"
    )


@pytest.mark.parametrize("role", ROLES)
def test_only_newsletter_roles_open_the_newsletter(role, everyone, subscriber):
    client = client_for(everyone[role])
    allowed = role in NEWSLETTER_ROLES
    for name in (
        "newsletter_issues:index",
        "newsletter_subscribers:index",
        "newsletter_subscribers:import",
        "newsletter_report:index",
    ):
        response = client.get(reverse(name))
        if allowed:
            assert response.status_code == 200, name
        else:
            assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_only_newsletter_roles_export_subscribers(role, everyone, subscriber):
    client = client_for(everyone[role])
    response = client.get(reverse("newsletter_subscribers:index"), {"export": "csv"})
    if role in NEWSLETTER_ROLES:
        assert response.status_code == 200
        assert b"reader@example.org" in b"".join(response.streaming_content)
    else:
        assert_refused(response)
        assert not getattr(response, "streaming", False)
        assert b"reader@example.org" not in response.content


@pytest.mark.parametrize("role", ROLES)
def test_only_newsletter_roles_unsubscribe_a_reader(role, everyone, subscriber):
    client = client_for(everyone[role])
    response = client.post(
        reverse("newsletter_subscribers:edit", args=[subscriber.pk]),
        {"status": "unsubscribed"},
    )
    subscriber.refresh_from_db()
    if role in NEWSLETTER_ROLES:
        assert response.status_code == 302, response.content.decode()[:1500]
        assert subscriber.status == "unsubscribed"
    else:
        assert_refused(response)
        assert subscriber.status == "active"


@pytest.mark.parametrize("role", ROLES)
def test_only_newsletter_roles_start_an_issue(role, everyone):
    client = client_for(everyone[role])
    before = NewsletterIssue.objects.count()
    response = client.get(reverse("newsletter_issues:add"))
    if role in NEWSLETTER_ROLES:
        assert response.status_code == 200
    else:
        assert_refused(response)
        assert NewsletterIssue.objects.count() == before


@pytest.mark.parametrize("role", ROLES)
def test_only_newsletter_roles_schedule_or_send_an_issue(role, everyone):
    issue = make_issue(stories=1, qiosk=0)
    client = client_for(everyone[role])
    when = timezone.localtime() + datetime.timedelta(days=1)
    schedule = client.post(
        reverse("newsletter_issues:schedule", args=[issue.pk]),
        {"when": when.strftime("%Y-%m-%d %H:%M")},
    )
    issue.refresh_from_db()
    if role in NEWSLETTER_ROLES:
        assert schedule.status_code == 302
        assert issue.status == IssueStatus.SCHEDULED
        return
    assert_refused(schedule)
    send = client.post(
        reverse("newsletter_issues:send", args=[issue.pk]), {"confirm": "yes"}
    )
    assert_refused(send)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT
    assert issue.scheduled_at is None
    assert not SendRun.objects.filter(issue=issue).exists()


# Imports ---------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_only_the_managing_editor_imports_archives(role, everyone):
    user = get_user_model().objects.get(pk=everyone[role].pk)
    assert user.has_perm("importers.add_importrun") == (role == "managing_editor")


# Nothing changed behind a refusal: the log says so too -------------------------


def test_refusals_leave_no_trace_in_the_page_log(everyone, story, other_story, author):
    entries = PageLogEntry.objects.count()
    client_for(everyone["contributor"]).post(f"/admin/pages/{story.pk}/unpublish/")
    client_for(everyone["section_editor"]).post(
        f"/admin/pages/{other_story.pk}/edit/",
        edit_form(other_story, author, action="publish"),
    )
    client_for(everyone["newsletter_editor"]).post(f"/admin/pages/{story.pk}/delete/")
    assert PageLogEntry.objects.count() == entries


# Other admin areas -------------------------------------------------------------

# Which roles open: add an image, redirects, workflows.
AREAS = {
    "/admin/images/add/": {
        "contributor",
        "section_editor",
        "editor",
        "managing_editor",
    },
    "/admin/redirects/": {"editor", "managing_editor"},
    "/admin/workflows/list/": {"managing_editor"},
}


@pytest.mark.parametrize("role", ROLES)
def test_who_opens_images_redirects_and_workflows(role, everyone):
    client = client_for(everyone[role])
    for url, allowed in AREAS.items():
        response = client.get(url)
        if role in allowed:
            assert response.status_code == 200, url
        else:
            assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_who_may_lock_a_story(role, everyone, story):
    client = client_for(everyone[role])
    response = client.post(f"/admin/pages/{story.pk}/lock/")
    locked = fresh(story).locked
    if role in {"section_editor", "editor", "managing_editor"}:
        assert response.status_code == 302
        assert locked
    else:
        assert_refused(response)
        assert not locked
