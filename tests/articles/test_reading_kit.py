"""The reading kit under a story: related stories, share links, notes and sources."""

import datetime
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles import queries
from masthead.articles.models import ArticlePage
from tests.factories import ArticleFactory, AuthorFactory, hidden_stories

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


class Elements(HTMLParser):
    """Every start tag's attributes, in order."""

    def __init__(self, html):
        super().__init__()
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    def with_attr(self, name, value=None):
        return [
            attrs
            for _, attrs in self.found
            if name in attrs and (value is None or attrs[name] == value)
        ]


def related_titles(html):
    match = re.search(r'<aside class="related".*?</aside>', html, re.S)
    return (
        re.findall(r'class="related__link" href="[^"]+">([^<]+)</a>', match[0])
        if match
        else []
    )


# --- Related stories ------------------------------------------------------------------


@pytest.fixture
def story(section, author):
    return ArticleFactory(
        parent=section,
        title="The story read",
        authors=[author],
        tags=["Trade", "Ports"],
    )


def test_related_ranks_shared_tags_authors_section_and_recency(
    story, section, other_section, author
):
    two_tags = ArticleFactory(
        parent=other_section,
        title="Two tags",
        tags=["Trade", "Ports"],
        published_at=days_ago(2),
    )
    same_author = ArticleFactory(
        parent=other_section,
        title="Same author",
        authors=[author],
        published_at=days_ago(2),
    )
    same_section = ArticleFactory(
        parent=section, title="Same section", published_at=days_ago(2)
    )
    old_two_tags = ArticleFactory(
        parent=other_section,
        title="Two tags, two years old",
        tags=["Trade", "Ports"],
        published_at=days_ago(730),
    )
    ArticleFactory(parent=other_section, title="Nothing shared", tags=["Weather"])

    related = queries.related_stories(story)

    assert [a.title for a in related] == [
        two_tags.title,  # 6 points
        same_author.title,  # 2
        same_section.title,  # 1
        old_two_tags.title,  # 6 halved eight times
    ]
    assert {a.pk for a in related} == {
        two_tags.pk,
        same_author.pk,
        same_section.pk,
        old_two_tags.pk,
    }


def test_related_never_shows_the_story_drafts_private_or_qiosk(story, section, author):
    hidden = hidden_stories(section, author, extra_tags=["Ports"])
    ArticleFactory(
        parent=section, title="A quick item", article_type="qiosk", tags=["Trade"]
    )
    visible = ArticleFactory(parent=section, title="Public neighbour", tags=["Trade"])

    assert [a.pk for a in queries.related_stories(story)] == [visible.pk]
    assert story.pk not in [a.pk for a in queries.related_stories(story)]
    assert not {h.pk for h in hidden} & {a.pk for a in queries.related_stories(story)}


def test_related_costs_the_same_queries_for_one_or_many_candidates(
    story, section, author
):
    ArticleFactory(parent=section, tags=["Trade"])
    story = ArticlePage.objects.get(pk=story.pk)
    queries.prepare_article_page(story)
    with CaptureQueriesContext(connection) as one:
        assert len(queries.related_stories(story)) == 1
    for _ in range(12):
        ArticleFactory(
            parent=section, tags=["Trade", "Ports"], authors=[author, AuthorFactory()]
        )
    story = ArticlePage.objects.get(pk=story.pk)
    queries.prepare_article_page(story)
    with CaptureQueriesContext(connection) as many:
        assert len(queries.related_stories(story)) == 4
    assert len(many) == len(one) <= 10


def test_article_page_shows_related_and_drops_one_unpublished(
    client, section, author, page_cache, django_capture_on_commit_callbacks
):
    # Made with on_commit run, so footprints are recorded as in production.
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticleFactory(parent=section, title="The story read", tags=["Trade"])
        neighbour = ArticleFactory(
            parent=section, title="A neighbour on trade", tags=["Trade"]
        )
    first = client.get(story.url)
    assert related_titles(first.content.decode()) == [neighbour.title]
    cached = client.get(story.url)
    assert cached["X-Page-Cache"] == "hit"
    assert related_titles(cached.content.decode()) == [neighbour.title]

    with django_capture_on_commit_callbacks(execute=True):
        neighbour.unpublish()

    html = client.get(story.url).content.decode()
    assert neighbour.title not in html
    assert related_titles(html) == []


