"""The RSS 2.0 / Atom 1.0 reader: pure parsing of fixture feeds, no database."""

import datetime
import tracemalloc
from pathlib import Path

import pytest

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.feed import FeedReader, parse_rss_author
from masthead.importers.readers.feed_dates import parse_date
from masthead.importers.readers.feed_html import normalise
from masthead.importers.records import ItemKind, ItemStatus

FIXTURES = Path(__file__).parent / "fixtures" / "feed"


def read(name):
    reader = FeedReader(FIXTURES / name)
    inventory = reader.scan()
    return inventory, {item.source_id: item for item in reader.items()}


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def test_rss_inventory_counts_items_and_authors():
    inventory, items = read("full-content.rss")
    assert inventory.source_name == "feed"
    assert inventory.item_count == 8 == len(items)
    assert inventory.site_url == "https://lantern.example.com/"
    assert inventory.categories == {}
    assert set(inventory.authors) == {
        "mira-castellane",
        "jonah-perrault",
        "layla-haddad",
        "noa-ben-ari",
        "oskar-lindqvist",
        "desk",
    }
    assert inventory.authors["oskar-lindqvist"].email == "atlas@lantern.example.com"


def test_rss_full_content_item():
    _, items = read("full-content.rss")
    item = items["lantern-0001"]
    assert item.kind == ItemKind.ARTICLE
    assert item.status == ItemStatus.PUBLISH
    assert item.title == "The Ferryman of Lake Orsa"
    assert item.slug == "the-ferryman-of-lake-orsa"
    assert item.author_keys == ["mira-castellane"]
    assert item.tags == ["Travel", "Lakes"]
    assert item.category_keys == []
    assert item.published_at == utc(2025, 3, 3, 9, 30)
    assert item.old_urls == ["https://lantern.example.com/the-ferryman-of-lake-orsa/"]
    # content:encoded is the body, the description the excerpt.
    assert item.excerpt.startswith("For forty winters one man has rowed")
    assert "<strong>Teodor Vass</strong>" in item.body_html
    assert "<h2>A lake with opinions</h2>" in item.body_html
    # The Ghost image card becomes a figure with the widest srcset candidate.
    assert (
        '<figure><img src="https://lantern.example.com/content/images/size/w1600/'
        '2025/03/ferry.jpg" alt="A wooden ferry at dawn"><figcaption>The ferry '
        "leaves the north jetty at six.</figcaption></figure>"
    ) in item.body_html
    assert "kg-card" not in item.body_html
    image = item.featured_image
    assert image.url.endswith("/ferry-wide.jpg")
    assert image.alt_text == "Wooden ferry, wide shot"
    assert image.caption == "Teodor's ferry at first light."
    assert image.credit == "Photo: Ines Arbo"


def test_rss_four_byte_utf8_and_rtl_round_trip():
    _, items = read("full-content.rss")
    salt = items["lantern-0002"]
    assert salt.title == "Notes from a salt flat 🧂🌅"
    assert "𝓡𝓪𝓾𝓵" in salt.body_html and "🌞" in salt.body_html
    assert salt.excerpt == (
        "White ground, white sky 🌅, and a camera that forgets which way is up."
    )
    arabic = items["lantern-0003"]
    assert arabic.title == "رسائل من المدينة القديمة"
    assert "«المدينة لا تنام، إنها تحلم بعينين مفتوحتين.»" in arabic.body_html
    assert 'dir="rtl"' in arabic.body_html
    assert items["lantern-0004"].title == "מכתב מחיפה"
    assert items["lantern-0004"].published_at == datetime.datetime(
        2025, 3, 6, 16, 45, tzinfo=datetime.UTC
    )


def test_rss_odd_whitespace_is_collapsed_where_it_is_not_content():
    _, items = read("full-content.rss")
    item = items["lantern-0005"]  # the guid itself is padded with tabs
    assert item.title == "The Quiet Orchestra"
    assert item.old_urls == ["https://lantern.example.com/the-quiet-orchestra/"]
    assert item.author_keys == ["mira-castellane"]  # "  Mira   Castellane  "
    assert item.tags == ["Music"]  # "Music" and "music" are one tag
    assert item.excerpt == (
        "A string quartet that plays only in libraries, and only very softly."
    )
    assert item.published_at == utc(2025, 3, 7, 11)
    # An image enclosure is the featured image.
    assert item.featured_image.url.endswith("/quartet.png")
    # &nbsp; decodes to a no-break space, kept.
    assert "candlelight.\xa0The cellist" in item.body_html


