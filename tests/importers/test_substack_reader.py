"""The Substack export reader: zips built from fixture files, no database."""

import argparse
import datetime
import zipfile
from pathlib import Path

import pytest

from masthead.importers.errors import ImportFileError
from masthead.importers.readers import substack
from masthead.importers.readers.substack import SubstackReader
from masthead.importers.records import ItemKind, ItemStatus
from tests.importers.helpers import build_substack_zip

FIXTURES = Path(__file__).parent / "fixtures" / "substack"
SITE = "https://tidewater.substack.com"


@pytest.fixture
def export(tmp_path):
    return build_substack_zip(tmp_path / "export.zip")


def read(path, **options):
    reader = SubstackReader(path, **options)
    inventory = reader.scan()
    return inventory, {item.source_id: item for item in reader.items()}


def test_inventory_counts_and_skips(export):
    inventory, items = read(export, author="Greta Maelstrom", substack_url=SITE)
    assert inventory.source_name == "substack"
    assert inventory.site_url == SITE
    assert inventory.item_count == 6 == len(items)
    # The thread is left out on purpose; 140006 has no body file.
    assert inventory.skipped == {"thread": 1, "missing_body": 1}
    assert set(items) == {"140001", "140002", "140003", "140004", "140007", "140008"}
    assert list(inventory.authors) == ["greta-maelstrom"]
    assert inventory.authors["greta-maelstrom"].name == "Greta Maelstrom"
    assert all(item.author_keys == ["greta-maelstrom"] for item in items.values())


def test_without_author_posts_are_unsigned(export):
    inventory, items = read(export)
    assert inventory.authors == {}
    assert all(item.author_keys == [] for item in items.values())
    # Without --substack-url the old URLs are paths.
    assert items["140001"].old_urls == ["/p/the-bridge-that-was-never-finished"]


def test_statuses(export):
    _, items = read(export)
    assert {key: item.status for key, item in items.items()} == {
        "140001": ItemStatus.PUBLISH,
        "140002": ItemStatus.PRIVATE,  # only_paid
        "140003": ItemStatus.DRAFT,  # is_published false
        "140004": ItemStatus.PUBLISH,
        "140007": ItemStatus.PRIVATE,  # founding members only
        "140008": ItemStatus.PUBLISH,  # "TRUE", free subscribers: public here
    }
    assert all(item.kind == ItemKind.ARTICLE for item in items.values())


def test_published_post(export):
    _, items = read(export, substack_url=SITE)
    item = items["140001"]
    assert item.slug == "the-bridge-that-was-never-finished"
    assert item.title == "The bridge that was never finished"
    assert item.excerpt == "Half a bridge, and the town that grew around it."
    assert item.published_at == datetime.datetime(
        2025, 1, 11, 12, 0, 43, 127000, tzinfo=datetime.UTC
    )
    assert item.old_urls == [f"{SITE}/p/the-bridge-that-was-never-finished"]
    assert item.body_html == (
        "<p>The bridge stops in mid-air, forty metres out.</p>"
        # The original upload, not the CDN's resized copy.
        '<figure><img src="https://substack-post-media.s3.amazonaws.com/public/'
        'images/span.jpeg" alt="The unfinished span over grey water">'
        "<figcaption>The span at low tide. Photo: Bram Ostend</figcaption>"
        "</figure><p>Nobody remembers who ordered the steel.</p>"
        # No original in data-attrs: the widest srcset candidate.
        '<figure><img src="https://substackcdn.com/image/fetch/w_848,c_limit,'
        'f_auto/https%3A%2F%2Fs3%2Fsketch.png" alt=""></figure>'
        '<figure data-embed-url="https://www.youtube.com/watch?v=Tw0FakeVid1">'
        "</figure>"
        '<figure data-embed-url="https://twitter.com/estuarywatch/status/'
        '1880000000000000001"></figure>'
        '<figure data-embed-url="https://tidewater.substack.com/p/the-old-ferry">'
        "</figure>"
        # The subscribe widget and comment button are gone; footnotes stay.
        "<p>The town voted twice to finish it.<sup>1</sup> Both times it voted "
        "no.<sup>2</sup></p><p>1. Both votes were on rainy days.</p>"
        "<p>2. Turnout was <em>nine</em> people.<br>Eight of them were related.</p>"
    )


def test_podcast_keeps_its_audio(export):
    _, items = read(export)
    item = items["140004"]
    assert item.title == "Episode 3: the lock keeper, in her own words"
    assert item.excerpt == 'Forty minutes on water levels, with "surprising" warmth.'
    assert item.body_html.startswith(
        '<p><a href="https://media.tidewater.example.com/audio/episode-3.mp3">'
        "Listen to the episode</a></p><p>This week"
    )


