"""The editors' desk: every page type can be added and edited in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from masthead.articles.models import ArticlePage
from masthead.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


def test_edit_forms_open_for_every_page_type(editor_client, article, author, home):
    for page in [home, article.get_parent(), article, author, author.get_parent()]:
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__


def test_the_admin_asks_no_third_party_for_avatars(editor_client, article):
    for url in ["/admin/", f"/admin/pages/{article.pk}/edit/", "/admin/account/"]:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        assert b"gravatar.com" not in response.content, url


def test_editor_writes_and_publishes_an_article(editor_client, section, author, client):
    data = nested_form_data(
        {
            "title": "Desalination plants reshape Gulf budgets",
            "slug": "desalination-budgets",
            "dek": "Water now costs more to make than the oil that powers the plants.",
            "article_type": "analysis",
            "licence": "cc-by-nd-4.0",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>First paragraph of the piece.</p>")),
                    (
                        "quote",
                        {"text": "Water is the new oil.", "source": "An engineer"},
                    ),
                ]
            ),
            "article_authors": inline_formset([{"author": author.pk, "role": ""}]),
            "corrections": inline_formset([]),
            "tags": "Energy, Climate",
            "action-publish": "publish",
        }
    )
    response = editor_client.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/", data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(slug="desalination-budgets")
    assert article.live
    html = client.get(article.url).content.decode()
    assert "Water is the new oil." in html
    assert "Hana Testwriter" in html


def test_article_may_be_unsigned(editor_client, section):
    """Archives hold unsigned pieces: they are credited to the magazine."""
    data = nested_form_data(
        {
            "title": "Unsigned",
            "slug": "unsigned",
            "dek": "No byline.",
            "article_type": "news",
            "licence": "cc-by-nd-4.0",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "article_authors": inline_formset([]),
            "corrections": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/", data
    )
    assert response.status_code == 302
    page = ArticlePage.objects.get(slug="unsigned")
    assert page.live and not page.article_authors.exists()


def test_image_form_and_settings_and_signups_open(editor_client, home):
    Subscriber.objects.create(email="r@example.org", consent_method="test")
    assert editor_client.get("/admin/images/add/").status_code == 200
    assert editor_client.get("/admin/settings/core/magazinesettings/").status_code in {
        200,
        302,
    }
    listing = editor_client.get("/admin/newsletter/subscribers/")
    assert listing.status_code == 200
    assert "r@example.org" in listing.content.decode()
