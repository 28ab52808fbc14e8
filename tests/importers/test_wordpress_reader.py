"""The WordPress (WXR) reader: inventory, items, versions, hostile and broken files.

Pure parsing, no database: the fixtures are hand-written exports of fictional
magazines (see tests/importers/fixtures/README.md).
"""

import datetime
import time
import tracemalloc
from pathlib import Path

import pytest

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.wordpress import WordPressReader
from masthead.importers.records import ImportedImage, ItemKind, ItemStatus

FIXTURES = Path(__file__).parent / "fixtures" / "wordpress"
TIDEWATER = FIXTURES / "tidewater-wxr-1.2.xml"
SITE = "https://tidewater-review.example"
UP = f"{SITE}/wp-content/uploads"
UTC = datetime.UTC


@pytest.fixture(scope="module")
def tidewater():
    reader = WordPressReader(TIDEWATER)
    inventory = reader.scan()
    items = {item.source_id: item for item in reader.items()}
    return reader, inventory, items


# -- inventory ------------------------------------------------------------------


def test_inventory_counts_what_is_imported_and_what_is_skipped(tidewater):
    reader, inventory, items = tidewater
    assert reader.wxr_version == "1.2"
    assert inventory.source_name == "wordpress"
    assert inventory.site_url == SITE
    # Nine published/draft/pending/private/future posts... and one page.
    assert inventory.item_count == len(items) == 12
    assert inventory.skipped == {
        "attachment": 6,
        "comment": 4,  # every comment, also the one on the binned post
        "trash": 1,
        "auto-draft": 1,
        "nav_menu_item": 2,
        "revision": 1,
        "wp_block": 1,
    }


def test_authors(tidewater):
    _reader, inventory, _items = tidewater
    authors = inventory.authors
    assert list(authors) == [
        "amara.okafor",
        "lhalvorsen",
        "rtanaka",
        "yboutros",
        "guest-sofia-marsh",
    ]
    assert authors["amara.okafor"].name == "Amara Okafor"
    assert authors["amara.okafor"].email == "amara@tidewater-review.example"
    # Display name left at the login: first and last name are better.
    assert authors["lhalvorsen"].name == "Linnea Halvorsen"
    assert authors["yboutros"].name == "يارا بطرس"
    # A Co-Authors Plus guest author, known only from the post that credits them.
    assert authors["guest-sofia-marsh"].name == "guest-sofia-marsh"


def test_categories_with_parents(tidewater):
    _reader, inventory, _items = tidewater
    categories = inventory.categories
    assert {key: (c.name, c.parent_key) for key, c in categories.items()} == {
        "world": ("World", ""),
        "africa": ("Africa", "world"),
        "asia": ("Asia", "world"),
        "opinion": ("Opinion", ""),
        "culture": ("Culture & Ideas", ""),
    }
    assert categories["world"].description == "News from beyond the harbour wall."


def test_attachment_map_alt_caption_credit(tidewater):
    reader, _inventory, _items = tidewater
    images = reader.attachments
    assert set(images) == {"101", "102", "103", "104", "105", "106"}
    # Credit from the serialized _wp_attachment_metadata → image_meta → credit.
    assert images["101"] == ImportedImage(
        url=f"{UP}/2024/03/lagos-market.jpg",
        alt_text="Stalls under blue tarpaulins at dawn",
        caption="Traders open before sunrise.",
        credit="Amara Okafor / Tidewater Review",
        title="Lagos market",
    )
    assert images["102"].credit == "Ren Tanaka"  # Media Credit plugin meta
    assert images["103"].credit == "© Linnea Halvorsen"  # copyright, multi-byte
    assert images["104"].credit == ""  # damaged serialized meta: ignored
    assert images["104"].alt_text == "Mud flats at low tide"
    assert images["105"].credit == "Harbour Guild"  # from a PHP object, as data
    # Exported after the posts that use it, still known to them.
    assert images["106"].alt_text == "Six wooden oars leaning on a wall"
    assert reader.children["12"] == ["103", "104", "105"]


# -- items --------------------------------------------------------------------


