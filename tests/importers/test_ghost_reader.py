"""The Ghost JSON export reader: pure parsing of fixture exports, no database."""

import argparse
import datetime
import json
import tracemalloc
from pathlib import Path

import pytest

from masthead.importers.errors import ImportFileError
from masthead.importers.readers import ghost
from masthead.importers.readers.ghost import GhostReader
from masthead.importers.readers.ghost_editors import (
    lexical_to_html,
    mobiledoc_to_html,
)
from masthead.importers.records import ItemKind, ItemStatus

FIXTURES = Path(__file__).parent / "fixtures" / "ghost"
SITE = "https://saltmarsh.example.org"


def read(name="export-v5.json", **options):
    reader = GhostReader(FIXTURES / name, **options)
    inventory = reader.scan()
    return inventory, {item.slug: item for item in reader.items()}


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def test_inventory():
    inventory, items = read(site_url=SITE)
    assert inventory.source_name == "ghost"
    assert inventory.site_url == SITE
    assert inventory.item_count == 7 == len(items)
    # Only users who wrote something; the inactive staff account is left out.
    assert set(inventory.authors) == {"wren", "tobias"}
    wren = inventory.authors["wren"]
    assert wren.name == "Wren Aldous"
    assert wren.bio == "Counts birds, mostly."
    assert wren.website == "https://wren.example.org"
    assert wren.avatar_url == f"{SITE}/content/images/2024/12/wren.jpg"
    # Primary (first public) tags become categories, with their description.
    assert set(inventory.categories) == {"wildlife", "tides"}
    assert inventory.categories["wildlife"].description == (
        "Things with legs, fins or wings."
    )
    assert inventory.skipped == {"internal_tag": 1}


def test_statuses_kinds_and_visibility():
    _, items = read()
    assert {slug: (item.kind, item.status) for slug, item in items.items()} == {
        "the-saltmarsh-census": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "the-heron-diaries": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
        "eel-migration": (ItemKind.ARTICLE, ItemStatus.DRAFT),
        "the-spring-tide": (ItemKind.ARTICLE, ItemStatus.FUTURE),
        # visibility "paid": imported, never public.
        "wardens-logbook": (ItemKind.ARTICLE, ItemStatus.PRIVATE),
        "about": (ItemKind.PAGE, ItemStatus.PUBLISH),
        "old-mobiledoc": (ItemKind.ARTICLE, ItemStatus.PUBLISH),
    }
    assert items["the-spring-tide"].published_at == utc(2026, 3, 20, 6)
    assert items["eel-migration"].published_at is None


def test_published_post_with_cards():
    _, items = read(site_url=SITE)
    item = items["the-saltmarsh-census"]
    assert item.source_id == "65a000000000000000000001"
    assert item.title == "The Saltmarsh Census"
    assert item.excerpt == "What lives in the marsh, counted by hand."
    assert item.published_at == utc(2025, 4, 2, 7)
    assert item.modified_at == utc(2025, 4, 3, 9, 15)
    # posts_authors sort_order, not file order.
    assert item.author_keys == ["wren", "tobias"]
    # Internal #newsletter skipped; the first public tag is the category.
    assert item.category_keys == ["wildlife"]
    assert item.tags == ["Wildlife", "Volunteering"]
    assert item.old_urls == [f"{SITE}/the-saltmarsh-census/"]
    image = item.featured_image
    assert image.url == f"{SITE}/content/images/2025/04/census-cover.jpg"
    assert image.alt_text == "Reeds at sunrise, clipboards in hand"
    assert image.caption == "Census morning. Photo: Ada Grebe"
    body = item.body_html
    assert f'<a href="{SITE}/the-heron-diaries/">the herons</a>' in body
    assert (
        f'<figure><img src="{SITE}/content/images/2025/04/census.jpg" '
        'alt="Volunteers with clipboards in the reeds"><figcaption>'
    ) in body
    # Gallery: one figure per image, the caption on the last.
    assert (
        f'<figure><img src="{SITE}/content/images/2025/04/crab.jpg" '
        'alt="A shore crab"></figure>'
        f'<figure><img src="{SITE}/content/images/2025/04/snail.jpg" '
        'alt="A mud snail"><figcaption>Two of this year\'s residents.'
        "</figcaption></figure>"
    ) in body
    assert '<figure data-embed-url="https://vimeo.com/111222333"></figure>' in body
    assert (
        '<p><a href="https://wetlands.example.org/census-method">How the census is '
        "done</a></p><p>Transects, quadrats and a lot of mud.</p>"
    ) in body
    assert "<p>🦀 Crabs were counted twice by mistake.</p>" in body
    assert "<h3>Can I volunteer?</h3><p>Yes: bring boots.</p>" in body
    assert "kg-" not in body and "__GHOST_URL__" not in body


