"""Making a backup: the database, the media and the manifest in one archive."""

import platform
import tempfile
import time
from importlib import metadata
from pathlib import Path

import django
import wagtail
from django.utils import timezone

from masthead.backups import archive, databases, media
from masthead.backups.errors import BackupError


def masthead_version():
    try:
        return metadata.version("masthead")
    except metadata.PackageNotFoundError:
        return "unknown"


def make_backup(output, *, overwrite=False, skip_renditions=False, report=print):
    """Write the backup to ``output``; return its manifest."""
    started = time.monotonic()
    output = Path(output).absolute()
    database = databases.database_for()
    media_root = media.local_media_root()
    if media_root is not None and output.is_relative_to(media_root.absolute()):
        raise BackupError(
            f"{output} is inside MEDIA_ROOT ({media_root}): the backup would "
            "contain itself and be served to the web. Write it elsewhere."
        )
    with (
        archive.ArchiveWriter(output, overwrite=overwrite) as writer,
        tempfile.TemporaryDirectory(
            dir=output.parent, prefix=".masthead-backup-"
        ) as work,
    ):
        dump = Path(work) / database.file_name
        counts, migrations = database.dump(dump)
        database_name = f"database/{database.file_name}"
        writer.add_file(dump, database_name)
        dump.unlink()
        report(
            f"Database ({database.engine}): {sum(counts.values())} rows in "
            f"{len(counts)} tables, {writer.files[database_name]['size']:,} bytes."
        )
        files = size = vanished = 0
        if media_root is not None:
            for path, name in media.media_files(
                media_root, skip_renditions=skip_renditions
            ):
                try:
                    writer.add_file(path, f"media/{name}")
                except FileNotFoundError:  # deleted while we were copying
                    vanished += 1
                    continue
                files += 1
                size += writer.files[f"media/{name}"]["size"]
            report(
                f"Media: {files} files, {size:,} bytes"
                + (" (renditions left out)" if skip_renditions else "")
                + (f"; {vanished} deleted while copying" if vanished else "")
                + "."
            )
        else:
            report(
                "Media are on object storage, not in this backup: keep the "
                "bucket versioned and replicated (docs/operations.md)."
            )
        manifest = writer.finish(
            {
                "format": archive.FORMAT,
                "format_version": archive.FORMAT_VERSION,
                "created_at": timezone.now().isoformat(timespec="seconds"),
                "masthead_version": masthead_version(),
                "django_version": django.get_version(),
                "wagtail_version": wagtail.__version__,
                "python_version": platform.python_version(),
                "database": {
                    "engine": database.engine,
                    "server_version": database.version(),
                    "file": database_name,
                },
                "migrations": migrations,
                "row_counts": counts,
                "media": {
                    "included": media_root is not None,
                    "renditions": media_root is not None and not skip_renditions,
                    "files": files,
                    "bytes": size,
                },
            }
        )
    report(
        f"Wrote {output} ({output.stat().st_size:,} bytes) in "
        f"{time.monotonic() - started:.1f} s."
    )
    return manifest
