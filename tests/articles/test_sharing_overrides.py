"""Social headline, description and image per story, and the editor's preview.

The overrides change the card social sites show (og:, twitter:) and nothing a
search engine reads as the story's own (the <title>, meta description, the
JSON-LD headline and its top photo); the "Search and sharing preview" panel on
the edit page shows both as the metadata has them.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from masthead.articles import sharing
from tests.factories import ArticleFactory, ImageFactory
from tests.syndication.test_metadata import by_type, meta

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser(
        "chief", "chief@example.org", "a-long-test-password"
    )
    client.force_login(user)
    return client


def test_overrides_make_the_social_card_and_leave_search_metadata_alone(
    client, section, author
):
    photo = ImageFactory(alt_text="A ferry at dawn in thick fog")
    story = ArticleFactory(
        parent=section,
        authors=[author],
        title="Ferry operators weigh a winter timetable",
        dek="Fewer crossings and longer waits for the islands.",
        top_image_caption="The morning ferry leaves the harbour.",
        social_title="Why the island ferries are sailing less this winter",
        social_description="Fuel, crews and a shrinking fleet, explained.",
        social_image=photo,
    )
    html = client.get(story.url).content.decode()

    assert meta(html, "og:title") == (
        "Why the island ferries are sailing less this winter"
    )
    assert meta(html, "twitter:title") == meta(html, "og:title")
    assert meta(html, "og:description") == (
        "Fuel, crews and a shrinking fleet, explained."
    )
    assert meta(html, "twitter:description") == meta(html, "og:description")
    assert meta(html, "og:image:alt") == "A ferry at dawn in thick fog"
    assert meta(html, "twitter:image") == meta(html, "og:image")
    social_rendition = photo.get_rendition("fill-1200x630|format-jpeg")
    assert meta(html, "og:image").endswith(social_rendition.url)

    # What search engines take as the story's own stays the story's own.
    assert "<title>Ferry operators weigh a winter timetable —" in html
    assert meta(html, "description") == (
        "Fewer crossings and longer waits for the islands."
    )
    data = by_type(html, "AnalysisNewsArticle")
    assert data["headline"] == "Ferry operators weigh a winter timetable"
    [image] = data["image"]
    top_rendition = story.top_image.get_rendition("fill-1200x630|format-jpeg")
    assert image["url"].endswith(top_rendition.url)
    assert image["caption"] == "The morning ferry leaves the harbour."


def test_without_overrides_the_card_uses_the_search_title_then_the_headline(
    client, section, author
):
    story = ArticleFactory(
        parent=section,
        authors=[author],
        title="Grain silos fill early",
        seo_title="Grain silos fill early as harvest beats forecasts",
        dek="A record crop strains storage.",
    )
    html = client.get(story.url).content.decode()
    assert meta(html, "og:title") == (
        "Grain silos fill early as harvest beats forecasts"
    )
    assert meta(html, "og:description") == "A record crop strains storage."
    assert meta(html, "og:image").endswith(
        story.top_image.get_rendition("fill-1200x630|format-jpeg").url
    )

    plain = ArticleFactory(parent=section, authors=[author], title="Plain headline")
    assert meta(client.get(plain.url).content.decode(), "og:title") == (
        "Plain headline"
    )


def test_a_story_without_a_top_photo_shares_its_social_image_everywhere(
    client, section, author
):
    photo = ImageFactory(alt_text="Wind turbines on a ridge")
    story = ArticleFactory(
        parent=section, authors=[author], top_image=None, social_image=photo
    )
    html = client.get(story.url).content.decode()
    url = photo.get_rendition("fill-1200x630|format-jpeg").url
    assert meta(html, "og:image").endswith(url)
    assert "/social-cards/" not in html
    [image] = by_type(html, "AnalysisNewsArticle")["image"]
    assert image["url"] == meta(html, "og:image")


def test_the_drawn_card_of_a_story_without_photos_carries_the_social_headline(
    client, section, author
):
    story = ArticleFactory(
        parent=section,
        authors=[author],
        top_image=None,
        title="Desalination plants multiply along the coast",
        social_title="Turning the sea into drinking water",
    )
    html = client.get(story.url).content.decode()
    assert "/social-cards/" in meta(html, "og:image")
    assert meta(html, "og:image:alt") == "Turning the sea into drinking water"
    assert meta(html, "og:title") == "Turning the sea into drinking water"


@pytest.mark.parametrize(
    "text,limit,expected",
    [
        ("Short enough", 60, "Short enough"),
        (
            "A headline that runs on well past the sixty characters a result shows",
            60,
            "A headline that runs on well past the sixty characters a…",
        ),
        ("Oneverylongwordwithoutspaces", 10, "Oneverylo…"),
        ("Cut here, please", 10, "Cut here…"),
    ],
)
def test_text_is_cut_at_a_word_as_search_results_and_cards_cut_it(
    text, limit, expected
):
    shortened = sharing.shorten(text, limit)
    assert shortened == expected
    assert len(shortened) <= limit


def test_the_edit_page_shows_the_search_result_and_the_card(admin_client, section):
    long_description = "Harbour pilots describe the new routine. " * 8
    story = ArticleFactory(
        parent=section,
        title="Ports race to automate as shipping lanes shift towards the north",
        search_description=long_description,
        social_title="Robots on the quay",
        top_image=None,
    )
    response = admin_client.get(f"/admin/pages/{story.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Search and sharing preview" in html
    for name in ("social_title", "social_description", "social_image"):
        assert f'name="{name}"' in html

    def preview(name):
        match = re.search(rf'data-preview="{name}"[^>]*>([^<]*)<', html)
        return match.group(1)

    # The search result: the title and description cut as Google cuts them.
    assert preview("search-title") == (
        "Ports race to automate as shipping lanes shift towards the…"
    )
    description = preview("search-description")
    assert description.endswith("…") and len(description) <= 158
    assert preview("display-url").endswith("› asia-pacific › " + story.slug)
    # The card: the social headline, the search description, the drawn card.
    assert preview("card-title") == "Robots on the quay"
    assert preview("card-domain") in story.get_full_url()
    image = re.search(r'data-preview="card-image" src="([^"]*)"', html).group(1)
    assert image.startswith("/admin/sharing/card-preview/?title=Robots+on+the+quay")
    # The script is a static file (the admin's CSP), not inline.
    assert "js/admin/sharing_preview.js" in html


def test_the_new_story_form_has_the_preview_too(admin_client, section):
    response = admin_client.get(f"/admin/pages/add/articles/articlepage/{section.pk}/")
    assert response.status_code == 200
    assert "data-sharing-preview" in response.content.decode()


def test_editors_save_the_overrides_from_the_form(admin_client, section, author):
    from tests.articles.admin_forms import article_form

    story = ArticleFactory(parent=section, authors=[author], title="Salt roads")
    photo = ImageFactory()
    response = admin_client.post(
        f"/admin/pages/{story.pk}/edit/",
        article_form(
            "Salt roads",
            story.slug,
            page=story,
            top_image=story.top_image,
            social_title="The old salt roads, walked again",
            social_description="A journey on foot along a medieval trade route.",
            social_image=photo.pk,
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    story.refresh_from_db()
    assert story.social_title == "The old salt roads, walked again"
    assert story.social_description.startswith("A journey on foot")
    assert story.social_image == photo


def test_the_card_preview_is_drawn_for_the_admin_only(client, admin_client):
    url = "/admin/sharing/card-preview/?title=Draft+headline&kicker=Europe"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    assert "no-cache" in response["Cache-Control"]

    too_long = admin_client.get("/admin/sharing/card-preview/?title=" + "x" * 301)
    assert too_long.status_code == 400

    client.logout()
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")
