"""RSS 2.0 and Atom feeds: valid, complete, cacheable, and never leaking hidden work."""

import datetime
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
import rnc2rng
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import etree

from masthead.articles.models import ArticlePage, Correction
from masthead.authors.models import AuthorPage
from masthead.sections.models import SectionPage
from masthead.syndication.feeds.base import MastheadFeed
from tests import factories
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    hours_ago,
    make_private,
)
from tests.page_cache.helpers import stored_cache_control

pytestmark = pytest.mark.django_db

# Third-party reference schemas, kept with the tests; see schemas/README.md.
SCHEMAS = Path(__file__).resolve().parent / "schemas"

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "dc": "http://purl.org/dc/elements/1.1/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "media": "http://search.yahoo.com/mrss/",
}
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)

# (url name, kwargs) for every feed kind; "-atom" appended for the Atom twin.
FEEDS = [
    ("feed-site", {}),
    ("feed-section", {"slug": "asia-pacific"}),
    ("feed-author", {"slug": "hana-testwriter"}),
    ("feed-tag", {"slug": "trade"}),
    ("feed-qiosk", {}),
    ("feed-corrections", {}),
]
ALL_FEEDS = [
    (name + suffix, kwargs) for name, kwargs in FEEDS for suffix in ("", "-atom")
]

HOSTILE_PARAGRAPH = (
    '<p>Harbour <b>cranes</b> idle<script>alert("owned")</script> '
    '<a href="/asia-pacific/" onclick="steal()">see the desk</a> '
    '<a href="javascript:alert(1)">bad link</a></p>'
)


