"""The river of stories under an article and on the front page."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory, ImageFactory, body, hours_ago

pytestmark = pytest.mark.django_db


def make_stories(section, author, count, start=1):
    return [
        ArticleFactory(
            parent=section,
            title=f"River story {n}",
            slug=f"river-story-{n}",
            authors=[author],
            tags=["Trade", "Energy"],
            published_at=hours_ago(n),
            body=[
                *body(paragraphs=3, marker=f"river story {n}"),
                ("quote", {"text": f"Quoted source {n}", "source": "A. Analyst"}),
                (
                    "image",
                    {"image": ImageFactory(), "caption": f"Inline {n}", "credit": ""},
                ),
                ("paragraph", f"<p>The final paragraph of river story {n}.</p>"),
            ],
        )
        for n in range(start, start + count)
    ]


def teaser_ids(html):
    return [int(pk) for pk in re.findall(r'data-story="(\d+)"', html)]


def test_river_is_newest_first_and_never_repeats_the_story_above(
    client, section, author, settings
):
    settings.MASTHEAD_RIVER_PAGE_SIZE = 4
    stories = make_stories(section, author, 6)
    html = client.get(stories[2].url).content.decode()
    ids = teaser_ids(html)
    assert stories[2].pk not in ids
    assert ids == [stories[0].pk, stories[1].pk, stories[3].pk, stories[4].pk]


def test_teasers_carry_the_full_text_behind_keep_reading(client, section, author):
    stories = make_stories(section, author, 2)
    html = client.get(stories[0].url).content.decode()
    teaser = html[html.index(f'id="story-{stories[1].pk}"') :]
    teaser = teaser[: teaser.index("</article>")]
    lead, rest = teaser.split('<details class="teaser__more">')
    assert "Paragraph 1 of the river story 2" in lead
    assert "Paragraph 2 of the river story 2" in lead
    assert "Keep reading" in rest and "Show less" in rest
    assert "Paragraph 3 of the river story 2" in rest
    assert "Quoted source 2" in rest
    assert "Inline 2" in rest
    assert "The final paragraph of river story 2." in rest
    assert '<span class="credit">Photo: ' in teaser
    assert "Analysis</span>" in teaser


def test_more_stories_link_continues_the_river_without_javascript(
    client, section, author, settings
):
    settings.MASTHEAD_RIVER_PAGE_SIZE = 3
    stories = make_stories(section, author, 8)
    html = client.get(stories[0].url).content.decode()
    first_page = teaser_ids(html)
    match = re.search(r'<a href="([^"]+)" data-river-next>More stories</a>', html)
    assert match, "the river has a plain More stories link"
    next_url = match.group(1).replace("&amp;", "&")
    assert f"exclude={stories[0].pk}" in next_url
    second = client.get(next_url)
    assert second.status_code == 200
    second_ids = teaser_ids(second.content.decode())
    assert second_ids and not set(second_ids) & set(first_page)
    assert stories[0].pk not in second_ids
    partial = client.get(next_url + "&partial=1").content.decode()
    assert "<html" not in partial
    assert teaser_ids(partial) == second_ids


@pytest.mark.no_page_cache
@pytest.mark.parametrize("url_name", ["article", "home", "latest"])
def test_reading_pages_cost_the_same_queries_with_5_or_50_stories(
    client, section, author, settings, url_name
):
    def count_queries(river_size):
        settings.MASTHEAD_RIVER_PAGE_SIZE = river_size
        url = {"article": target.url, "home": "/", "latest": "/latest/"}[url_name]
        client.get(url)  # renditions are generated on first view, then stored
        # Count from a cold cache so cached renditions or site roots hide nothing.
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(teaser_ids(response.content.decode())) >= min(river_size, 5)
        return len(queries)

    stories = make_stories(section, author, 52)
    target = stories[10]
    with_5 = count_queries(5)
    with_50 = count_queries(50)
    assert with_5 == with_50, f"{with_5} queries with 5 stories, {with_50} with 50"
    # A cold cache: the front page's top, QiOSK and section blocks and the
    # phones' LATEST strip are each a query or two on top of the river's.
    assert with_50 <= 45


def test_article_page_html_stays_under_100_kb(client, section, author):
    stories = make_stories(section, author, 8)
    response = client.get(stories[0].url)
    assert len(response.content) < 100 * 1024