def test_article_page_gains_a_related_story_published_later(
    client, section, other_section, page_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticleFactory(parent=section, title="The story read", tags=["Ports"])
    assert related_titles(client.get(story.url).content.decode()) == []
    assert client.get(story.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        later = ArticleFactory(
            parent=other_section, title="Published later, same tag", tags=["Ports"]
        )
    assert related_titles(client.get(story.url).content.decode()) == [later.title]


# --- Share ----------------------------------------------------------------------------


def test_share_links_are_plain_encoded_links_with_names(client, section, author):
    story = ArticleFactory(
        parent=section, title="Tariffs & tides: 100% new?", authors=[author]
    )
    html = client.get(story.url).content.decode()
    url = story.get_full_url()
    links = {
        attrs["aria-label"]: attrs["href"]
        for attrs in Elements(html).with_attr("class", "share__link")
    }
    assert set(links) == {
        "Share by email",
        "Share on Bluesky",
        "Share on Mastodon",
        "Share on X",
        "Share on LinkedIn",
    }
    email = urlsplit(links["Share by email"])
    assert email.scheme == "mailto"
    assert parse_qs(email.query) == {
        "subject": [story.title],
        "body": [f"{story.title}\n\n{url}"],
    }
    assert "Tariffs%20%26%20tides%3A%20100%25%20new%3F" in links["Share on Bluesky"]
    for label, host, params in [
        ("Share on Bluesky", "bsky.app", {"text": [f"{story.title} {url}"]}),
        ("Share on Mastodon", "s2f.kytta.dev", {"text": [f"{story.title} {url}"]}),
        ("Share on X", "x.com", {"url": [url], "text": [story.title]}),
        ("Share on LinkedIn", "www.linkedin.com", {"url": [url]}),
    ]:
        parts = urlsplit(links[label])
        assert (parts.scheme, parts.netloc) == ("https", host)
        assert parse_qs(parts.query) == params
    # Without JavaScript: the address to copy, labelled; the script's buttons hidden.
    assert (
        f'id="share-url" class="share__url" type="url" value="{url}" readonly' in html
    )
    assert '<label for="share-url">Link to this story</label>' in html
    assert re.search(r"<button[^>]*data-share-native hidden>", html)
    assert re.search(r"<button[^>]*data-share-copy hidden>", html)
    # No third-party script; ours is a static file.
    assert re.findall(r'<script[^>]*src="([^"]+)"', html) and all(
        src.startswith("/static/")
        for src in re.findall(r'<script[^>]*src="([^"]+)"', html)
    )


# --- Notes and sources ----------------------------------------------------------------

NOTES = [
    "<p>Harbour Board of Lowmere, <i>Annual Tonnage Return</i> (fictional), "
    '<a href="https://example.org/tonnage?y=2025&amp;t=1">table 4</a>.</p>',
    "<p>Interview with a crane operator, 12 March.</p>",
    "<p>Never cited in the text.</p>",
]


@pytest.fixture
def noted(section, author):
    return ArticleFactory(
        parent=section,
        title="Cranes and counts",
        authors=[author],
        body=[
            ("paragraph", "<p>Tonnage rose by a third.[1] Operators disagree.[2]</p>"),
            ("quote", {"text": "We never stop.[2]", "source": "An operator"}),
            (
                "paragraph",
                "<p>See [1] again, [9] is not a note, and "
                '<a href="https://example.org">[1] in a link</a>.</p>',
            ),
            ("notes", NOTES),
        ],
    )


def test_notes_on_the_page_use_dpub_aria_with_unique_ids(client, noted):
    html = client.get(noted.url).content.decode()
    elements = Elements(html)
    refs = elements.with_attr("role", "doc-noteref")
    assert [(r["href"], r["id"]) for r in refs] == [
        ("#fn-1", "fnref-1"),
        ("#fn-2", "fnref-2"),
        ("#fn-2", "fnref-2-2"),
        ("#fn-1", "fnref-1-2"),
    ]
    assert all(r["aria-label"].startswith("Note ") for r in refs)
    assert "[9] is not a note" in html
    assert ">[1] in a link</a>" in html
    assert len(elements.with_attr("role", "doc-endnotes")) == 1
    assert re.search(
        r'<section class="endnotes" role="doc-endnotes" '
        r'aria-labelledby="notes-heading">',
        html,
    )
    notes = [a["id"] for a in elements.with_attr("id") if a["id"].startswith("fn-")]
    assert notes == ["fn-1", "fn-2", "fn-3"]
    backlinks = elements.with_attr("role", "doc-backlink")
    assert [b["href"] for b in backlinks] == ["#fnref-1", "#fnref-2"]  # note 3 uncited
    assert all(b["aria-label"] for b in backlinks)
    ids = [a["id"] for a in elements.with_attr("id")]
    assert len(ids) == len(set(ids))
    # Every in-page link lands on an element.
    for attrs in refs + backlinks:
        assert attrs["href"][1:] in ids
    assert "Annual Tonnage Return" in html


def test_notes_appear_in_the_feed_as_endnotes(client, noted):
    xml = client.get("/feed/").content.decode()
    url = noted.get_full_url()
    assert f'&lt;sup&gt;&lt;a href="{url}#fn-1"&gt;1&lt;/a&gt;&lt;/sup&gt;' in xml or (
        f'<sup><a href="{url}#fn-1">1</a></sup>' in xml
    )
    assert "Notes and sources" in xml
    assert "Interview with a crane operator, 12 March." in xml
    assert "doc-noteref" not in xml


def test_river_teasers_link_citations_to_the_notes_on_the_storys_page(client, noted):
    html = client.get("/latest/", {"partial": 1}).content.decode()
    teaser = html[html.index(f'id="story-{noted.pk}"') :]
    teaser = teaser[: teaser.index("</article>")]
    assert "rose by a third.[1]" not in teaser
    assert f'<sup><a href="{noted.url}#fn-1">1</a></sup>' in teaser
    assert f'<sup><a href="{noted.url}#fn-2">2</a></sup>' in teaser
    assert "[9] is not a note" in teaser
    # Many stories share the river: no in-page note ids or roles from a teaser.
    assert 'id="fn-' not in teaser and 'id="fnref-' not in teaser