@pytest.fixture(scope="module")
def atom_schema():
    rnc = SCHEMAS / "atom.rnc"
    assert rnc.exists(), f"Atom schema missing: expected {rnc.resolve()}"
    # rnc2rng declares xmlns:local="", which XML forbids; see schemas/README.md.
    rng = rnc2rng.dumps(rnc2rng.loads(rnc.read_text())).replace('xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(rng.encode()))


@pytest.fixture
def co_author(db):
    return AuthorFactory(title="Aiko Secondwriter", slug="aiko-secondwriter")


@pytest.fixture
def full_story(section, author, co_author):
    """A story with every kind of block, two authors, an update and corrections."""
    inline = ImageFactory(credit="Inline & Co/ Pat Lens")
    story = ArticleFactory(
        parent=section,
        title="Shipyards & the slow race to retool",
        slug="shipyards-retool",
        dek="Why Asia’s yards are <quietly> rebuilding.",
        authors=[(co_author, "Reporting by"), author],
        tags=["Trade", "Shipbuilding"],
        corrections=["An earlier version misnamed the yard.", "The tonnage is 40,000."],
        published_at=hours_ago(5),
        body=[
            ("paragraph", HOSTILE_PARAGRAPH),
            ("heading", "What the yards need"),
            ("quote", {"text": "We build or we sink.", "source": "A yard manager"}),
            ("pullquote", "Repeated words from the story"),
            (
                "image",
                {"image": inline, "caption": "A dry dock & slipway", "credit": ""},
            ),
            ("embed", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
            ("paragraph", "<p>Closing paragraph of the shipyards story.</p>"),
        ],
    )
    ArticlePage.objects.filter(pk=story.pk).update(updated_at=hours_ago(1))
    story.refresh_from_db()
    return story


@pytest.fixture
def published(article, full_story, section, other_section, author):
    """Public content for every feed: stories, a QiOSK item and corrections."""
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=hours_ago(10), last_published_at=hours_ago(10)
    )
    europe = ArticleFactory(
        parent=other_section,
        title="Rail freight doubles across the Alps",
        slug="rail-freight",
        authors=[author],
        tags=["Trade"],
        published_at=hours_ago(3),
    )
    qiosk = ArticleFactory(
        parent=section,
        title="Flash: port strike called off",
        slug="port-strike-off",
        article_type="qiosk",
        authors=[author],
        tags=["Trade"],
        published_at=hours_ago(2),
    )
    return {"full": full_story, "europe": europe, "qiosk": qiosk, "article": article}


@pytest.fixture
def hidden_stories(section, author, published):
    """Each kind of story readers must not see, all tagged and bylined like the rest."""
    return factories.hidden_stories(section, author, extra_tags=["Secretive"])


def get_feed(client, name, kwargs=None, **headers):
    return client.get(reverse(name, kwargs=kwargs or {}), **headers)


def rss_items(content):
    return etree.fromstring(content).findall("./channel/item")


def atom_entries(content):
    return etree.fromstring(content).findall("atom:entry", NS)


def assert_valid_rss(content):
    root = etree.fromstring(content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), f"channel lacks {required}"
    assert channel.findtext("link").startswith("http")
    self_link = channel.find("atom:link[@rel='self']", NS)
    assert self_link is not None and self_link.get("href").startswith("http")
    parsedate_to_datetime(channel.findtext("lastBuildDate"))
    guids = []
    for item in channel.findall("item"):
        for required in ("title", "link", "guid", "pubDate", "description"):
            assert (item.findtext(required) or "").strip(), f"item lacks {required}"
        assert item.findtext("link").startswith("http")
        pubdate = parsedate_to_datetime(item.findtext("pubDate"))
        assert pubdate.tzinfo is not None
        guids.append(item.findtext("guid"))
        enclosures = item.findall("enclosure")
        assert len(enclosures) <= 1
        for enclosure in enclosures:
            assert enclosure.get("url").startswith("http")
            assert enclosure.get("length").isdigit()
            assert "/" in enclosure.get("type")
        # RSS <author> must be an e-mail address; names go in dc:creator.
        assert item.find("author") is None
    assert len(guids) == len(set(guids)), "duplicate guids"
    return channel


def assert_valid_atom(content, schema):
    doc = etree.fromstring(content)
    schema.assertValid(doc)
    # What RELAX NG cannot say: the Schematron rules and RFC 3339 dates.
    dates = doc.xpath("//atom:updated/text() | //atom:published/text()", namespaces=NS)
    assert dates
    for value in dates:
        assert RFC3339.match(value), f"not RFC 3339: {value}"
        assert datetime.datetime.fromisoformat(value).tzinfo is not None
    feed_has_author = doc.find("atom:author", NS) is not None
    ids = []
    for entry in doc.findall("atom:entry", NS):
        assert feed_has_author or entry.find("atom:author", NS) is not None
        assert entry.find("atom:link[@rel='alternate']", NS) is not None
        ids.append(entry.findtext("atom:id", namespaces=NS))
    assert len(ids) == len(set(ids)), "duplicate entry ids"
    alternates = doc.findall("atom:link[@rel='alternate']", NS)
    assert len(alternates) == 1
    return doc


# Every feed, both formats -----------------------------------------------------


def test_url_names_and_patterns():
    assert reverse("feed-site") == "/feed/"
    assert reverse("feed-site-atom") == "/feed/atom/"
    for kind in ("section", "author", "tag"):
        assert reverse(f"feed-{kind}", args=["x"]) == f"/feed/{kind}/x/"
        assert reverse(f"feed-{kind}-atom", args=["x"]) == f"/feed/{kind}/x/atom/"
    for kind in ("qiosk", "corrections"):
        assert reverse(f"feed-{kind}") == f"/feed/{kind}/"
        assert reverse(f"feed-{kind}-atom") == f"/feed/{kind}/atom/"


def test_every_feed_is_valid(client, published, atom_schema):
    # One loop rather than parametrize: building the stories is the slow part.
    for name, kwargs in ALL_FEEDS:
        response = get_feed(client, name, kwargs)
        assert response.status_code == 200, name
        atom = name.endswith("-atom")
        assert response["Content-Type"] == (ATOM_TYPE if atom else RSS_TYPE), name
        # Stored by the page cache, purged on publish: its policy.
        assert response["Cache-Control"] == stored_cache_control(), name
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, (name, parsed.get("bozo_exception"))
        assert parsed.version == ("atom10" if atom else "rss20"), name
        assert parsed.entries, f"{name}: every fixture feed has items"
        if atom:
            assert_valid_atom(response.content, atom_schema)
        else:
            assert_valid_rss(response.content)


TITLES_AND_LINKS = [
    ("feed-site", {}, "Our magazine", "http://localhost/"),
    (
        "feed-section",
        {"slug": "asia-pacific"},
        "Our magazine — Asia-Pacific",
        "http://localhost/asia-pacific/",
    ),
    (
        "feed-author",
        {"slug": "hana-testwriter"},
        "Our magazine — Hana Testwriter",
        "http://localhost/authors/hana-testwriter/",
    ),
    (
        "feed-tag",
        {"slug": "trade"},
        "Our magazine — Trade",
        "http://localhost/tags/trade/",
    ),
    ("feed-qiosk", {}, "Our magazine — QiOSK", "http://localhost/qiosk/"),
    (
        "feed-corrections",
        {},
        "Our magazine — Corrections",
        "http://localhost/corrections/",
    ),
]


def test_feed_titles_and_links(client, published):
    for name, kwargs, title, link in TITLES_AND_LINKS:
        rss = etree.fromstring(get_feed(client, name, kwargs).content)
        assert rss.findtext("channel/title") == title
        assert rss.findtext("channel/link") == link
        atom = etree.fromstring(get_feed(client, name + "-atom", kwargs).content)
        assert atom.findtext("atom:title", namespaces=NS) == title
        assert atom.find("atom:link[@rel='alternate']", NS).get("href") == link
        assert atom.find("atom:link[@rel='self']", NS).get("href") == (
            "http://localhost" + reverse(name + "-atom", kwargs=kwargs)
        )


def test_feed_title_follows_magazine_settings(client, published, social_links):
    social_links.masthead_name = "Harbour Weekly"
    social_links.save()
    rss = etree.fromstring(get_feed(client, "feed-section", {"slug": "europe"}).content)
    assert rss.findtext("channel/title") == "Harbour Weekly — Europe"


def test_channel_descriptions_are_plain_text(client, published, author, section):
    # A bio and a section intro as a script or an import would store them.
    AuthorPage.objects.filter(pk=author.pk).update(
        bio="<p>Hana covers <b>Asia</b>.</p><script>alert(1)</script>"
        '<img src=x onerror=alert(1)><a href="javascript:alert(1)">Her site</a>'
    )
    SectionPage.objects.filter(pk=section.pk).update(intro="<i>Ports</i> & trade")
    for name, kwargs, expected in [
        ("feed-author", {"slug": author.slug}, "Hana covers Asia. Her site"),
        ("feed-section", {"slug": section.slug}, "Ports & trade"),
    ]:
        rss = etree.fromstring(get_feed(client, name, kwargs).content)
        assert rss.findtext("channel/description") == expected
        atom = etree.fromstring(get_feed(client, name + "-atom", kwargs).content)
        assert atom.findtext("atom:subtitle", namespaces=NS) == expected


def test_feeds_hold_the_right_stories(client, published):
    def titles(name, kwargs=None):
        parsed = feedparser.parse(get_feed(client, name, kwargs).content)
        return [entry.title for entry in parsed.entries]

    full, europe, qiosk, article = (
        published["full"].title,
        published["europe"].title,
        published["qiosk"].title,
        published["article"].title,
    )
    # Newest first; the site feed is stories only, QiOSK has its own.
    assert titles("feed-site") == [europe, full, article]
    assert titles("feed-qiosk") == [qiosk]
    assert titles("feed-section", {"slug": "europe"}) == [europe]
    assert titles("feed-section", {"slug": "asia-pacific"}) == [qiosk, full, article]
    assert titles("feed-author", {"slug": "aiko-secondwriter"}) == [full]
    assert titles("feed-tag", {"slug": "shipbuilding"}) == [full]
    assert titles("feed-tag", {"slug": "trade"}) == [qiosk, europe, full, article]


def test_feed_length_is_capped(client, published, monkeypatch):
    monkeypatch.setattr(MastheadFeed, "length", 2)
    assert len(rss_items(get_feed(client, "feed-tag", {"slug": "trade"}).content)) == 2
    assert len(atom_entries(get_feed(client, "feed-site-atom").content)) == 2
    assert len(rss_items(get_feed(client, "feed-corrections").content)) == 2


# Items: text, dates, authors, categories, images -------------------------------


def _rss_item(client, title, name="feed-site"):
    items = rss_items(get_feed(client, name).content)
    return next(item for item in items if item.findtext("title") == title)


def _atom_entry(client, title, name="feed-site-atom"):
    entries = atom_entries(get_feed(client, name).content)
    return next(e for e in entries if e.findtext("atom:title", namespaces=NS) == title)


def assert_clean_full_text(html):
    assert "Harbour <b>cranes</b> idle" in html
    assert "Closing paragraph of the shipyards story." in html
    assert "<h2>What the yards need</h2>" in html
    assert "<blockquote><p>We build or we sink.</p></blockquote>" in html
    assert "A yard manager" in html
    assert "Repeated words from the story" not in html  # pull quotes repeat the text
    assert '<a href="http://localhost/asia-pacific/">see the desk</a>' in html
    assert '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">' in html
    for hostile in ("<script", "alert", "onclick", "steal", "javascript:", "class="):
        assert hostile not in html, f"{hostile!r} survived sanitising"
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) == 2  # the top image and the inline one
    assert all(src.startswith("http://localhost/media/") for src in images)
    assert "(Northlight Images/ Test Photographer)" in html  # top image credit
    assert "A dry dock &amp; slipway (Inline &amp; Co/ Pat Lens)" in html
    assert 'alt="Container cranes over a grey harbour' in html