def test_rss_author_email_name_and_permalink_guid():
    _, items = read("full-content.rss")
    item = items["https://lantern.example.com/?p=606"]
    assert item.author_keys == ["oskar-lindqvist"]
    assert item.old_urls == [
        "https://lantern.example.com/six-maps/",
        "https://lantern.example.com/?p=606",
    ]
    # Full weekday and month names, a zone name.
    assert item.published_at == utc(2025, 3, 8, 9)
    # A photo inside a paragraph becomes a figure between paragraphs; relative
    # URLs resolve against the item's link.
    assert item.body_html == (
        "<p>Rivers wander. So do borders.</p><figure><img src="
        '"https://lantern.example.com/content/images/2025/03/map-one.jpg" '
        'alt="A river that changed course"></figure>'
        "<p>The first map is from a ledger.</p>"
    )


def test_rss_ghost_cards_become_the_convention():
    _, items = read("full-content.rss")
    body = items["lantern-0007"].body_html
    assert "<p>📖 The book has <b>212</b> pages and no index.</p>" in body
    assert (
        '<figure data-embed-url="https://www.youtube.com/watch?v=Lx0fakeId01"></figure>'
    ) in body
    assert "The keeper's niece reads the first page." in body
    assert (
        '<p><a href="https://harbour.example.org/recipes">Harbour recipes, '
        "collected</a></p><p>A small archive of coastal cooking.</p>"
    ) in body
    assert "kg-" not in body and "iframe" not in body


def test_rss_description_only_item_and_bad_date():
    _, items = read("full-content.rss")
    item = items["lantern-0008"]
    assert item.body_html == (
        "<p>A short dispatch with only a description &amp; no full content.</p>"
    )
    assert item.excerpt == ""
    assert item.published_at is None  # "not a date at all"
    assert item.old_urls == []
    assert item.slug == "untitled-dispatch"
    assert item.author_keys == ["desk"]  # a bare e-mail: its local part


def test_atom_entries():
    inventory, items = read("entries.atom")
    assert inventory.item_count == 3
    assert inventory.site_url == "https://fieldnotes.example.net/"
    moss = items["tag:fieldnotes.example.net,2025:moss-slowly"]
    assert moss.title == "Moss, slowly"  # type="html" title, markup dropped
    assert moss.slug == "moss-slowly"
    assert moss.author_keys == ["hana-okafor", "piet-dekker"]
    hana = inventory.authors["hana-okafor"]
    assert (hana.email, hana.website) == (
        "hana@fieldnotes.example.net",
        "https://hana.example.net/",
    )
    assert moss.tags == ["Botany", "slow-science"]
    assert moss.published_at == utc(2025, 2, 1, 7)
    assert moss.modified_at == utc(2025, 2, 3, 9, 30)
    assert moss.excerpt == "A centimetre a year is fast, if you are moss."
    # xhtml content: namespaces dropped, relative image resolved.
    assert "<strong>older than the wall</strong>" in moss.body_html
    assert (
        '<figure><img src="https://fieldnotes.example.net/images/moss.jpg" '
        'alt="Moss on stone"><figcaption>North wall, February.</figcaption>'
        "</figure>"
    ) in moss.body_html
    assert "xmlns" not in moss.body_html and "html:" not in moss.body_html


def test_atom_html_content_feed_author_and_text_summary():
    _, items = read("entries.atom")
    starlings = items["tag:fieldnotes.example.net,2025:counting-starlings"]
    assert starlings.body_html == (
        "<p>At dusk the flock is a single animal.</p>"
        "<p>We counted to 4,000 and gave up.</p>"
    )
    # No <published>: <updated> is the date.
    assert starlings.published_at == utc(2025, 2, 8, 17, 45)
    # No entry author: the feed's.
    assert starlings.author_keys == ["the-field-notes-desk"]
    assert starlings.featured_image.url.endswith("/starlings.jpg")
    postcard = items["tag:fieldnotes.example.net,2025:postcard"]
    assert postcard.body_html == (
        "<p>Greetings from the marsh.</p>"
        "<p>The herons send their regards &amp; so do we.</p>"
    )
    assert postcard.old_urls == []


