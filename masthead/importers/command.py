"""The one management command behind every ``import_*`` command.

Loads the format's reader (``reader_path``), adds its own options and the shared
ones, fetches the file first when given a URL, runs the pipeline with a progress
bar and prints the summary. A file that cannot be imported is a CommandError:
its message, a non-zero exit, no traceback, nothing written.
"""

import os
import tempfile
import time
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.module_loading import import_string

from masthead.importers import fetching
from masthead.importers.errors import FetchError, ImportFileError
from masthead.importers.models import ImportRun
from masthead.importers.pipeline import run_import

# A whole export over the network: generous, but not forever.
DOWNLOAD_TIMEOUT = 300
SHARED_OPTIONS = {"file", "dry_run", "media_dir", "categories", "default_section"}


class Progress:
    """A bar redrawn in place on a terminal; a line every so often otherwise."""

    WIDTH = 30

    def __init__(self, out, *, tty):
        self.out = out
        self.tty = tty
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.drawn = False

    def __call__(self, done, total):
        now = time.monotonic()
        rate = done / (now - self.started) if now > self.started else 0.0
        if self.tty:
            if done != total and now - self.last_draw < 0.1:
                return
            self.last_draw = now
            share = done / total if total else 1.0
            filled = min(self.WIDTH, int(share * self.WIDTH))
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.out.write(f"\r[{bar}] {done}/{total} ({rate:.0f} items/s)", ending="")
            self.out.flush()
            self.drawn = True
        else:
            every = max(100, total // 20) if total else 100
            if done % every == 0 or done == total:
                self.out.write(f"{done}/{total} items ({rate:.0f}/s)")

    def finish(self):
        if self.drawn:
            self.out.write("")


class ImportCommand(BaseCommand):
    reader_path = ""

    def reader_class(self):
        try:
            return import_string(self.reader_path)
        except ImportError:
            return None

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="The export: a path or URL.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Go through the whole import and report, then undo it all "
            "(no media fetched).",
        )
        parser.add_argument(
            "--media-dir",
            type=Path,
            help="A folder holding the old site's media (e.g. wp-content/uploads): "
            "photos are taken from there before trying their URL.",
        )
        parser.add_argument(
            "--categories",
            choices=["sections", "tags"],
            default="sections",
            help="Make the source's categories sections (top-level ones; "
            "subcategories become tags) or tags. Default: sections.",
        )
        parser.add_argument(
            "--default-section",
            metavar="SLUG",
            help="Section for stories without a category (or all stories with "
            "--categories tags); made as “Archive” if missing. Default: archive.",
        )
        reader = self.reader_class()
        if reader is not None:
            before = {action.dest for action in parser._actions}
            reader.add_arguments(parser)
            self.reader_options = {action.dest for action in parser._actions} - before
        else:
            self.reader_options = set()

    def handle(self, *args, **options):
        reader_class = self.reader_class()
        if reader_class is None:
            raise CommandError(
                f"This installation has no reader for this format ({self.reader_path})."
            )
        media_dir = options["media_dir"]
        if media_dir is not None and not media_dir.is_dir():
            raise CommandError(f"--media-dir {media_dir} is not a folder.")
        reader_options = {
            name: options[name]
            for name in getattr(self, "reader_options", ())
            if name in options
        }
        source = options["file"]
        run = ImportRun.objects.create(
            source_name=reader_class.source_name,
            original_filename=source[:255],
            options={
                "reader": reader_options,
                "categories": options["categories"],
                "default_section": options["default_section"] or "",
                "media_dir": str(media_dir or ""),
            },
            dry_run=options["dry_run"],
        )
        download = None
        try:
            if urlsplit(source).scheme in ("http", "https"):
                download = self.download(source)
                path = download
            else:
                path = Path(source)
                if not path.is_file():
                    raise ImportFileError(f"No such file: {source}")
            reader = reader_class(path, **reader_options)
            tty = hasattr(self.stdout, "isatty") and self.stdout.isatty()
            progress = Progress(self.stdout, tty=tty)
            summary = run_import(
                reader,
                dry_run=options["dry_run"],
                media_dir=media_dir,
                categories=options["categories"],
                default_section=options["default_section"],
                progress=progress,
                run=run,
            )
            progress.finish()
        except (ImportFileError, FetchError) as error:
            self._failed(run, str(error))
            raise CommandError(str(error)) from None
        except KeyboardInterrupt:
            self._failed(run, "Interrupted.")
            raise CommandError(
                "Interrupted: what was imported so far is kept (unless a dry run)."
            ) from None
        finally:
            if download is not None:
                download.unlink(missing_ok=True)
        for line in summary.lines():
            self.stdout.write(line)
        if not summary.dry_run and (summary.created or summary.updated):
            self.stdout.write(
                "Search indexing of the imported pages is queued for the background "
                "worker (bin/serve starts it; or manage.py worker --queue default)."
            )
        if summary.failed:
            self.stdout.write(
                self.style.WARNING(
                    f"{summary.failed} items failed; the others were imported."
                )
            )

    def download(self, url):
        self.stdout.write(f"Downloading {url}…")
        fetched = fetching.fetch(
            url,
            max_bytes=settings.IMPORT_FEED_MAX_BYTES,
            timeout=DOWNLOAD_TIMEOUT,
        )
        suffix = PurePosixPath(urlsplit(fetched.url).path).suffix[:10]
        handle, name = tempfile.mkstemp(prefix="masthead-import-", suffix=suffix)
        with os.fdopen(handle, "wb") as file:
            file.write(fetched.content)
        return Path(name)

    def _failed(self, run, message):
        ImportRun.objects.filter(pk=run.pk).update(
            status=ImportRun.Status.FAILED, error=message, finished_at=timezone.now()
        )
