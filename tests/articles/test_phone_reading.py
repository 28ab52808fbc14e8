"""Phones first (issue 12 §2): what a phone reader reaches without scrolling the
whole river. The signup card after the story and once in the river, in the
magazine's own words; LATEST as a strip near the top."""

import re

import pytest
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from tests.articles.test_river import make_stories, teaser_ids

pytestmark = pytest.mark.django_db

CARD = re.compile(r'<section class="signup-card signup-card--(\w+)"')


@pytest.fixture
def wording(home):
    magazine = MagazineSettings.for_site(Site.objects.get(is_default_site=True))
    magazine.newsletter_heading = "The Thursday Tide, weekly"
    magazine.newsletter_blurb = "Five stories from the harbour desk, once a week."
    magazine.save()
    return magazine


def cards(html):
    return CARD.findall(html)


def test_article_shows_the_card_after_the_body_and_once_in_the_river(
    client, section, author, settings, wording
):
    settings.MASTHEAD_RIVER_PAGE_SIZE = 5
    stories = make_stories(section, author, 8)
    html = client.get(stories[0].url).content.decode()

    assert cards(html) == ["article", "river"]
    body_end = html.index('<footer class="article__footer">')
    article_card = html.index('class="signup-card signup-card--article"')
    river = html.index('<section class="river"')
    river_card = html.index('class="signup-card signup-card--river"')
    assert body_end < article_card < river < river_card
    # In the river after the third story, before the fourth.
    river_ids = teaser_ids(html[river:])
    assert len(river_ids) == 5
    third = html.index(f'data-story="{river_ids[2]}"')
    fourth = html.index(f'data-story="{river_ids[3]}"')
    assert third < river_card < fourth
    # The magazine's words, in both cards.
    assert html.count("The Thursday Tide, weekly") >= 2
    assert html.count("Five stories from the harbour desk, once a week.") >= 2


def test_two_cards_on_a_page_have_their_own_ids_and_names(
    client, section, author, wording
):
    stories = make_stories(section, author, 5)
    html = client.get(stories[0].url).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicated, f"duplicate ids: {duplicated}"
    for place, label in [("article", "after the story"), ("river", "among")]:
        heading = re.search(
            rf'<h([23]) id="signup-card-{place}-heading"[^>]*>(.*?)</h\1>', html
        )
        assert heading, f"no heading for the {place} card"
        assert label in heading.group(2)
        assert f'<label for="signup-card-{place}-email">Email address</label>' in html
    # The river card sits among the teasers' h3s, under the river's h2.
    assert '<h3 id="signup-card-river-heading"' in html
    assert '<h2 id="signup-card-article-heading"' in html


def test_the_card_posts_to_the_signup_view_without_a_cookie(
    client, section, author, wording
):
    stories = make_stories(section, author, 4)
    response = client.get(stories[0].url)
    html = response.content.decode()
    card = html[html.index('class="signup-card signup-card--article"') :]
    card = card[: card.index("</section>")]
    assert 'method="post" action="/newsletter/"' in card
    assert "csrfmiddlewaretoken" not in card
    assert f'name="next" value="{stories[0].url}"' in card
    assert not response.cookies


def test_later_batches_of_the_river_carry_no_card(client, section, author, settings):
    settings.MASTHEAD_RIVER_PAGE_SIZE = 4
    stories = make_stories(section, author, 12)
    html = client.get(stories[0].url).content.decode()
    next_url = re.search(r'<a href="([^"]+)" data-river-next>', html).group(1)
    next_url = next_url.replace("&amp;", "&")
    for suffix in ("&partial=1", ""):
        later = client.get(next_url + suffix).content.decode()
        assert len(teaser_ids(later)) == 4
        assert cards(later) == []


def test_a_short_river_has_no_card_among_its_stories(client, section, author):
    stories = make_stories(section, author, 3)  # two stories under the first
    html = client.get(stories[0].url).content.decode()
    assert cards(html) == ["article"]


def test_front_page_river_carries_the_card_once(client, section, author, wording):
    make_stories(section, author, 12)  # lead and featured slots come first
    html = client.get("/").content.decode()
    assert cards(html) == ["river"]
    assert "The Thursday Tide, weekly" in html


def test_latest_strip_lists_the_newest_stories_without_a_second_heading(
    client, section, author
):
    stories = make_stories(section, author, 6)
    html = client.get(stories[3].url).content.decode()
    strip = html[html.index('<nav class="latest-strip"') :]
    strip = strip[: strip.index("</nav>")]
    assert 'aria-label="Latest stories"' in strip
    assert "<h2" not in strip and " id=" not in strip
    titles = re.findall(r'<li><a href="[^"]+">([^<]+)</a></li>', strip)
    assert titles[:4] == [f"River story {n}" for n in range(1, 5)]
    # Near the top: before the main content, and the aside's LATEST box stays.
    assert html.index('<nav class="latest-strip"') < html.index('<main id="main"')
    assert html.count('id="latest-heading"') == 1