def test_kinds_and_statuses(tidewater):
    _reader, _inventory, items = tidewater
    assert {key: (i.kind, i.status) for key, i in items.items()} == {
        "10": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "11": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "12": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "13": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "14": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "15": (ItemKind.ARTICLE, ItemStatus.DRAFT),
        "16": (ItemKind.ARTICLE, ItemStatus.PENDING),
        "17": (ItemKind.ARTICLE, ItemStatus.PRIVATE),
        "18": (ItemKind.ARTICLE, ItemStatus.FUTURE),
        "21": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "22": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "30": (ItemKind.PAGE, ItemStatus.PUBLISH),
    }


def test_dates(tidewater):
    _reader, _inventory, items = tidewater
    # post_date_gmt, not the local post_date an hour later.
    assert items["10"].published_at == datetime.datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    assert items["11"].modified_at == datetime.datetime(2024, 3, 20, 8, 30, tzinfo=UTC)
    # A draft's GMT date is 0000-00-00: its local date, read as UTC.
    assert items["15"].published_at == datetime.datetime(2024, 5, 9, 16, 20, tzinfo=UTC)
    assert items["18"].published_at == datetime.datetime(2027, 6, 1, 1, 0, tzinfo=UTC)
    for item in items.values():
        assert item.published_at.tzinfo is not None


def test_titles_slugs_and_excerpts(tidewater):
    _reader, _inventory, items = tidewater
    assert items["10"].slug == "night-markets-of-lagos"
    # WordPress stores non-Latin slugs percent-encoded.
    assert items["14"].title == "رسالة من بيروت"
    assert items["14"].slug == "رسالة-من-بيروت"
    # A draft has no post_name yet: slug from the title.
    assert items["15"].slug == "notes-toward-a-harbour-census"
    assert items["22"].title == "Small Boats 🚣 Big Sea"
    # Plain text: tags stripped, NBSP/zero-width/tabs tidied.
    assert items["11"].excerpt == "A river crossing that runs on patience."
    assert items["10"].excerpt == "Where the city goes after dark."
    assert items["22"].excerpt == "On small boats, and the sea."
    assert items["14"].excerpt == "رسالة قصيرة عن البحر 🌊"


def test_authors_and_co_authors(tidewater):
    _reader, _inventory, items = tidewater
    assert items["10"].author_keys == ["amara.okafor"]
    # Co-Authors Plus: the creator first, cap-<nicename> terms mapped to logins,
    # no duplicates; the guest author is kept.
    assert items["13"].author_keys == ["amara.okafor", "rtanaka", "guest-sofia-marsh"]


def test_categories_primary_first_and_tags(tidewater):
    _reader, _inventory, items = tidewater
    assert items["10"].category_keys == ["world", "africa"]
    # Yoast's primary category (term 4, Asia) leads.
    assert items["11"].category_keys == ["asia", "world"]
    assert items["10"].tags == ["Markets", "Lagos", "Night life", "Food"]
    assert items["14"].tags == ["بيروت", "Sea"]
    assert items["30"].category_keys == [] and items["30"].tags == []


def test_featured_images(tidewater):
    _reader, _inventory, items = tidewater
    featured = items["10"].featured_image
    assert featured.url == f"{UP}/2024/03/lagos-market.jpg"
    assert featured.alt_text == "Stalls under blue tarpaulins at dawn"
    assert featured.credit == "Amara Okafor / Tidewater Review"
    assert items["11"].featured_image.credit == "Ren Tanaka"
    assert items["12"].featured_image is None
    assert items["22"].featured_image is None  # _thumbnail_id of a missing attachment


def test_old_urls(tidewater):
    _reader, _inventory, items = tidewater
    assert items["10"].old_urls == [f"{SITE}/2024/03/night-markets-of-lagos/", "/?p=10"]
    assert items["30"].old_urls == [f"{SITE}/about/", "/?page_id=30"]
    # A draft's link is already the ?p= form: not listed twice.
    assert items["15"].old_urls == [f"{SITE}/?p=15"]


