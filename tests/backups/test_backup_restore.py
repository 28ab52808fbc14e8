"""``manage.py backup`` and ``restore`` end to end, on the test run's engine.

Instances are real databases and media directories driven through manage.py in
subprocesses (tests/backups/instances.py). The source holds pages with revisions,
writers, images with files and renditions, a document, accounts, subscribers and
a sent newsletter issue (tests/backups/populate.py); "equal" means every model's
rows digest the same (inspect_instance.py) and every media file has the same
bytes.
"""

import datetime
import gzip
import hashlib
import io
import json
import stat
import tarfile

import django
import pytest
import wagtail
from django.db.migrations.loader import MigrationLoader

from tests.backups.instances import assert_equal_content

# Ordered with the other database tests, before any test that flushes the
# database the instances are copied from; one worker makes the instances.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("backups")]

DATABASE_FILES = {
    "sqlite": "database/masthead.sqlite3",
    "postgresql": "database/masthead.pgdump",
}


def members(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return {
            member.name: tar.extractfile(member).read() for member in tar.getmembers()
        }


def member_order(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return tar.getnames()


def repack(archive, target, change):
    """Write ``target``: the archive's members, after change(dict of name → bytes)."""
    files = members(archive)
    change(files)
    with tarfile.open(target, "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return target


# --- The archive ------------------------------------------------------------------


def test_the_archive_holds_the_database_the_media_and_a_manifest(source, instances):
    archive = source.archive
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # addresses, hashes
    files = members(archive)
    assert member_order(archive)[-1] == "manifest.json"
    manifest = json.loads(files.pop("manifest.json"))
    database_file = DATABASE_FILES[instances.engine]
    assert set(files) == {database_file} | {f"media/{n}" for n in source.media}
    # Originals, documents, renditions and a file no model knows, bytes intact.
    names = set(source.media)
    assert any(n.startswith("original_images/") for n in names)
    assert any(n.startswith("images/") for n in names)  # renditions
    assert "documents/annual-report.pdf" in names
    assert "documents/résumé – ü.txt" in names
    for name, sha in source.media.items():
        assert hashlib.sha256(files[f"media/{name}"]).hexdigest() == sha
    # Every file's checksum, as written.
    assert manifest["files"] == {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in files.items()
    }
    assert manifest["database"]["engine"] == instances.engine
    assert manifest["database"]["file"] == database_file
    assert manifest["django_version"] == django.get_version()
    assert manifest["wagtail_version"] == wagtail.__version__
    assert manifest["masthead_version"]
    created = datetime.datetime.fromisoformat(manifest["created_at"])
    assert abs(datetime.datetime.now(datetime.UTC) - created).total_seconds() < 3600
    # The migration state: the latest migration of every app, as this code has it.
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    for app, name in graph.leaf_nodes():
        assert manifest["migrations"][app]["latest"] == name
    # Row counts of every table, as in the database when it was copied.
    counts = manifest["row_counts"]
    assert counts["newsletter_subscriber"] == 15
    assert counts["newsletter_delivery"] == 15
    assert counts["wagtailcore_page"] == source.digests["wagtailcore.Page"][0]
    assert counts["wagtailcore_revision"] == source.digests["wagtailcore.Revision"][0]
    assert manifest["media"] == {
        "included": True,
        "renditions": True,
        "files": len(source.media),
        "bytes": sum(len(files[f"media/{n}"]) for n in source.media),
    }


def test_backup_refuses_to_overwrite_a_file_unless_forced(source, tmp_path):
    existing = tmp_path / "existing.tar.gz"
    existing.write_bytes(b"yesterday's backup")
    done = source.instance.manage("backup", "--output", str(existing))
    assert done.returncode != 0
    assert "already exists; pass --force" in done.stderr
    assert existing.read_bytes() == b"yesterday's backup"
    inside_media = source.instance.media / "backup.tar.gz"
    done = source.instance.manage("backup", "--output", str(inside_media))
    assert done.returncode != 0 and "inside MEDIA_ROOT" in done.stderr
    assert not inside_media.exists()
    done = source.instance.manage("backup", "--output", str(existing), "--force")
    assert done.returncode == 0, done.stderr
    assert "manifest.json" in members(existing)
    # Written beside the target and renamed: nothing partial is left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.tar.gz"]


# --- Restoring ----------------------------------------------------------------------


def test_a_restore_into_an_empty_instance_brings_everything_back(source, instances):
    target = instances.new()
    assert target.inspect()["digests"]["newsletter.Subscriber"][0] == 0
    done = target.manage("restore", str(source.archive))
    assert done.returncode == 0, done.stderr
    assert "every table's row count matches the backup" in done.stdout
    # What the magazine is made of, all there, row for row and byte for byte.
    for label, at_least in {
        "wagtailcore.Page": 15,
        "wagtailcore.Revision": 15,
        "articles.ArticlePage": 8,
        "authors.AuthorPage": 3,
        "core.MastheadImage": 7,
        "core.MastheadRendition": 1,
        "wagtaildocs.Document": 1,
        "auth.User": 2,
        "newsletter.Subscriber": 15,
        "newsletter.NewsletterIssue": 1,
        "newsletter.Delivery": 15,
        "taggit.Tag": 2,
    }.items():
        assert source.digests[label][0] >= at_least, label
    seen = target.inspect("--get", *source.urls)
    assert_equal_content(source, target, seen["digests"])
    assert set(seen["status"].values()) == {200}, seen["status"]


def test_restore_check_only_checks(source, instances):
    target = instances.new()
    before = target.table_counts()
    done = target.manage("restore", "--check", str(source.archive))
    assert done.returncode == 0, done.stderr
    assert "all match" in done.stdout and "It can be restored here." in done.stdout
    assert target.table_counts() == before and target.media_files() == {}


def test_a_non_empty_instance_is_refused_unless_forced(source, instances):
    target = instances.new()
    # What `make run` does on a new machine: the first admin account.
    assert target.manage("ensure_admin").returncode == 0
    (target.media / "original_images").mkdir(parents=True)
    (target.media / "original_images" / "theirs.jpg").write_bytes(b"not ours")
    before = target.inspect()["digests"]
    done = target.manage("restore", str(source.archive))
    assert done.returncode != 0
    assert "This instance is not empty (user accounts: 1, files in MEDIA_ROOT: 1)" in (
        done.stderr
    )
    assert "Nothing was changed." in done.stderr
    assert target.inspect()["digests"] == before
    assert set(target.media_files()) == {"original_images/theirs.jpg"}

    done = target.manage("restore", "--force", str(source.archive))
    assert done.returncode == 0, done.stderr
    assert_equal_content(source, target)  # the admin and the stray file are gone


# --- Damaged archives ---------------------------------------------------------------


def truncated(archive, target):
    data = archive.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def bit_flipped(archive, target):
    data = bytearray(archive.read_bytes())
    data[len(data) * 3 // 5] ^= 0x10
    target.write_bytes(bytes(data))
    return target


def first_original(files):
    return next(name for name in sorted(files) if name.startswith("media/original"))


def tampered(archive, target):
    def change(files):
        files[first_original(files)] = b"a different picture"

    return repack(archive, target, change)


def missing_file(archive, target):
    return repack(archive, target, lambda files: files.pop(first_original(files)))


def extra_file(archive, target):
    def change(files):
        files["media/original_images/planted.jpg"] = b"who put this here"

    return repack(archive, target, change)


def path_outside(archive, target):
    def change(files):
        files["media/../../escaped.txt"] = b"outside MEDIA_ROOT"

    return repack(archive, target, change)


def newer_schema(archive, target):
    def change(files):
        manifest = json.loads(files["manifest.json"])
        manifest["migrations"]["newsletter"]["applied"].append("0999_from_the_future")
        files["manifest.json"] = json.dumps(manifest).encode()

    return repack(archive, target, change)


def manifest_without_counts(archive, target):
    def change(files):
        manifest = json.loads(files["manifest.json"])
        del manifest["row_counts"]
        files["manifest.json"] = json.dumps(manifest).encode()

    return repack(archive, target, change)


def not_a_backup(archive, target):
    with gzip.open(target, "wb") as file:
        file.write(b"just some text, not a tar archive at all\n" * 100)
    return target


DAMAGES = {
    "truncated": (truncated, "damaged (truncated or corrupt)"),
    # Caught by the checksum or by gzip's own CRC, whichever reads it first.
    "bit_flipped": (bit_flipped, "corrupt"),
    "tampered": (tampered, "does not match its checksum"),
    "missing_file": (missing_file, "lacks 1 file(s) its manifest lists"),
    "extra_file": (extra_file, "holds 1 file(s) its manifest does not list"),
    "path_outside": (path_outside, "which no masthead backup contains"),
    "newer_schema": (newer_schema, "comes from a newer masthead"),
    "manifest_without_counts": (manifest_without_counts, "no valid 'row_counts'"),
    "not_a_backup": (not_a_backup, "not a masthead backup"),
}


@pytest.fixture(scope="module")
def empty_target(instances):
    return instances.new()


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_archive_is_refused_and_nothing_changes(
    source, empty_target, tmp_path, damage
):
    make, message = DAMAGES[damage]
    archive = make(source.archive, tmp_path / f"{damage}.tar.gz")
    before = empty_target.table_counts()
    done = empty_target.manage("restore", str(archive))
    assert done.returncode == 1, done.stderr
    assert message in done.stderr, done.stderr
    assert "Nothing was changed." in done.stderr
    assert "Traceback" not in done.stderr
    assert empty_target.table_counts() == before
    assert empty_target.media_files() == {}
    # No staging directory left behind, nothing written outside.
    assert not [p for p in empty_target.var.iterdir() if p.name.startswith(".")]
    assert not (empty_target.var / "escaped.txt").exists()
    assert not (empty_target.var.parent / "escaped.txt").exists()


# --- Options and older backups -------------------------------------------------------


def test_a_backup_without_renditions_restores_and_makes_them_again(
    source, instances, tmp_path
):
    archive = tmp_path / "small.tar.gz"
    done = source.instance.manage(
        "backup", "--output", str(archive), "--skip-renditions"
    )
    assert done.returncode == 0, done.stderr
    names = set(members(archive))
    assert not any(name.startswith("media/images/") for name in names)
    assert any(name.startswith("media/original_images/") for name in names)
    target = instances.new()
    done = target.manage("restore", str(archive))
    assert done.returncode == 0, done.stderr
    seen = target.inspect("--get", *source.urls)
    assert seen["digests"]["core.MastheadRendition"][0] == 0
    assert set(seen["status"].values()) == {200}, seen["status"]
    assert any(name.startswith("images/") for name in target.media_files())
    assert target.inspect()["digests"]["core.MastheadRendition"][0] > 0


def test_a_backup_from_an_older_version_is_restored_then_migrated(instances, tmp_path):
    older = instances.new()
    # An older masthead: one app's migrations (and its table) not there yet.
    done = older.manage("migrate", "demo", "zero", "--no-input", "-v0")
    assert done.returncode == 0, done.stderr
    archive = tmp_path / "older.tar.gz"
    assert older.manage("backup", "--output", str(archive)).returncode == 0
    assert "demo" not in json.loads(members(archive)["manifest.json"])["migrations"]
    target = instances.new()
    done = target.manage("restore", str(archive))
    assert done.returncode == 0, done.stderr
    assert "running migrate" in done.stdout
    done = target.manage("migrate", "--check", "--no-input")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "demo_demoobject" in target.table_counts()