def test_unicode_rtl_and_multiline_csv(export):
    _, items = read(export)
    letters = items["140007"]
    assert letters.title == "Letters from the estuary 🌊"
    assert letters.excerpt == "رسائل من المصب، ومכתבים מן השפך"
    assert '<p dir="rtl">המכתב הגיע עם הגאות.</p>' in letters.body_html
    tides = items["140008"]
    assert tides.title == "The tide tables, annotated"  # a newline in the cell
    assert tides.body_html == (
        "<h2>Annotated</h2>"  # h1 is the title's
        "<p>High water at 06:12 — <em>but only on paper</em>.</p>"
        "<ul><li>Spring tides</li><li>Neap tides</li></ul>\n"
        '<blockquote class="pullquote"><p>The sea keeps its own <em>appointments'
        "</em>.</p></blockquote>"
        '<figure><img src="https://substack-post-media.s3.amazonaws.com/public/'
        'images/table-1.jpeg" alt=""></figure>'
        '<figure><img src="https://substack-post-media.s3.amazonaws.com/public/'
        'images/table-2.jpeg" alt=""><figcaption>Two pages of the 1961 tables.'
        "</figcaption></figure>"
        '<p><a href="https://tidewater.substack.com/api/v1/audio/upload/0000-fake/'
        'src">Listen to the audio</a></p>'
    )
    draft = items["140003"]
    assert draft.published_at is None
    assert draft.excerpt == ""


def test_export_inside_a_folder(tmp_path):
    path = build_substack_zip(tmp_path / "rezipped.zip", folder="tidewater-export/")
    inventory, items = read(path)
    assert inventory.item_count == 6
    assert "forty metres out" in items["140001"].body_html


def test_not_a_zip():
    with pytest.raises(ImportFileError, match="not a zip archive"):
        SubstackReader(FIXTURES / "not-a-zip.zip").scan()


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="Cannot read the file"):
        SubstackReader(tmp_path / "nope.zip").scan()


def test_zip_without_posts_csv(tmp_path):
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
        # Path tricks are never followed, so they do not count as posts.csv.
        archive.writestr("../posts.csv", "post_id\n1.a\n")
        archive.writestr("/abs/posts.csv", "post_id\n1.a\n")
    with pytest.raises(ImportFileError, match="no posts.csv"):
        SubstackReader(path).scan()


def test_csv_without_post_id(tmp_path):
    path = tmp_path / "wrong.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("posts.csv", "id,title\n1,A\n")
    with pytest.raises(ImportFileError, match="no post_id column"):
        SubstackReader(path).scan()


def test_post_ids_cannot_reach_outside_posts(tmp_path):
    csv_text = "post_id,is_published,title\n../../secret,true,Sneaky\n1.ok,true,Fine\n"
    path = tmp_path / "tricks.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("posts.csv", csv_text)
        archive.writestr("posts/1.ok.html", "<p>Fine.</p>")
        archive.writestr("secret.html", "<p>Secret.</p>")
    inventory, items = read(path)
    assert inventory.skipped == {"invalid_post_id": 1}
    assert [item.title for item in items.values()] == ["Fine"]


def test_bomb_like_member_is_refused_before_import(tmp_path):
    # 8 MB of one byte compresses about a thousand times.
    bomb = b"<p>" + b"a" * (8 * 1024 * 1024) + b"</p>"
    path = build_substack_zip(
        tmp_path / "bomb.zip",
        extra={"posts/140003.unsent-draft.html": bomb},
        skip={"posts/140003.unsent-draft.html"},
    )
    with pytest.raises(ImportFileError, match=r"compressed .* times.*zip bomb"):
        SubstackReader(path).scan()


def test_oversized_member_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(substack, "MAX_BODY_BYTES", 1000)
    path = build_substack_zip(tmp_path / "export.zip")
    with pytest.raises(ImportFileError, match="would expand to .* more than"):
        SubstackReader(path).scan()


def test_corrupt_member_is_refused_before_import(tmp_path):
    path = tmp_path / "corrupt.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("posts.csv", "post_id,is_published,title\n1.a,true,A\n")
        archive.writestr("posts/1.a.html", "<p>" + "intact text " * 50 + "</p>")
    data = bytearray(path.read_bytes())
    offset = data.index(b"intact text")
    data[offset : offset + 6] = b"broken"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError, match="posts/1.a.html cannot be read"):
        SubstackReader(path).scan()


def test_options():
    parser = argparse.ArgumentParser()
    SubstackReader.add_arguments(parser)
    options = parser.parse_args(
        ["--author", "Greta Maelstrom", "--substack-url", "https://news.example.com/"]
    )
    assert options.author == "Greta Maelstrom"
    assert options.substack_url == "https://news.example.com"
    with pytest.raises(SystemExit):
        parser.parse_args(["--substack-url", "file:///etc"])