def test_classic_body_autop_caption_and_whitespace(tidewater):
    _reader, _inventory, items = tidewater
    html = items["10"].body_html
    assert html.startswith(
        "<p>The first lamps go up on Broad Street a little after six, when the heat "
        "lets go of the pavement.<br>\nBy seven"
    )
    assert "\r" not in html
    assert (
        f'<figure><img src="{UP}/2024/03/lagos-market-1024x683.jpg" '
        'alt="Stalls under blue tarpaulins at dawn" '
        'data-credit="Amara Okafor / Tidewater Review"><figcaption>Traders set out '
        "enamel bowls of pepper before the evening rush.</figcaption></figure>"
    ) in html
    assert "<p>Mama\u00a0Titi has sold\tsmoked fish" in html
    assert "<blockquote><p>Nobody comes for the fish alone." in html
    assert "<li>Suya stalls: east end</li>" in html and "<p><ul>" not in html
    assert "[sic]" in html and "<!--" not in html and "[caption" not in html


def test_block_body(tidewater):
    _reader, _inventory, items = tidewater
    html = items["11"].body_html
    assert "<!--" not in html
    assert html.startswith(
        "<p>The ferry at Chau Doc leaves when it is full, not when the timetable "
        "says.</p>\n<h3"
    )
    assert (
        f'<figure><img src="{UP}/2024/03/mekong-ferry-1024x576.jpg" '
        'alt="A ferry crossing a wide brown river at dusk" data-credit="Ren Tanaka">'
        "<figcaption>The last crossing of the day.</figcaption></figure>"
    ) in html
    assert "<blockquote>\n<p>The river decides." in html
    assert (
        '<blockquote class="pullquote"><p>Forty minutes, if the current is kind.</p>'
        "<cite>A regular passenger</cite></blockquote>"
    ) in html
    assert (
        '<figure data-embed-url="https://www.youtube.com/watch?v=tidewater01"></figure>'
        in html
    )
    assert "<hr>" in html and "<li>Bicycles ride free</li>" in html


def test_galleries_embeds_and_unknown_shortcodes(tidewater):
    _reader, _inventory, items = tidewater
    gardens = items["12"].body_html
    # [gallery ids="103,105"] then [gallery] (all three attached to the post).
    assert gardens.count("<figure>") == 5
    assert "tidal-flats.jpg" in gardens
    assert "<p>Every roof is a field nobody has ploughed yet.</p>" in gardens
    assert "contact-form" not in gardens and "pullquote-widget" not in gardens
    assert "Write in [gallery] if you want" in gardens

    rivers = items["13"].body_html
    assert '<figure data-embed-url="https://www.youtube.com/watch?v=tworivers02">' in (
        rivers
    )
    assert '<figure data-embed-url="https://vimeo.com/123456789">' in rivers

    harbour = items["21"].body_html
    assert harbour.count("<figure><img") == 2
    assert "Harbour work, spring 2024." not in harbour  # the gallery's own caption
    assert f'<figure data-embed-url="{UP}/2024/05/harbour-dawn.mp4">' in harbour
    assert f'<figure data-embed-url="{UP}/2024/05/gulls.mp3">' in harbour
    assert "tide  06:12  1.8 m\ntide  18:40  2.1 m</pre>" in harbour

    boats = items["22"].body_html
    assert f'<figure data-embed-url="{UP}/2024/06/small-boats.mp4">' in boats
    # The attachment comes after this post in the file: alt and credit still filled.
    assert (
        f'<img src="{UP}/2024/06/oars.jpg" alt="Six wooden oars leaning on a wall" '
        'data-credit="Yara Boutros">'
    ) in boats


def test_rtl_and_emoji_survive(tidewater):
    _reader, _inventory, items = tidewater
    html = items["14"].body_html
    assert '<p dir="rtl">في الصباح يفتح البحر نوافذه قبل المقاهي. 🌊</p>' in html
    assert "הים זוכר את כולם." in html and "🐟" in html


def test_items_without_scan_scans_first():
    reader = WordPressReader(TIDEWATER)
    first = next(reader.items())
    assert first.source_id == "10"
    assert first.featured_image.credit  # the attachment map was built
    assert reader.inventory.item_count == 12


# -- versions and namespaces ----------------------------------------------------