def test_without_site_url_images_are_media_dir_paths():
    inventory, items = read()
    assert inventory.site_url == ""
    item = items["the-saltmarsh-census"]
    assert item.featured_image.url == "content/images/2025/04/census-cover.jpg"
    assert '<img src="content/images/2025/04/census.jpg"' in item.body_html
    assert '<a href="/the-heron-diaries/">' in item.body_html
    assert item.old_urls == ["/the-saltmarsh-census/"]
    assert inventory.authors["wren"].avatar_url == "content/images/2024/12/wren.jpg"


def test_lexical_only_post_is_rendered():
    _, items = read()
    item = items["the-heron-diaries"]
    assert item.canonical_url == "https://herons.example.net/diaries"
    assert item.body_html == (
        "<p>Written in the new editor, <strong>boldly</strong>"
        '<a href="https://saltmarsh.example.org/about/"><em>with a link</em></a>'
        " &amp; &lt;angle brackets&gt;.</p><h2>A heading</h2>"
        '<figure><img src="content/images/2025/01/gull.jpg" alt="A gull on a post">'
        '<figcaption><span style="white-space: pre-wrap;">The gull, unimpressed.'
        "</span></figcaption></figure><ul><li>first</li><li>second</li></ul>"
        "<blockquote><p>Tides are patient.</p></blockquote>"
        '<figure data-embed-url="https://www.youtube.com/watch?v=GhFake00001">'
        "</figure><hr><p>Raw <em>HTML</em> card.</p>"
    )  # the unknown widget without text is dropped


def test_mobiledoc_only_post_is_rendered():
    _, items = read()
    assert items["old-mobiledoc"].body_html == (
        "<p>Hello *markdown*</p><p>Second paragraph</p><p>Plain <em>emphasis</em></p>"
    )


def test_page_members_post_and_unicode():
    _, items = read()
    about = items["about"]
    assert about.category_keys == []
    assert about.body_html == "<p>A small magazine about wet places. مرحبا 🌊</p>"
    logbook = items["wardens-logbook"]
    assert logbook.excerpt == "Only for subscribers, once."
    assert logbook.featured_image.url == "https://images.example.org/logbook.jpg"
    assert logbook.author_keys == ["tobias"]


def test_export_without_db_wrapper():
    inventory, items = read("export-no-db.json")
    assert inventory.item_count == 2
    assert set(items) == {"the-saltmarsh-census", "eel-migration"}
    # No posts_meta in this (Ghost 4 style) export: no alt text, still an image.
    assert items["the-saltmarsh-census"].featured_image.alt_text == ""


def test_invalid_json_has_line_and_column():
    with pytest.raises(ImportFileError) as caught:
        GhostReader(FIXTURES / "invalid.json").scan()
    assert (caught.value.line, caught.value.column) == (4, 35)
    assert "Expecting ',' delimiter" in caught.value.message


def test_truncated_json_has_line_and_column():
    with pytest.raises(ImportFileError) as caught:
        GhostReader(FIXTURES / "truncated.json").scan()
    assert caught.value.line == 17
    assert caught.value.column == 15


def test_invalid_large_file_reports_the_line_of_the_chunk(monkeypatch):
    # Above the limit the file is not parsed again: the line is approximate.
    monkeypatch.setattr(ghost, "LOCATE_LIMIT", 0)
    with pytest.raises(ImportFileError) as caught:
        GhostReader(FIXTURES / "invalid.json").scan()
    assert caught.value.line == 1
    assert caught.value.column is None
    assert "Invalid JSON" in caught.value.message


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not-ghost.json", "This is not a Ghost export"),
        ("wrong-shape.json", '"posts" in the export is not a list'),
    ],
)
def test_not_a_ghost_export(name, message):
    with pytest.raises(ImportFileError, match=message):
        GhostReader(FIXTURES / name).scan()


def test_object_without_posts(tmp_path):
    path = tmp_path / "settings-only.json"
    path.write_text(json.dumps({"db": [{"meta": {}, "data": {"settings": []}}]}))
    with pytest.raises(ImportFileError, match='no "data" with a "posts" list'):
        GhostReader(path).scan()


def test_unreadable_editor_document_is_refused_before_import(tmp_path):
    path = tmp_path / "bad-lexical.json"
    post = {"id": "9", "slug": "broken", "type": "post", "html": None}
    post["lexical"] = "{not json"
    path.write_text(json.dumps({"data": {"posts": [post]}}))
    with pytest.raises(ImportFileError, match="'broken'.*cannot be read"):
        GhostReader(path).scan()