def test_rss_item_has_full_sanitised_text_and_summary(client, published):
    story = published["full"]
    item = _rss_item(client, story.title)
    assert (
        item.findtext("description")
        == "Why Asia’s yards are &lt;quietly&gt; rebuilding."
    )
    assert_clean_full_text(item.findtext("content:encoded", namespaces=NS))
    parsed = feedparser.parse(get_feed(client, "feed-site").content)
    entry = next(e for e in parsed.entries if e.title == story.title)
    assert entry.summary == "Why Asia’s yards are &lt;quietly&gt; rebuilding."
    assert "Harbour <b>cranes</b> idle" in entry.content[0].value
    assert entry.title == "Shipyards & the slow race to retool"


def test_atom_entry_has_text_summary_and_html_content(client, published):
    story = published["full"]
    entry = _atom_entry(client, story.title)
    summary = entry.find("atom:summary", NS)
    assert summary.get("type") == "text"
    assert summary.text == "Why Asia’s yards are <quietly> rebuilding."
    content = entry.find("atom:content", NS)
    assert content.get("type") == "html"
    assert_clean_full_text(content.text)


def test_item_dates(client, published):
    story = published["full"]
    item = _rss_item(client, story.title)
    pubdate = parsedate_to_datetime(item.findtext("pubDate"))
    assert pubdate == story.first_published_at.replace(microsecond=0)
    entry = _atom_entry(client, story.title)
    published_at = entry.findtext("atom:published", namespaces=NS)
    updated_at = entry.findtext("atom:updated", namespaces=NS)
    assert datetime.datetime.fromisoformat(published_at) == pubdate
    assert datetime.datetime.fromisoformat(updated_at) == story.updated_at.replace(
        microsecond=0
    )
    # Without a substantive update, "updated" is the last publication.
    plain = published["article"]
    plain.refresh_from_db()
    entry = _atom_entry(client, plain.title)
    assert datetime.datetime.fromisoformat(
        entry.findtext("atom:updated", namespaces=NS)
    ) == plain.last_published_at.replace(microsecond=0)