def test_wxr_1_1_with_https_namespaces():
    reader = WordPressReader(FIXTURES / "wxr-1.1-https.xml")
    inventory = reader.scan()
    assert reader.wxr_version == "1.1"
    assert inventory.site_url == "https://lowland-almanac.example/journal"
    assert inventory.item_count == 2
    assert inventory.skipped == {"comment": 1}
    assert inventory.authors["petra"].name == "Petra Vlasak"
    assert inventory.categories["frost"].parent_key == "weather"
    post, page = list(reader.items())
    assert post.excerpt == "Six weeks early, and nobody ready."  # https excerpt ns
    assert post.category_keys == ["frost"] and post.tags == ["Beets"]
    assert post.published_at == datetime.datetime(2019, 10, 8, 5, 40, tzinfo=UTC)
    assert post.body_html == (
        "<p>The beet growers saw it first, a grey skin on the puddles by the "
        "weighbridge.</p>\n<p>Nobody had planned for it before November.</p>"
    )
    assert page.kind == ItemKind.PAGE and page.old_urls[-1] == "/?page_id=202"


def test_wxr_1_0_without_author_list_and_old_tag_domain():
    reader = WordPressReader(FIXTURES / "wxr-1.0.xml")
    inventory = reader.scan()
    assert reader.wxr_version == "1.0"
    assert inventory.site_url == "http://kiln-letter.example"
    # WXR 1.0 has no <wp:author>: the creator becomes an author.
    assert list(inventory.authors) == ["bram"]
    (item,) = reader.items()
    assert item.author_keys == ["bram"]
    # The domain-less legacy <category> is a duplicate and ignored; tags used "tag".
    assert item.category_keys == ["glazes"]
    assert item.tags == ["ash", "firing"]
    assert item.body_html == (
        "<p>We fired the big kiln for three days.<br>\nThe ash settled where it "
        "liked.</p>\n<p>Next time: more patience, less oak.</p>"
    )


# -- hostile, broken and wrong files -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "message", "line", "column"),
    [
        ("bad-billion-laughs.xml", "billion laughs", 3, 16),
        ("bad-external-entity.xml", "external entity (file:///etc/passwd)", 3, 46),
        (
            "bad-external-dtd.xml",
            "external DTD (http://attacker.example/wxr.dtd)",
            2,
            55,
        ),
        ("bad-malformed.xml", "XML is broken here (mismatched tag)", 8, 24),
        ("bad-truncated.xml", "XML is broken here (unclosed CDATA section)", 30, 1),
    ],
)
def test_unsafe_and_broken_files(name, message, line, column):
    reader = WordPressReader(FIXTURES / name)
    with pytest.raises(ImportFileError) as caught:
        reader.scan()
    error = caught.value
    assert message in error.message
    assert (error.line, error.column) == (line, column)
    assert str(error).startswith(f"line {line}, column {column}: ")
    assert reader.inventory is None


def test_external_entity_is_never_read():
    with pytest.raises(ImportFileError) as caught:
        WordPressReader(FIXTURES / "bad-external-entity.xml").scan()
    assert "root:" not in str(caught.value)  # nothing of /etc/passwd


def test_error_at_the_end_of_a_big_file_stops_scan(tmp_path):
    # Everything before the error is valid: scan still refuses the whole file.
    broken = TIDEWATER.read_text(encoding="utf-8").replace("</channel>", "</chanel>")
    path = tmp_path / "broken.xml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        WordPressReader(path).scan()
    assert caught.value.line == broken.count("\n", 0, broken.index("</chanel>")) + 1


def test_rss_feed_is_not_a_wxr():
    with pytest.raises(ImportFileError) as caught:
        WordPressReader(FIXTURES / "not-wxr-rss.xml").scan()
    assert "not a WordPress export" in str(caught.value)
    assert "import_feed" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<?xml version="1.0"?><catalogue><book/></catalogue>', "root element"),
        (
            '<rss xmlns:wp="http://wordpress.org/export/1.2/"><wp:x/></rss>',
            "no <channel>",
        ),
        ("", "XML is broken here (no element found)"),
        ("\x89PNG\r\n\x1a\n binary", "XML is broken here"),
        (
            '<?xml version="1.0" encoding="x-bogus"?><rss/>',
            "character encoding Python does not know",
        ),
    ],
)
def test_other_files_are_refused_clearly(tmp_path, content, message):
    path = tmp_path / "upload.xml"
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(ImportFileError) as caught:
        WordPressReader(path).scan()
    assert message in caught.value.message


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="Cannot read"):
        WordPressReader(tmp_path / "nope.xml").scan()


