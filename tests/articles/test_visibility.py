"""Drafts, scheduled and private stories never reach a public surface."""

import pytest

from masthead.home.models import FeaturedSlot
from tests import factories
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

PUBLIC_SURFACES = [
    "/",
    "/asia-pacific/",
    "/latest/",
    "/qiosk/",
    "/tags/trade/",
    "/authors/hana-testwriter/",
    "/search/?q=secret",
    "/search/?q=",
]


@pytest.fixture
def hidden_stories(section, author, article):
    """One public story (so listings exist) and each kind readers must not see."""
    return factories.hidden_stories(section, author)


@pytest.mark.parametrize("url", PUBLIC_SURFACES)
def test_hidden_stories_appear_on_no_public_page(client, hidden_stories, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ports race to automate" in html or url.startswith("/search/?q=secret")
    for story in hidden_stories:
        assert story.title not in html, f"{story.title!r} leaked on {url}"
        assert f"/{story.slug}/" not in html


def test_scheduled_story_is_really_scheduled(hidden_stories):
    scheduled = hidden_stories[1]
    assert not scheduled.live
    assert scheduled.go_live_at is not None


def test_draft_and_scheduled_urls_are_404(client, hidden_stories):
    for story in hidden_stories[:2]:
        assert client.get(f"/asia-pacific/{story.slug}/").status_code == 404


def test_private_story_asks_for_its_password(client, hidden_stories):
    response = client.get("/asia-pacific/private-secret/")
    assert response.status_code == 200
    assert "members briefing" not in response.content.decode().split("<form")[-1]
    assert "password" in response.content.decode().lower()


def test_river_pages_do_not_leak(client, hidden_stories):
    html = client.get("/latest/?partial=1").content.decode()
    for story in hidden_stories:
        assert story.title not in html


def test_curated_slot_of_an_unpublished_story_is_skipped(client, home, hidden_stories):
    home.featured_slots.add(FeaturedSlot(article=hidden_stories[0], sort_order=0))
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert hidden_stories[0].title not in html
    assert "Ports race to automate" in html


def test_unpublishing_removes_a_story_everywhere(
    client, article, django_capture_on_commit_callbacks
):
    for url in ["/", "/latest/", "/asia-pacific/", "/tags/trade/"]:
        assert article.title in client.get(url).content.decode()  # cached now
    with django_capture_on_commit_callbacks(execute=True):  # the editor's commit
        article.unpublish()
    for url in ["/", "/latest/", "/asia-pacific/", "/tags/trade/"]:
        response = client.get(url)
        assert article.title not in response.content.decode()
    assert client.get(article.url or "/asia-pacific/ports-race/").status_code == 404


def test_tag_only_on_hidden_stories_has_no_page(client, section, author):
    ArticleFactory(parent=section, authors=[author], tags=["Embargoed"], live=False)
    assert client.get("/tags/embargoed/").status_code == 404
