"""The front page: lead and top stories (pinned first, then the newest), a block
per section with its newest three, the QiOSK strip, and the river below."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from masthead.home.models import FeaturedSlot, HomePage
from tests import factories
from tests.factories import ArticleFactory, SectionFactory, hours_ago

pytestmark = pytest.mark.django_db


def story(section, n, hours, **kwargs):
    return ArticleFactory(
        parent=section,
        title=f"{section.title} story {n}",
        slug=f"{section.slug}-story-{n}",
        published_at=hours_ago(hours),
        **kwargs,
    )


def front(client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def headlines(element):
    return [h.get_text(strip=True) for h in element.select("h3")]


def slots(soup):
    """What each part of the front page shows, by headline."""
    top = soup.select_one("[data-front-slot=top]")
    return {
        "lead": headlines(soup.select_one("[data-front-slot=lead]")),
        "top": headlines(top) if top else [],
        "sections": {
            block.h2.get_text(strip=True): headlines(block)
            for block in soup.select("[data-front-slot=section]")
        },
        "qiosk": headlines(
            soup.select_one("[data-front-slot=qiosk]") or soup.new_tag("p")
        ),
    }


def pin(home, *articles):
    home = HomePage.objects.get(pk=home.pk)
    home.featured_slots = [
        FeaturedSlot(article=article, sort_order=n)
        for n, article in enumerate(articles)
    ]
    home.save_revision().publish()


@pytest.fixture
def desks(home, author):
    """Two sections of eight and five stories, one hour apart, newest first."""
    world = SectionFactory(title="World", slug="world")
    culture = SectionFactory(title="Culture", slug="culture")
    return {
        "world": [story(world, n, hours=2 * n, authors=[author]) for n in range(8)],
        "culture": [
            story(culture, n, hours=2 * n + 1, authors=[author]) for n in range(5)
        ],
    }


def test_slots_fill_with_the_newest_stories_without_duplicates(client, desks):
    shown = slots(front(client))
    world, culture = desks["world"], desks["culture"]
    # Newest first, alternating desks: World 0, Culture 0, World 1, Culture 1…
    assert shown["lead"] == [world[0].title]
    assert shown["top"] == [
        culture[0].title,
        world[1].title,
        culture[1].title,
        world[2].title,
    ]
    # Each section block: its newest three not already shown above.
    assert shown["sections"] == {
        "World": [s.title for s in world[3:6]],
        "Culture": [s.title for s in culture[2:5]],
    }
    everything = shown["lead"] + shown["top"] + sum(shown["sections"].values(), [])
    assert len(everything) == len(set(everything))


def test_pinned_stories_fill_the_lead_then_the_top_slots(client, home, desks):
    world, culture = desks["world"], desks["culture"]
    pin(home, culture[4], world[7])
    shown = slots(front(client))
    assert shown["lead"] == [culture[4].title]
    assert shown["top"] == [
        world[7].title,
        world[0].title,
        culture[0].title,
        world[1].title,
    ]
    # Pinned stories are not repeated in their section's block.
    assert shown["sections"]["Culture"] == [s.title for s in culture[1:4]]
    assert culture[4].title not in shown["sections"]["Culture"]


def test_pinning_and_unpinning_refresh_the_cached_front_page(
    client, home, desks, page_cache, django_capture_on_commit_callbacks
):
    old = desks["culture"][4]
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        pin(home, old)
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert slots(BeautifulSoup(response.content, "html.parser"))["lead"] == [old.title]
    with django_capture_on_commit_callbacks(execute=True):
        pin(home)
    assert slots(front(client))["lead"] == [desks["world"][0].title]


def test_a_pinned_story_unpublished_later_leaves_the_cached_front_page(
    client, home, desks, page_cache, django_capture_on_commit_callbacks
):
    pinned = desks["culture"][4]
    with django_capture_on_commit_callbacks(execute=True):
        pin(home, pinned)
    assert slots(front(client))["lead"] == [pinned.title]
    assert client.get("/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=pinned.pk).unpublish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert pinned.title not in response.content.decode()
    assert slots(BeautifulSoup(response.content, "html.parser"))["lead"] == [
        desks["world"][0].title
    ]


def test_publishing_a_story_refreshes_its_section_block(
    client, desks, page_cache, django_capture_on_commit_callbacks
):
    front(client)
    culture = Page.objects.get(slug="culture")
    with django_capture_on_commit_callbacks(execute=True):
        fresh = story(culture, 99, hours=6.5)
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    shown = slots(BeautifulSoup(response.content, "html.parser"))
    assert shown["sections"]["Culture"] == [
        desks["culture"][2].title,
        fresh.title,
        desks["culture"][3].title,
    ]


def test_drafts_scheduled_and_private_stories_are_never_shown(
    client, home, section, author, article
):
    hidden = factories.hidden_stories(section, author)
    # Pinning a hidden story does not show it either.
    pin(home, hidden[0], hidden[2])
    html = client.get("/").content.decode()
    for secret in hidden:
        assert secret.title not in html
    assert slots(BeautifulSoup(html, "html.parser"))["lead"] == [article.title]


def test_qiosk_strip_shows_the_newest_quick_items_and_slots_never_do(
    client, section, author
):
    stories = [story(section, n, hours=n + 10, authors=[author]) for n in range(3)]
    items = [
        story(
            section,
            f"q{n}",
            hours=n,
            authors=[author],
            article_type="qiosk",
            top_image=None,
        )
        for n in range(6)
    ]
    shown = slots(front(client))
    assert shown["qiosk"] == [item.title for item in items[:4]]
    assert shown["lead"] + shown["top"] == [s.title for s in stories]
    assert shown["sections"] == {}  # every story of the one section is already up top


def test_stories_without_a_photo_render_in_every_slot_without_an_image_box(
    client, home, author
):
    desk = SectionFactory(title="World", slug="world")
    for n in range(8):
        story(desk, n, hours=n, authors=[author], top_image=None)
    soup = front(client)
    shown = slots(soup)
    assert len(shown["lead"]) == 1 and len(shown["top"]) == 4
    assert len(shown["sections"]["World"]) == 3
    assert soup.select_one(".lead-story--no-photo") is not None
    main = soup.select_one("main")
    assert not main.select("figure, .card__image, picture, img")


def test_headings_one_h1_sections_h2_stories_h3(client, desks):
    soup = front(client)
    assert len(soup.select("h1")) == 1
    for block in soup.select("[data-front-slot=section], [data-front-slot=qiosk]"):
        assert block.name == "section"
        assert block.find(["h2"]) is not None
        assert block["aria-labelledby"] == block.h2["id"]
    for headline in soup.select(".lead-story__headline, .card__headline"):
        assert headline.name == "h3"


def test_most_read_is_not_shown_without_reading_figures(client, desks):
    assert not front(client).select(".most-read")


def test_most_read_block_lists_what_it_is_given(desks):
    html = render_to_string("includes/most_read.html", {"articles": desks["world"][:2]})
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h2.get_text() == "Most read"
    assert headlines(soup) == [s.title for s in desks["world"][:2]]


@pytest.mark.no_page_cache
def test_front_page_queries_do_not_grow_with_sections_or_stories(client, home, author):
    def count_queries():
        client.get("/")  # renditions are generated on first view, then stored
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/")
        assert response.status_code == 200
        return len(queries), len(
            slots(BeautifulSoup(response.content, "html.parser"))["sections"]
        )

    def add_desks(first, last, per_desk):
        for n in range(first, last):
            desk = SectionFactory(title=f"Desk {n}", slug=f"desk-{n}")
            for m in range(per_desk):
                story(desk, m, hours=n * 10 + m, authors=[author])
        for m in range(2):
            story(
                Page.objects.get(slug="desk-0").specific,
                f"qiosk-{first}-{m}",
                hours=m,
                authors=[author],
                article_type="qiosk",
                top_image=None,
            )

    add_desks(0, 3, per_desk=3)
    few, few_blocks = count_queries()
    add_desks(3, 12, per_desk=6)
    many, many_blocks = count_queries()
    assert (few_blocks, many_blocks) == (2, 11)  # desk 0: all in the top slots
    assert few == many, f"{few} queries with 3 sections, {many} with 12"
