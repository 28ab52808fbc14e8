"""``manage.py import_wordpress`` end to end, on the realistic WXR fixture."""

import functools
import io
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from masthead.articles.models import ArticlePage
from masthead.core.models import MastheadImage
from masthead.home.models import StandardPage
from masthead.importers.command import Progress
from masthead.importers.models import ImportedRecord, ImportRun
from tests.importers.helpers import build_substack_zip, png_bytes

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "wordpress"
TIDEWATER = FIXTURES / "tidewater-wxr-1.2.xml"
UPLOADS = [
    "2024/03/lagos-market.jpg",
    "2024/03/lagos-market-1024x683.jpg",
    "2024/03/mekong-ferry.jpg",
    "2024/03/mekong-ferry-1024x576.jpg",
    "2024/04/rooftop-garden.jpg",
    "2024/04/rooftop-garden-1024x683.jpg",
    "2024/05/net-menders.jpg",
    "2024/05/tidal-flats.jpg",
    "2024/06/oars.jpg",
]


@pytest.fixture
def media_dir(tmp_path):
    """The old site's wp-content/uploads, so that no photo is fetched."""
    for name in UPLOADS:
        path = tmp_path / "uploads" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes())
    return tmp_path / "uploads"


def run(*args):
    out = io.StringIO()
    call_command("import_wordpress", *map(str, args), stdout=out)
    return out.getvalue()


def test_imports_the_archive_and_prints_the_summary(home, media_dir, client):
    output = run(TIDEWATER, "--media-dir", media_dir)

    assert "12/12 items" in output  # progress, one line at a time off a terminal
    assert "created 12, updated 0, unchanged 0, skipped 0, failed 0" in output
    assert "left out of the file:" in output and "comment 4" in output
    assert "missing 0" in output
    assert ArticlePage.objects.count() == 11
    assert StandardPage.objects.get().title == "About the Review"
    live = set(ArticlePage.objects.live().values_list("title", flat=True))
    assert "Night Markets of Lagos" in live
    for title in (
        "Notes Toward a Harbour Census",
        "The Salt Road",
        "Letters We Did Not Print",
        "Monsoon Timetables",
    ):
        assert title not in live
    assert MastheadImage.objects.exists()
    run_record = ImportRun.objects.get()
    assert run_record.status == ImportRun.Status.DONE
    assert run_record.summary["created"] == 12
    assert run_record.source_name == "wordpress"

    # The old permalink and ?p=ID answer 301 to the new page.
    lagos = ArticlePage.objects.get(title="Night Markets of Lagos")
    response = client.get("/2024/03/night-markets-of-lagos/")
    assert response.status_code == 301 and response.headers["Location"] == lagos.url
    response = client.get("/?p=10")
    assert response.status_code == 301 and response.headers["Location"] == lagos.url
    assert client.get(lagos.url).status_code == 200


def test_a_second_run_of_the_same_file_changes_nothing(home, media_dir):
    run(TIDEWATER, "--media-dir", media_dir)
    pages, images = Page.objects.count(), MastheadImage.objects.count()
    output = run(TIDEWATER, "--media-dir", media_dir)
    assert "created 0, updated 0, unchanged 12" in output
    assert (Page.objects.count(), MastheadImage.objects.count()) == (pages, images)


def test_dry_run_writes_nothing(home, media_dir):
    pages = Page.objects.count()
    output = run(TIDEWATER, "--dry-run", "--media-dir", media_dir)
    assert "Dry run (nothing was saved)" in output
    assert "created 12" in output
    assert Page.objects.count() == pages
    assert not ImportedRecord.objects.exists() and not MastheadImage.objects.exists()
    assert ImportRun.objects.get().dry_run


def test_categories_as_tags_into_a_named_section(home, media_dir):
    run(
        TIDEWATER,
        "--media-dir",
        media_dir,
        "--categories",
        "tags",
        "--default-section",
        "back-issues",
    )
    section = Page.objects.get(slug="back-issues")
    assert section.title == "Archive"
    assert ArticlePage.objects.child_of(section).count() == 11


@pytest.mark.parametrize(
    "name, message",
    [
        ("bad-billion-laughs.xml", "entities"),
        ("bad-external-entity.xml", None),
        ("bad-truncated.xml", "line "),
        ("not-wxr-rss.xml", None),
    ],
)
def test_a_bad_file_is_a_clear_error_and_writes_nothing(home, name, message):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        run(FIXTURES / name)
    assert Page.objects.count() == pages
    assert not ImportedRecord.objects.exists()
    failed = ImportRun.objects.get()
    assert failed.status == ImportRun.Status.FAILED and failed.error


def test_missing_file_and_media_dir_are_clear_errors(home, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "nope.xml")
    with pytest.raises(CommandError, match="is not a folder"):
        run(TIDEWATER, "--media-dir", tmp_path / "nowhere")


@pytest.fixture
def file_server():
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_downloaded_first(home, media_dir, file_server):
    # Loopback is allowed by the test settings only (IMPORT_FETCH_ALLOW_LOOPBACK).
    output = run(f"{file_server}/tidewater-wxr-1.2.xml", "--media-dir", media_dir)
    assert "created 12" in output
    with pytest.raises(CommandError, match="404|not found|Not Found"):
        run(f"{file_server}/no-such-export.xml")


def test_the_progress_bar_redraws_in_place_on_a_terminal():
    out = io.StringIO()
    from django.core.management.base import OutputWrapper

    progress = Progress(OutputWrapper(out), tty=True)
    for done in range(1, 4):
        progress(done, 3)
    progress.finish()
    text = out.getvalue()
    assert text.startswith("\r[")
    assert "3/3" in text and "#" * Progress.WIDTH in text
    assert text.endswith("\n")


def test_every_command_runs_with_only_its_file(home, tmp_path):
    """The site-address options are optional: argparse used to run their
    validator on the empty default, so import_ghost and import_substack
    refused to start without them."""
    fixtures = Path(__file__).parent / "fixtures"
    commands = {
        "import_ghost": fixtures / "ghost" / "export-v5.json",
        "import_substack": build_substack_zip(tmp_path / "substack.zip"),
        "import_feed": fixtures / "feed" / "full-content.rss",
    }
    for command, path in commands.items():
        out = io.StringIO()
        call_command(command, str(path), "--dry-run", stdout=out)
        assert "Dry run (nothing was saved)" in out.getvalue(), command
        assert "failed 0" in out.getvalue(), command