def test_authors_in_byline_order(client, published):
    story = published["full"]
    item = _rss_item(client, story.title)
    creators = [c.text for c in item.findall("dc:creator", NS)]
    assert creators == ["Aiko Secondwriter", "Hana Testwriter"]
    entry = _atom_entry(client, story.title)
    authors = entry.findall("atom:author", NS)
    assert [a.findtext("atom:name", namespaces=NS) for a in authors] == creators
    assert authors[1].findtext("atom:uri", namespaces=NS) == (
        "http://localhost/authors/hana-testwriter/"
    )


def test_categories_are_section_type_and_tags(client, published):
    story = published["full"]
    item = _rss_item(client, story.title)
    expected = ["Asia-Pacific", "Analysis", "Shipbuilding", "Trade"]
    assert [c.text for c in item.findall("category")] == expected
    entry = _atom_entry(client, story.title)
    assert [c.get("term") for c in entry.findall("atom:category", NS)] == expected


def test_top_image_enclosure_with_credit(client, published):
    story = published["full"]
    rendition = story.top_image.get_rendition("width-1200|format-jpeg")
    url = "http://localhost" + rendition.url
    item = _rss_item(client, story.title)
    enclosure = item.find("enclosure")
    assert enclosure.get("url") == url
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) == rendition.file.size > 0
    media = item.find("media:content", NS)
    assert media.get("url") == url
    assert media.findtext("media:credit", namespaces=NS) == (
        "Northlight Images/ Test Photographer"
    )
    entry = _atom_entry(client, story.title)
    link = entry.find("atom:link[@rel='enclosure']", NS)
    assert link.get("href") == url
    assert link.get("type") == "image/jpeg"
    assert int(link.get("length")) == rendition.file.size
    assert entry.find("media:content/media:credit", NS).text == (
        "Northlight Images/ Test Photographer"
    )


