"""Restoring a backup: checked whole first, then the database, then the media.

Before anything is changed the archive is unpacked into a staging directory and
every file compared with the manifest's sha256; the schema must not be newer
than the code's; the archived database must agree with the manifest's row
counts; and the instance must be empty (content.py) unless ``force``.
"""

import io
import tempfile
import time
from pathlib import Path

from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Site

from masthead.backups import archive, content, databases, media, moving, schema
from masthead.backups.errors import BackupError


def restore_backup(path, *, force=False, check_only=False, report=print):
    """Restore the backup at ``path`` into this instance; return its manifest."""
    started = time.monotonic()
    target = databases.database_for()
    media_root = media.local_media_root()
    near = media_root or Path(tempfile.gettempdir()) / "masthead"
    with archive.staging_directory(near) as staging:
        unpacked = staging / "unpacked"
        try:
            manifest, database_file, cross_engine = _check(
                path, unpacked, target, report
            )
            if check_only:
                report("It can be restored here.")
                return manifest
            found = content.content_counts(media_root=media_root)
            if found and not force:
                raise BackupError(
                    f"This instance is not empty ({content.describe(found)}). "
                    "Restore into an empty one (a new database, migrated, and an "
                    "empty MEDIA_ROOT), or pass --force to replace everything it "
                    "holds with the backup."
                )
        except BackupError as exc:
            raise BackupError(f"{exc} Nothing was changed.") from exc
        try:
            _restore(manifest, database_file, cross_engine, target, report)
            _restore_media(manifest, unpacked, media_root, staging, report)
        except BackupError as exc:
            raise BackupError(
                f"{exc} The restore stopped part-way; once the cause is fixed, "
                "restore again with --force."
            ) from exc

    Site.clear_site_root_paths_cache()
    call_command("clear_page_cache", stdout=io.StringIO())
    report(f"Restored {path} in {time.monotonic() - started:.1f} s.")
    return manifest


def _check(path, unpacked, target, report):
    manifest = archive.unpack(path, unpacked)
    report(
        f"Checked {len(manifest['files'])} files against the manifest's "
        "checksums: all match."
    )
    source_engine, database_file = _archived_database(manifest, unpacked)
    cross_engine = source_engine != target.engine
    _check_restorable(manifest, source_engine, target, cross_engine)
    archived_counts = databases.database_class(source_engine).check_copy(database_file)
    if archived_counts is not None:
        _compare_counts(manifest["row_counts"], archived_counts, "archived")
    report(
        f"Backup of {manifest['created_at']} (masthead "
        f"{manifest.get('masthead_version')}, {source_engine}): "
        f"{sum(manifest['row_counts'].values())} rows, "
        f"{manifest['media']['files']} media files."
    )
    return manifest, database_file, cross_engine


def _restore(manifest, database_file, cross_engine, target, report):
    if cross_engine:
        _move(manifest, database_file, report)
        return
    target.drop_tables_not_in(manifest["row_counts"])
    target.restore(database_file)
    _compare_counts(manifest["row_counts"], target.counts(), "restored")
    report("Database restored; every table's row count matches the backup.")
    if schema.is_older(manifest):
        report("The backup predates this version: running migrate.")
        call_command("migrate", interactive=False, verbosity=0)


def _restore_media(manifest, unpacked, media_root, staging, report):
    if manifest["media"]["included"] and media_root is not None:
        media.replace_media(unpacked / "media", media_root, staging / "previous")
        report(f"Media restored into {media_root}.")
    elif manifest["media"]["included"]:
        report(
            "Media files are in the backup but this instance keeps media on "
            "object storage: copy the archive's media/ into the bucket."
        )
    if manifest["media"]["included"] and not manifest["media"]["renditions"]:
        # Their files were left out: Wagtail makes each again when asked.
        get_image_model().get_rendition_model()._base_manager.all().delete()
        report("Renditions were not in the backup; they are made on demand.")


def _archived_database(manifest, unpacked):
    engine = manifest.get("database", {}).get("engine")
    if engine not in ("sqlite", "postgresql"):
        raise BackupError(f"The manifest names an unknown database engine: {engine!r}")
    name = f"database/{databases.database_class(engine).file_name}"
    if name not in manifest["files"]:
        raise BackupError(f"The archive has no database file ({name}).")
    return engine, unpacked / name


def _check_restorable(manifest, source_engine, target, cross_engine):
    schema.check_not_newer(manifest)
    if cross_engine:
        if (source_engine, target.engine) != ("sqlite", "postgresql"):
            raise BackupError(
                f"A {source_engine} backup cannot be restored into "
                f"{target.engine}: a PostgreSQL dump restores into PostgreSQL "
                "only. (SQLite backups restore into SQLite or PostgreSQL.)"
            )
        schema.check_current(manifest)


def _compare_counts(expected, actual, what):
    differences = {
        table: (expected.get(table), actual.get(table))
        for table in sorted(set(expected) | set(actual))
        if expected.get(table) != actual.get(table)
    }
    if differences:
        listed = ", ".join(
            f"{table}: {a} in the manifest, {b} {what}"
            for table, (a, b) in list(differences.items())[:5]
        )
        raise BackupError(
            f"The {what} database's row counts differ from the manifest's "
            f"({listed}{' …' if len(differences) > 5 else ''})."
        )


def _move(manifest, database_file, report):
    report("Moving a SQLite backup into PostgreSQL.")
    if schema.needs_migrate():
        call_command("migrate", interactive=False, verbosity=0)
    moving.copy_database(database_file, manifest, report=report)
    # Wagtail's search index is engine-specific: built anew from the content.
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    report("Search index rebuilt.")
