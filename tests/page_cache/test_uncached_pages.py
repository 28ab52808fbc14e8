"""Pages with the page cache off: built from fragments and the route map, which
stay fresh through the same invalidation as the page cache (issue 14).

Every test here runs with PAGE_CACHE_ENABLED off and the fragments on, as a
site does after a publish invalidated its cached pages: a page is rendered, but
the story's own parts, the listings and the route come from the fragment store
until one of their tags is bumped.
"""

import pytest
from django.test import Client
from wagtail.models import Page, PageViewRestriction, Site

from masthead.articles.models import ArticlePage, Correction
from masthead.core.models import MagazineSettings
from tests.factories import ArticleFactory
from tests.page_cache.test_page_cache import republish


@pytest.fixture
def uncached(settings, site):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_CACHE_FRAGMENTS_ENABLED = True
    return site


def warm(client, *paths):
    for path in paths:
        assert client.get(path).status_code == 200, path


def test_warm_pages_take_a_handful_of_queries(uncached, django_assert_max_num_queries):
    client = Client()
    paths = [
        uncached["old"].url,
        uncached["recent"].url,
        "/",
        uncached["culture"].url,
        "/latest/",
        "/latest/?page=2",
    ]
    warm(client, *paths)
    for path in paths:
        # The page (route map) only: the route map knows that no view
        # restriction applies (Wagtail's check took two queries), and the site
        # settings' values are kept too (one more).
        with django_assert_max_num_queries(1):
            assert client.get(path).status_code == 200


def test_republishing_a_story_shows_the_new_version_at_once(uncached, committed):
    client = Client()
    url = uncached["old"].url
    warm(client, url, "/")
    old = Page.objects.get(pk=uncached["old"].pk).specific
    old.corrections.add(Correction(text="The reopening is in May, not March."))
    old.dek = "A brand-new standfirst"
    with committed():
        old.save_revision().publish()
    page = client.get(url).content
    assert b"not March" in page and b"A brand-new standfirst" in page


def test_a_new_story_reaches_latest_and_the_river_of_every_page(uncached, committed):
    client = Client()
    paths = [uncached["old"].url, uncached["recent"].url, "/", "/latest/"]
    warm(client, *paths)
    with committed():
        ArticleFactory(
            parent=uncached["culture"],
            title="A new gallery opens downtown",
            slug="new-gallery",
            authors=[uncached["critic"]],
        )
    for path in paths:
        assert b"A new gallery opens downtown" in client.get(path).content, path
    assert (
        b"A new gallery opens downtown" in client.get(uncached["culture"].url).content
    )


def test_unpublishing_or_deleting_a_story_takes_its_address_away(uncached, committed):
    client = Client()
    old, recent = uncached["old"], uncached["recent"]
    warm(client, old.url, recent.url, uncached["culture"].url, "/latest/?page=2")
    assert b"opera-reopens" in client.get("/latest/?page=2").content
    with committed():
        Page.objects.get(pk=old.pk).specific.unpublish()
    assert client.get(old.url).status_code == 404
    assert b"opera-reopens" not in client.get(uncached["culture"].url).content
    assert b"opera-reopens" not in client.get("/latest/?page=2").content
    with committed():
        Page.objects.get(pk=recent.pk).delete()
    assert client.get(recent.url).status_code == 404


def test_a_moved_or_renamed_story_is_served_at_its_new_address_only(
    uncached, committed
):
    client = Client()
    old, recent = uncached["old"], uncached["recent"]
    old_url, recent_url = old.url, recent.url
    warm(client, old_url, recent_url)
    with committed():
        Page.objects.get(pk=old.pk).move(uncached["world"], pos="last-child")
    moved = ArticlePage.objects.get(pk=old.pk)
    assert moved.url.startswith("/world/")
    # Wagtail leaves a redirect from the old address; the old route is gone.
    assert client.get(old_url)["Location"] == moved.url
    assert client.get(moved.url).status_code == 200
    with committed():
        republish(recent, slug="renamed-story")
    renamed = ArticlePage.objects.get(pk=recent.pk)
    assert client.get(renamed.url).status_code == 200
    assert client.get(recent_url).status_code in (301, 302, 404)


def test_renaming_a_section_moves_its_stories_addresses(uncached, committed):
    client = Client()
    old_url = uncached["old"].url
    warm(client, old_url)
    with committed():
        republish(uncached["culture"], slug="arts")
    new_url = ArticlePage.objects.get(pk=uncached["old"].pk).url
    assert new_url.startswith("/arts/")
    assert client.get(new_url).status_code == 200
    assert client.get(old_url).status_code != 200


def test_writers_settings_and_photos_reach_the_story_page(uncached, committed):
    client = Client()
    url = uncached["old"].url
    warm(client, url)
    with committed():
        republish(uncached["critic"], title="Rosa Critic-Valdés")
    assert "Rosa Critic-Valdés" in client.get(url).content.decode()
    settings = MagazineSettings.for_site(Site.objects.get(is_default_site=True))
    settings.masthead_name = "The Longitude Review"
    settings.newsletter_heading = "Longitude on Fridays"
    with committed():
        settings.save()
    page = client.get(url).content.decode()
    assert "<title>An opera house reopens after a decade — The Longitude Review" in page
    assert "Longitude on Fridays" in page  # the newsletter box, not a fragment
    image = uncached["old"].top_image
    image.credit = "Harbour Light Agency/ Mira Oduya"
    with committed():
        image.save()
    assert b"Mira Oduya" in client.get(url).content


def test_a_story_made_private_is_no_longer_shown(uncached, committed):
    client = Client()
    url = uncached["old"].url
    warm(client, url)
    with committed():
        PageViewRestriction.objects.create(
            page=uncached["old"],
            restriction_type=PageViewRestriction.PASSWORD,
            password="x",
        )
    assert b"An opera house reopens" not in client.get(url).content


@pytest.mark.parametrize("restriction", ["password", "login"])
def test_a_section_made_private_hides_its_stories_at_once(
    uncached, committed, restriction
):
    """The route map remembers that no restriction applies to a story; one
    added to the page above it must still take effect on the next request."""
    client = Client()
    url = uncached["old"].url
    warm(client, url, url)
    with committed():
        PageViewRestriction.objects.create(
            page=uncached["culture"], restriction_type=restriction, password="x"
        )
    for _ in range(2):  # the first request maps the route again, the next uses it
        response = client.get(url)
        assert b"An opera house reopens" not in response.content
        assert response.status_code in (200, 302)  # password form, or to log in
    with committed():
        PageViewRestriction.objects.filter(page=uncached["culture"]).delete()
    for _ in range(2):
        assert b"An opera house reopens" in client.get(url).content


def test_the_fragment_store_keeps_at_most_its_limit(uncached, settings):
    """A crawler walking the archive evicts the least recently used fragments."""
    from masthead.page_cache import fragments

    settings.PAGE_CACHE_FRAGMENTS_MAX = 12
    fragments.clear()
    client = Client()
    stories = list(ArticlePage.objects.live().order_by("pk"))
    for story in stories:
        warm(client, story.url)
        assert len(fragments._fragments) <= 12

    def kept(story):
        return any(f":{story.pk}:" in key for key in fragments._fragments)

    assert kept(stories[-1]) and not kept(stories[0])