def test_story_without_top_image_has_no_enclosure(client, section, author):
    story = ArticleFactory(parent=section, authors=[author], top_image=None)
    item = _rss_item(client, story.title)
    assert item.find("enclosure") is None
    assert item.find("media:content", NS) is None


def test_guids_are_stable_tag_uris(client, published):
    story = published["full"]
    guid = _rss_item(client, story.title).find("guid")
    assert guid.get("isPermaLink") == "false"
    assert guid.text == (
        f"tag:localhost,{story.first_published_at:%Y-%m-%d}:article/{story.pk}"
    )
    entry = _atom_entry(client, story.title)
    assert entry.findtext("atom:id", namespaces=NS) == guid.text


def test_corrections_feed_items(client, published, atom_schema):
    story = published["full"]
    corrections = list(Correction.objects.filter(page=story).order_by("pk"))
    Correction.objects.filter(pk=corrections[0].pk).update(corrected_at=hours_ago(4))
    Correction.objects.filter(pk=corrections[1].pk).update(corrected_at=hours_ago(2))
    response = get_feed(client, "feed-corrections")
    items = rss_items(response.content)
    assert [i.findtext("title") for i in items] == [
        f"Correction: {story.title}",
        f"Correction: {story.title}",
    ]
    assert all(
        i.findtext("link") == f"http://localhost{story.url}#corrections" for i in items
    )
    assert items[0].findtext("description") == "The tonnage is 40,000."
    assert len({i.findtext("guid") for i in items}) == 2
    for item, correction in zip(items, reversed(corrections), strict=True):
        correction.refresh_from_db()
        assert parsedate_to_datetime(
            item.findtext("pubDate")
        ) == correction.corrected_at.replace(microsecond=0)
        assert f":correction/{correction.pk}" in item.findtext("guid")
    atom = get_feed(client, "feed-corrections-atom")
    doc = assert_valid_atom(atom.content, atom_schema)
    assert len(doc.findall("atom:entry", NS)) == 2