def test_medium_feed():
    _, items = read("medium.rss")
    (item,) = items.values()
    assert item.source_id == "https://medium.com/p/9f8e7d6c5b4a"
    # Medium's post id suffix is not part of the slug.
    assert item.slug == "why-i-stopped-owning-a-clock"
    assert item.tags == ["time", "habits"]
    assert item.body_html == (
        '<figure><img src="https://cdn-images-1.medium.com/max/1024/'
        '1*fakeClockImage01.jpeg" alt="A wall with a pale rectangle where a clock '
        'used to hang"><figcaption>Where the clock was. Photo by the author.'
        "</figcaption></figure><p>For a month I told time by the kettle.</p>"
        '<figure data-embed-url="https://www.youtube.com/watch?v=MdFake0042">'
        "</figure><p>It was mostly fine.</p>"
    )  # the tracking pixel is gone, the Embedly wrapper unwrapped


def test_substack_feed():
    _, items = read("substack.rss")
    (item,) = items.values()
    assert item.slug == "the-bridge-that-was-never-finished"
    assert item.excerpt == "Half a bridge, and the town that grew around it."
    assert item.featured_image.url.startswith("https://substackcdn.com/")
    assert item.body_html == (
        "<p>The bridge stops in mid-air, forty metres out.</p>"
        '<figure><img src="https://substack-post-media.s3.amazonaws.com/public/'
        'images/bridge-2.jpeg" alt="The unfinished span over grey water">'
        "<figcaption>The span at low tide.</figcaption></figure>"
        "<p>The town voted twice to finish it.<sup>1</sup></p>"
        "<p>1. Both votes were on rainy days.</p>"
    )  # subscribe widget and button gone, footnote kept as text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("billion-laughs.xml", "declares the entity 'lol'"),
        ("xxe.xml", "external entity 'secret' (file:///etc/passwd)"),
        ("external-dtd.xml", "external DTD (http://127.0.0.1:9/evil.dtd)"),
        ("not-a-feed.xml", "not an RSS 2.0 or Atom 1.0 feed"),
    ],
)
def test_refused_files(name, message):
    with pytest.raises(ImportFileError) as caught:
        FeedReader(FIXTURES / name).scan()
    assert message in str(caught.value)


def test_malformed_feed_reports_line_and_column():
    with pytest.raises(ImportFileError) as caught:
        FeedReader(FIXTURES / "malformed.rss").scan()
    assert (caught.value.line, caught.value.column) == (7, 7)
    assert str(caught.value) == "line 7, column 7: Not well-formed XML: mismatched tag."


def test_truncated_feed_reports_line_and_column():
    with pytest.raises(ImportFileError) as caught:
        FeedReader(FIXTURES / "truncated.rss").scan()
    assert caught.value.line == 16
    assert caught.value.column is not None


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="line 1"):
        FeedReader(empty).scan()
    with pytest.raises(ImportFileError, match="Cannot read the file"):
        FeedReader(tmp_path / "nope.xml").scan()