# -- memory -------------------------------------------------------------------------

BIG_ITEMS = 20_000


def _write_big_export(path):
    paragraph = (
        "The tide came in over the flats, slow and grey, as it always does. " * 3
    )
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
            "<wp:base_blog_url>https://big.example</wp:base_blog_url>\n"
        )
        for number in range(1, BIG_ITEMS + 1):
            out.write(
                f"<item><title>Tide table {number}</title>"
                f"<link>https://big.example/tide-{number}/</link>"
                "<dc:creator>keeper</dc:creator>"
                f"<content:encoded><![CDATA[{paragraph}\n\n{paragraph}]]>"
                "</content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>"
                f"<wp:post_id>{number}</wp:post_id>"
                "<wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>"
                f"<wp:post_name>tide-{number}</wp:post_name>"
                "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                '<category domain="category" nicename="tides">Tides</category>'
                "<wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>"
                "</item>\n"
            )
        out.write("</channel>\n</rss>\n")


def test_streaming_a_20000_item_export_keeps_memory_bounded(tmp_path):
    path = tmp_path / "big.xml"
    _write_big_export(path)
    size = path.stat().st_size
    reader = WordPressReader(path)
    tracemalloc.start()
    try:
        started = time.perf_counter()
        inventory = reader.scan()
        count = 0
        for item in reader.items():
            count += 1
            assert item.body_html.startswith("<p>The tide")
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert inventory.item_count == count == BIG_ITEMS
    assert inventory.skipped == {"comment": BIG_ITEMS}
    print(
        f"\n{size / 1e6:.1f} MB WXR, {count} items: "
        f"peak {peak / 1e6:.2f} MB, {elapsed:.1f} s"
    )
    # The file is ~15 MB; a reader that kept the tree would peak far above it.
    # Measured: about 0.25 MB (what stays is one item plus the small maps).
    assert size > 12_000_000
    assert peak < 5_000_000


@pytest.mark.parametrize(
    ("encoding", "codec"), [("ISO-8859-1", "latin-1"), ("UTF-16", "utf-16")]
)
def test_declared_encodings_are_honoured(tmp_path, encoding, codec):
    source = (FIXTURES / "wxr-1.1-https.xml").read_text(encoding="utf-8")
    source = source.replace('encoding="UTF-8"', f'encoding="{encoding}"')
    source = source.replace("Petra Vlasak", "Pétra Vlásak")
    path = tmp_path / "export.xml"
    path.write_bytes(source.encode(codec))
    inventory = WordPressReader(path).scan()
    assert inventory.authors["petra"].name == "Pétra Vlásak"


def _mini_export(tmp_path, items_xml):
    path = tmp_path / "mini.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        f"<wp:wxr_version>1.2</wp:wxr_version>{items_xml}</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_odd_items_are_skipped_consistently(tmp_path):
    path = _mini_export(
        tmp_path,
        "<item><wp:post_id>1</wp:post_id><wp:status>inherit</wp:status>"
        "<wp:post_type>post</wp:post_type></item>"
        "<item><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>"
        "<item><title></title><wp:post_id>3</wp:post_id><wp:status>draft</wp:status>"
        "<wp:post_date>2023-02-30 10:00:00</wp:post_date>"
        "<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt></item>",
    )
    reader = WordPressReader(path)
    inventory = reader.scan()
    assert inventory.skipped == {"inherit": 1, "no post id": 1}
    (item,) = reader.items()
    assert inventory.item_count == 1
    # No post type means a post; no title nor name: a slug from the id; an
    # impossible date is no date.
    assert item.kind == ItemKind.ARTICLE
    assert item.slug == "article-3"
    assert item.published_at is None
    assert item.body_html == ""