# What never appears -------------------------------------------------------------


def test_hidden_stories_never_appear(client, hidden_stories):
    for name, kwargs in ALL_FEEDS:
        response = get_feed(client, name, kwargs)
        assert response.status_code == 200, name
        xml = response.content.decode()
        assert "<item>" in xml or "<entry>" in xml, name
        for story in hidden_stories:
            assert story.title not in xml, f"{story.title!r} leaked into {name}"
            assert f"/{story.slug}/" not in xml, name
            assert f"article/{story.pk}<" not in xml, name
        assert "Private secret correction text." not in xml, name
        assert "Secretive" not in xml, name


UNKNOWN_OR_HIDDEN = [
    ("feed-section", "no-such-section"),
    ("feed-author", "no-such-author"),
    ("feed-tag", "no-such-tag"),
    ("feed-tag", "secretive"),  # only on a draft and a private story
    ("feed-section", "hidden-desk"),
    ("feed-section", "draft-desk"),
    ("feed-author", "draft-writer"),
    ("feed-author", "private-writer"),
    ("feed-section", "ports-race"),  # an article is not a section
]


def test_unknown_or_hidden_slugs_are_404(client, hidden_stories):
    make_private(SectionFactory(title="Hidden desk", slug="hidden-desk"))
    SectionFactory(title="Draft desk", slug="draft-desk", live=False)
    AuthorFactory(title="Draft Writer", slug="draft-writer", live=False)
    make_private(AuthorFactory(title="Private Writer", slug="private-writer"))
    for name, slug in UNKNOWN_OR_HIDDEN:
        for suffix in ("", "-atom"):
            response = get_feed(client, name + suffix, {"slug": slug})
            assert response.status_code == 404, f"{name}{suffix} {slug}"


def test_empty_feeds_are_still_valid(client, home, atom_schema):
    for name in ("feed-site", "feed-qiosk", "feed-corrections"):
        rss = get_feed(client, name)
        assert rss.status_code == 200
        assert feedparser.parse(rss.content).bozo == 0
        assert_valid_rss(rss.content)
        atom = get_feed(client, name + "-atom")
        assert atom.status_code == 200
        assert_valid_atom(atom.content, atom_schema)


def test_only_get_and_head(client, published):
    assert client.post(reverse("feed-site")).status_code == 405
    assert client.head(reverse("feed-site")).status_code == 200


# Conditional GET ----------------------------------------------------------------


def test_conditional_get(
    client, published, section, author, django_capture_on_commit_callbacks
):
    first = get_feed(client, "feed-site")
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and last_modified
    # Last-Modified is the newest change among the items.
    # (the full story's substantive update, an hour ago, is the newest).
    assert parsedate_to_datetime(last_modified) == published["full"].updated_at.replace(
        microsecond=0
    )

    by_etag = get_feed(client, "feed-site", HTTP_IF_NONE_MATCH=etag)
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag["ETag"] == etag
    by_date = get_feed(client, "feed-site", HTTP_IF_MODIFIED_SINCE=last_modified)
    assert by_date.status_code == 304
    stale = get_feed(client, "feed-site", HTTP_IF_NONE_MATCH='"something-else"')
    assert stale.status_code == 200

    # RSS and Atom are different representations with different tags.
    atom_etag = get_feed(client, "feed-site-atom")["ETag"]
    assert atom_etag != etag
    assert get_feed(client, "feed-site-atom", HTTP_IF_NONE_MATCH=etag).status_code == (
        200
    )

    with django_capture_on_commit_callbacks(execute=True):  # the editor's commit
        ArticleFactory(parent=section, authors=[author], title="Breaking: new story")
    fresh = get_feed(
        client,
        "feed-site",
        HTTP_IF_NONE_MATCH=etag,
        HTTP_IF_MODIFIED_SINCE=last_modified,
    )
    assert fresh.status_code == 200
    assert fresh["ETag"] != etag
    assert b"Breaking: new story" in fresh.content
    assert (
        get_feed(
            client, "feed-site", HTTP_IF_MODIFIED_SINCE=fresh["Last-Modified"]
        ).status_code
        == 304
    )


