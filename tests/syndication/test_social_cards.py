"""Stories without a photo get a drawn 1200×630 social card, one per revision."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from tests.factories import ArticleFactory
from tests.syndication.test_metadata import by_type, meta

pytestmark = pytest.mark.django_db


def stored_name(url):
    """The storage name of a media URL (the tests' FileSystemStorage)."""
    path = urlsplit(url).path
    assert path.startswith("/media/")
    return path.removeprefix("/media/")


def test_a_story_without_a_photo_has_a_1200x630_card_in_og_twitter_and_json_ld(
    client, section, author
):
    story = ArticleFactory(
        parent=section,
        authors=[author],
        top_image=None,
        title="Quiet borders: what the cable ships saw this winter",
    )
    html = client.get(story.url).content.decode()

    og_image = meta(html, "og:image")
    assert og_image and "/social-cards/" in og_image
    assert meta(html, "og:image:width") == "1200"
    assert meta(html, "og:image:height") == "630"
    assert meta(html, "twitter:image") == og_image
    assert meta(html, "twitter:card") == "summary_large_image"
    [image] = by_type(html, "AnalysisNewsArticle")["image"]
    assert image["url"] == og_image
    with default_storage.open(stored_name(og_image)) as card:
        picture = Image.open(card)
        assert picture.size == (1200, 630)
        assert picture.format == "PNG"


# Without the page cache: this is about the card, not about when pages expire.
@pytest.mark.no_page_cache
def test_the_card_is_drawn_once_per_revision_and_again_for_a_new_one(
    client, section, author
):
    story = ArticleFactory(parent=section, authors=[author], top_image=None)
    first = meta(client.get(story.url).content.decode(), "og:image")
    name = stored_name(first)
    drawn_at = default_storage.get_modified_time(name)
    assert meta(client.get(story.url).content.decode(), "og:image") == first
    assert default_storage.get_modified_time(name) == drawn_at  # not redrawn

    story.title = "A new headline for the second revision"
    story.save_revision().publish()
    story.refresh_from_db()
    second = meta(client.get(story.url).content.decode(), "og:image")
    assert second != first
    assert re.search(rf"/{story.pk}/{story.live_revision_id}\.png$", second)
    assert default_storage.exists(stored_name(second))


def test_a_story_with_a_photo_keeps_its_photo(client, article):
    og_image = meta(client.get(article.url).content.decode(), "og:image")
    assert "/social-cards/" not in og_image


def test_a_long_headline_still_makes_a_card():
    from masthead.syndication.social_cards import draw_card

    png = draw_card("Words " * 80, "The Test Magazine", kicker="Asia-Pacific")
    assert png.startswith(b"\x89PNG")


def cards_of(story):
    try:
        _, files = default_storage.listdir(f"images/social-cards/{story.pk}")
    except FileNotFoundError:
        return []
    return sorted(files)


@pytest.mark.no_page_cache
def test_a_story_keeps_only_its_current_card_and_none_once_it_is_not_public(
    client, section, author
):
    story = ArticleFactory(parent=section, authors=[author], top_image=None)
    client.get(story.url)
    assert cards_of(story) == [f"{story.live_revision_id}.png"]

    story.title = "A second headline"
    story.save_revision().publish()
    story.refresh_from_db()
    assert cards_of(story) == []  # the old headline is gone at once
    client.get(story.url)
    assert cards_of(story) == [f"{story.live_revision_id}.png"]

    story.unpublish()
    assert cards_of(story) == []

    other = ArticleFactory(parent=section, top_image=None)
    client.get(other.url)
    assert len(cards_of(other)) == 1
    other.delete()
    assert cards_of(other) == []