def test_bom_and_unknown_post_types(tmp_path):
    path = tmp_path / "bom.json"
    posts = [
        {"id": "1", "slug": "a", "type": "post", "status": "published", "html": ""},
        {"id": "2", "slug": "b", "type": "newsletter-only", "html": "<p>x</p>"},
        {"id": "3", "slug": "c", "page": True, "status": "published", "html": "x"},
    ]
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"data": {"posts": posts}}).encode())
    reader = GhostReader(path)
    inventory = reader.scan()
    assert inventory.item_count == 2
    assert inventory.skipped == {"type:newsletter-only": 1}
    assert [(i.slug, i.kind) for i in reader.items()] == [
        ("a", ItemKind.ARTICLE),
        ("c", ItemKind.PAGE),  # Ghost 1 style "page": true
    ]


def test_site_url_option_is_checked():
    parser = argparse.ArgumentParser()
    GhostReader.add_arguments(parser)
    assert parser.parse_args(["--site-url", "https://a.example/"]).site_url == (
        "https://a.example"
    )
    with pytest.raises(SystemExit):
        parser.parse_args(["--site-url", "javascript:alert(1)"])


def test_lexical_formats_and_lists():
    document = {
        "root": {
            "children": [
                {
                    "type": "paragraph",
                    "children": [
                        {"type": "text", "text": "a", "format": 3},
                        {"type": "linebreak"},
                        {"type": "text", "text": "<b>", "format": 16},
                    ],
                },
                {
                    "type": "list",
                    "listType": "number",
                    "children": [
                        {
                            "type": "listitem",
                            "children": [{"type": "text", "text": "1"}],
                        }
                    ],
                },
                {"type": "aside", "children": [{"type": "text", "text": "Big"}]},
                {"type": "callout", "calloutEmoji": "💡", "calloutText": "Mind"},
                {"type": "bookmark", "url": "https://x.example/", "metadata": {}},
            ]
        }
    }
    assert lexical_to_html(json.dumps(document)) == (
        "<p><strong><em>a</em></strong><br><code>&lt;b&gt;</code></p>"
        "<ol><li>1</li></ol>"
        '<blockquote class="pullquote"><p>Big</p></blockquote>'
        "<p>💡 Mind</p>"
        '<p><a href="https://x.example/">https://x.example/</a></p>'
    )


def test_mobiledoc_markups_lists_and_cards():
    document = {
        "version": "0.3.1",
        "atoms": [["soft-return", "", {}]],
        "markups": [["a", ["href", "https://x.example/"]], ["strong"]],
        "cards": [["image", {"src": "https://x.example/i.jpg", "alt": "I"}]],
        "sections": [
            [1, "h2", [[0, [], 0, "Title"]]],
            [1, "p", [[0, [0, 1], 2, "link"], [1, [], 0, 0], [0, [], 0, "after"]]],
            [3, "ul", [[[0, [], 0, "one"]], [[0, [], 0, "two"]]]],
            [10, 0],
        ],
    }
    assert mobiledoc_to_html(json.dumps(document)) == (
        "<h2>Title</h2>"
        '<p><a href="https://x.example/"><strong>link</strong></a><br>after</p>'
        "<ul><li>one</li><li>two</li></ul>"
        '<figure><img src="https://x.example/i.jpg" alt="I"></figure>'
    )


def test_posts_are_streamed(tmp_path, monkeypatch):
    """``items`` asks ijson for one post at a time, never the whole file."""
    calls = []
    real_items = ghost.ijson.items

    def spy(handle, prefix, **kwargs):
        calls.append(prefix)
        return real_items(handle, prefix, **kwargs)

    monkeypatch.setattr(ghost.ijson, "items", spy)
    reader = GhostReader(FIXTURES / "export-v5.json")
    reader.scan()
    assert len(list(reader.items())) == 7
    assert calls == ["db.item.data.posts.item"]


def test_scan_memory_does_not_grow_with_the_posts(tmp_path):
    """Posts are built one at a time and dropped: scanning a 9 MB export keeps
    well under a tenth of it in memory."""
    body = "<p>" + "The marsh at dawn is a patient place. " * 150 + "</p>"
    path = tmp_path / "big.json"
    with path.open("w") as handle:
        handle.write('{"db": [{"meta": {}, "data": {"posts": [')
        for n in range(1_500):
            post = {"id": str(n), "slug": f"p{n}", "type": "post", "html": body}
            handle.write(("," if n else "") + json.dumps(post))
        handle.write("]}}]}")
    assert path.stat().st_size > 8_000_000
    reader = GhostReader(path)
    tracemalloc.start()
    try:
        assert reader.scan().item_count == 1_500
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 800_000, peak