def test_conditional_get_on_every_kind(client, published):
    for name, kwargs in FEEDS:
        for suffix in ("", "-atom"):
            first = get_feed(client, name + suffix, kwargs)
            again = get_feed(
                client, name + suffix, kwargs, HTTP_IF_NONE_MATCH=first["ETag"]
            )
            assert again.status_code == 304, name + suffix


def test_last_modified_is_never_in_the_future(client, published):
    full = published["full"]
    ArticlePage.objects.filter(pk=full.pk).update(updated_at=hours_ago(-24))
    response = get_feed(client, "feed-site")
    last_modified = parsedate_to_datetime(response["Last-Modified"])
    assert last_modified <= datetime.datetime.now(datetime.UTC)
    # The newest date that is not in the future: the QiOSK item is not in this
    # feed, so that is the Europe story, three hours ago.
    assert last_modified == published["europe"].last_published_at.replace(microsecond=0)
    assert (
        get_feed(
            client, "feed-site", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]
        ).status_code
        == 304
    )


def test_unpublishing_a_story_changes_the_etag(
    client, published, django_capture_on_commit_callbacks
):
    etag = get_feed(client, "feed-site")["ETag"]
    with django_capture_on_commit_callbacks(execute=True):  # the editor's commit
        published["europe"].unpublish()
    response = get_feed(client, "feed-site", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert b"Rail freight" not in response.content


# Cost -------------------------------------------------------------------------


def make_stories(section, authors, count, start=0):
    inline = ImageFactory()
    return [
        ArticleFactory(
            parent=section,
            title=f"Costed story {n}",
            slug=f"costed-{n}",
            authors=authors,
            tags=["Trade", f"Topic {n}"],
            corrections=["A fix."],
            published_at=hours_ago(100 - n),
            body=[
                ("paragraph", f"<p>Story {n} begins.</p>"),
                ("image", {"image": inline, "caption": "", "credit": ""}),
                ("heading", "More"),
                ("quote", {"text": "Quoted.", "source": "Someone"}),
            ],
        )
        for n in range(start, start + count)
    ]


@pytest.mark.no_page_cache
@pytest.mark.parametrize("name", ["feed-site", "feed-site-atom", "feed-corrections"])
def test_feed_queries_do_not_grow_with_items(client, section, author, co_author, name):
    def count_queries(expected_items):
        url = reverse(name)
        client.get(url)  # renditions are generated on first view, then stored
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        parsed = feedparser.parse(response.content)
        assert len(parsed.entries) == expected_items
        return len(captured)

    make_stories(section, [author, co_author], 3)
    with_3 = count_queries(3)
    make_stories(section, [author, co_author], 17, start=3)
    with_20 = count_queries(20)
    assert with_3 == with_20, f"{with_3} queries with 3 items, {with_20} with 20"
    assert with_20 <= 20


@pytest.mark.no_page_cache
def test_not_modified_skips_loading_the_stories(client, section, author):
    make_stories(section, [author], 3)
    etag = get_feed(client, "feed-site")["ETag"]
    cache.clear()
    with CaptureQueriesContext(connection) as full:
        get_feed(client, "feed-site")
    cache.clear()
    with CaptureQueriesContext(connection) as conditional:
        response = get_feed(client, "feed-site", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert len(conditional) < len(full)
