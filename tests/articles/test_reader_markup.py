"""Reader markup faults from issue 12: captions and credits, machine-readable
dates, the river's heading, text-only cards and the social icons."""

import re

import pytest
from django.utils import timezone

from masthead.articles.models import ArticleType
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

# HTML's valid global date and time: seconds at most, no microseconds.
HTML_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:?\d\d)$")


def test_the_credit_is_labelled_not_the_caption(client, section, author):
    story = ArticleFactory(
        parent=section,
        authors=[author],
        top_image_caption="Cranes at dusk over the container terminal",
    )
    html = client.get(story.url).content.decode()
    figure = html[html.index('class="article__image"') :]
    figure = figure[: figure.index("</figure>")]
    assert "Top photo credit" not in html
    assert (
        "<figcaption>Cranes at dusk over the container terminal "
        '<span class="credit">Photo: Northlight Images/ Test Photographer</span>'
        "</figcaption>" in figure
    )


def test_teasers_label_the_credit_not_the_caption(client, section, author):
    story, teased = (
        ArticleFactory(parent=section, authors=[author], top_image_caption=caption)
        for caption in ("First caption", "A teased caption")
    )
    html = client.get(story.url).content.decode()
    teaser = html[html.index(f'id="story-{teased.pk}"') :]
    teaser = teaser[: teaser.index("</figure>")]
    assert "Top photo credit" not in teaser
    assert '<figcaption>A teased caption <span class="credit">Photo: ' in teaser


def test_every_time_element_has_a_valid_html_datetime(client, section, author):
    story = ArticleFactory(
        parent=section,
        authors=[author],
        corrections=["A corrected figure."],
        updated_at=timezone.now(),
        update_note="Updated with the minister’s reply.",
    )
    ArticleFactory(parent=section, authors=[author], article_type=ArticleType.QIOSK)
    pages = [story.url, "/corrections/", "/", section.url]
    found = []
    for url in pages:
        html = client.get(url).content.decode()
        found += re.findall(r'<time datetime="([^"]*)"', html)
    assert len(found) >= len(pages)
    assert [value for value in found if not HTML_DATETIME.match(value)] == []


def test_the_front_page_river_has_a_natural_heading(client, article):
    html = client.get("/").content.decode()
    assert "The river" not in html
    assert '<h2 id="river-heading" class="river__heading">More stories</h2>' in html


def test_cards_without_a_photo_are_marked_text_only(client, section, author):
    qiosk = ArticleFactory(
        parent=section,
        authors=[author],
        article_type=ArticleType.QIOSK,
        top_image=None,
        title="A short QiOSK item",
    )
    ArticleFactory(parent=section, authors=[author], title="A story with a photo")
    for url in (section.url, author.url):
        html = client.get(url).content.decode()
        cards = re.findall(r'<article class="(card[^"]*)">(.*?)</article>', html, re.S)
        classes = {
            "qiosk" if qiosk.title in body else "photo": css for css, body in cards
        }
        assert classes == {"qiosk": "card card--text-only", "photo": "card"}, url


def test_social_links_have_labelled_inline_icons(client, article, social_links):
    html = client.get(article.url).content.decode()
    links = re.findall(
        r'<a class="social__link" href="https://x.com/testmagazine" rel="me noopener">'
        r"(<svg [^>]*>.*?</svg>)\s*<span class=\"social__name[^\"]*\">X</span></a>",
        html,
        re.S,
    )
    assert len(links) == 2  # header and footer
    for svg in links:
        assert 'aria-hidden="true"' in svg
    assert html.count('<span class="social__name">Mastodon</span>') == 1  # footer
    assert html.count('<span class="social__name visually-hidden">Mastodon</span>') == 1
