"""People in each newsroom role, logged in to the admin through a test client."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from masthead.newsroom.models import Role
from tests.factories import ArticleFactory


def role_group(key):
    return Role.objects.get(key=key).group


def section_group(section):
    return Role.objects.get(section=section).group


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "a-long-test-password"
    )
    user.groups.add(*groups)
    return user


class AdminClient(Client):
    """A logged-in browser with CSRF checks on, sending the token as a form does.

    So a refused POST is refused by the permissions, never for a missing token.
    """

    def __init__(self, user):
        super().__init__(enforce_csrf_checks=True)
        self.user = user
        self.force_login(user)

    def csrf_token(self):
        if "csrftoken" not in self.cookies:
            self.get("/admin/")
        return self.cookies["csrftoken"].value

    def post(self, path, data=None, **extra):
        data = {**(data or {}), "csrfmiddlewaretoken": self.csrf_token()}
        return super().post(path, data, **extra)


def client_for(user):
    return AdminClient(user)


@pytest.fixture
def contributor(db):
    return make_user("contributor", role_group("contributor"))


@pytest.fixture
def section_editor(section):
    """A section editor given Asia-Pacific only."""
    return make_user(
        "section_editor", role_group("section_editor"), section_group(section)
    )


@pytest.fixture
def editor(db):
    return make_user("editor", role_group("editor"))


@pytest.fixture
def newsletter_editor(db):
    return make_user("newsletter_editor", role_group("newsletter_editor"))


@pytest.fixture
def managing_editor(db):
    return make_user("managing_editor", role_group("managing_editor"))


@pytest.fixture
def everyone(contributor, section_editor, editor, newsletter_editor, managing_editor):
    return {
        "contributor": contributor,
        "section_editor": section_editor,
        "editor": editor,
        "newsletter_editor": newsletter_editor,
        "managing_editor": managing_editor,
    }


@pytest.fixture
def story(section, author):
    """A live story in Asia-Pacific, written by nobody in the tests' roles."""
    return ArticleFactory(
        parent=section,
        title="Typhoon season tests new seawalls",
        slug="seawalls",
        authors=[author],
    )


@pytest.fixture
def other_story(other_section, author):
    """A live story in Europe."""
    return ArticleFactory(
        parent=other_section,
        title="Rail freight returns to the Alps",
        slug="alpine-freight",
        authors=[author],
    )


def article_form(title, slug, author, action=None, authors=None, **extra):
    data = {
        "title": title,
        "slug": slug,
        "dek": "A standfirst written for the roles tests.",
        "article_type": "analysis",
        "licence": "cc-by-nd-4.0",
        "body": streamfield([("paragraph", rich_text("<p>Body of the story.</p>"))]),
        "article_authors": inline_formset(
            authors or [{"author": author.pk, "role": ""}],
            initial=len(authors or []),
        ),
        "corrections": inline_formset([]),
        "tags": "",
        **extra,
    }
    if action:
        data[f"action-{action}"] = action
    return nested_form_data(data)


def edit_form(page, author, action=None, **extra):
    """The story's form as the editor opens it, with ``extra`` fields changed."""
    authors = [
        {"id": credit.pk, "author": credit.author_id, "role": credit.role}
        for credit in page.article_authors.all()
    ]
    return article_form(
        page.title, page.slug, author, action=action, authors=authors, **extra
    )


def assert_refused(response):
    """Wagtail says no with a 403, or a redirect to the dashboard with an error."""
    if response.status_code == 302:
        assert response["Location"] in ("/admin/", "/admin/login/") or response[
            "Location"
        ].startswith("/admin/login/"), response["Location"]
    else:
        assert response.status_code == 403, response.status_code