def test_items_stream_with_bounded_memory(tmp_path):
    """Each item is detached once read: scanning a 3,000-item feed takes a
    fraction of what its whole tree would (about 1.9 MB here)."""
    entries = "".join(
        f"<item><title>Post {n}</title><guid>g{n}</guid>"
        f"<description>Body of post {n}, a little longer than a title.</description>"
        "</item>"
        for n in range(3_000)
    )
    path = tmp_path / "big.rss"
    path.write_text(f'<rss version="2.0"><channel>{entries}</channel></rss>')
    reader = FeedReader(path)
    tracemalloc.start()
    try:
        assert reader.scan().item_count == 3_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 600_000, peak
    assert sum(1 for _ in reader.items()) == 3_000


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon, 03 Mar 2025 10:00:00 +0000", utc(2025, 3, 3, 10)),
        ("Tue, 3 Mar 2025 10:00:00 GMT", utc(2025, 3, 3, 10)),  # wrong weekday
        ("3 Mar 2025 10:00 EST", utc(2025, 3, 3, 15)),  # no weekday, no seconds
        ("Mon, 03 Mar 25 10:00:00 +0530", utc(2025, 3, 3, 4, 30)),
        ("Mon, 03 Mar 2025 10:00:00", utc(2025, 3, 3, 10)),  # no zone: UTC
        ("Mon, 03 Mar 2025 10:00:00 GMT+0200", utc(2025, 3, 3, 8)),
        ("2025-03-03T10:00:00Z", utc(2025, 3, 3, 10)),
        ("2025-03-03T12:00:00.123+02:00", utc(2025, 3, 3, 10, 0, 0, 123000)),
        ("2025-03-03 10:00:00", utc(2025, 3, 3, 10)),
        ("2025-03-03", utc(2025, 3, 3)),
        ("Wed, 31 Feb 2025 10:00:00 GMT", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    parsed = parse_date(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None


def test_parse_rss_author():
    assert parse_rss_author("ed@example.com (Ed Vale)") == ("Ed Vale", "ed@example.com")
    assert parse_rss_author("ed@example.com") == ("ed", "ed@example.com")
    assert parse_rss_author("Ed Vale") == ("Ed Vale", "")


def test_item_without_title_or_link(tmp_path):
    path = tmp_path / "untitled.rss"
    path.write_text(
        '<rss version="2.0"><channel><item><description>&lt;p&gt;A note from '
        "the harbour master about the fog horn.&lt;/p&gt;</description></item>"
        "</channel></rss>"
    )
    (item,) = FeedReader(path).items()
    assert item.title == "A note from the harbour master about the fog horn."
    assert item.slug == "a-note-from-the-harbour-master-about-the-fog-horn"
    assert item.source_id.startswith("sha1:")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # Unclosed paragraphs close at the next block.
        (
            "<p>one<p>two<ul><li>a<li>b</ul>",
            "<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul>",
        ),
        # Scripts and styles are dropped with their content.
        ("<p>a<script>alert(1)</script>b</p><style>p{}</style>", "<p>ab</p>"),
        # A wrapper div holding loose text becomes a paragraph.
        ("<div>loose <em>text</em></div>", "<p>loose <em>text</em></p>"),
        # Nesting far deeper than any post is flattened, not a RecursionError.
        ("<div>" * 5000 + "deep" + "</div>" * 5000, "<p>deep</p>"),
        # A tag name no HTML has is kept as text in a span.
        ('<p"x>hi</p"x>', "<p><span>hi</span></p>"),
        # Soundcloud and Spotify players become their pages.
        (
            '<iframe src="https://w.soundcloud.com/player/?url=https%3A%2F%2F'
            'soundcloud.com%2Fa%2Fb"></iframe>',
            '<figure data-embed-url="https://soundcloud.com/a/b"></figure>',
        ),
        (
            '<iframe src="https://open.spotify.com/embed/episode/xyz"></iframe>',
            '<figure data-embed-url="https://open.spotify.com/episode/xyz"></figure>',
        ),
        # A tweet blockquote becomes an embed of its last link.
        (
            '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A '
            '<a href="https://twitter.com/a/status/1">Jan 1</a></blockquote>',
            '<figure data-embed-url="https://twitter.com/a/status/1"></figure>',
        ),
    ],
)
def test_normalise(markup, expected):
    assert normalise(markup) == expected


def test_rss_titles_are_text_unless_they_hold_markup(tmp_path):
    titles = {
        "Use &lt;script&gt; tags wisely": "Use <script> tags wisely",
        "&lt;b&gt;Bold&lt;/b&gt; move": "Bold move",
        "AT&amp;amp;T and Fish &amp; Chips": "AT&T and Fish & Chips",
        "x &lt; y": "x < y",
    }
    items = "".join(
        f"<item><title>{raw}</title><guid>{n}</guid></item>"
        for n, raw in enumerate(titles)
    )
    path = tmp_path / "titles.rss"
    path.write_text(f'<rss version="2.0"><channel>{items}</channel></rss>')
    assert [item.title for item in FeedReader(path).items()] == list(titles.values())
