"""The backup file: one tar.gz holding the database, the media and a manifest.

Layout::

    database/masthead.sqlite3   or   database/masthead.pgdump   (pg_dump -Fc)
    media/<path under MEDIA_ROOT>
    manifest.json               written last: it lists every other file's sha256

Files are streamed into and out of the archive (never held in memory whole) and
hashed on the way. Reading unpacks everything into a staging directory and
compares every file with the manifest before anything else happens, so a
truncated, corrupt or tampered archive is refused before the instance is touched.
"""

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

from masthead.backups.errors import BackupError

MANIFEST_NAME = "manifest.json"
FORMAT = "masthead-backup"
FORMAT_VERSION = 1
# The only top-level names an archive may hold, besides the manifest.
AREAS = ("database", "media")
# Generous: a manifest lists every media file (~150 bytes each).
MANIFEST_MAX_BYTES = 256 * 1024 * 1024
CHUNK = 1024 * 1024


class _HashingReader:
    """Hands a file to tarfile in chunks, hashing what it reads."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        self.size += len(data)
        return data


class ArchiveWriter:
    """Writes ``path`` atomically: a temporary file beside it, renamed at the end.

    Used as a context manager; ``finish(manifest)`` adds the manifest (with the
    checksums of everything added) and puts the file in place. Leaving the block
    without finishing, or on an error, removes the temporary file.
    """

    def __init__(self, path, *, overwrite=False):
        self.path = Path(path)
        self.overwrite = overwrite
        self.files = {}
        self._temp = None
        self._tar = None

    def __enter__(self):
        if not self.path.parent.is_dir():
            raise BackupError(f"{self.path.parent} is not a directory.")
        if self.path.exists() and not self.overwrite:
            raise BackupError(
                f"{self.path} already exists; pass --force to replace it."
            )
        # mkstemp: mode 0600. The archive holds password hashes and subscribers'
        # addresses; whoever needs it wider can chmod it.
        fd, name = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".partial"
        )
        self._temp = Path(name)
        self._file = os.fdopen(fd, "wb")
        self._tar = tarfile.open(
            fileobj=self._file,
            mode="w:gz",
            compresslevel=6,  # 9 costs much more time for a few per cent
            format=tarfile.PAX_FORMAT,  # any file name, any length, UTF-8
        )
        return self

    def __exit__(self, exc_type, exc, tb):
        if self._temp is not None:  # not finished: an error or an early exit
            with contextlib.suppress(Exception):
                self._tar.close()
            with contextlib.suppress(Exception):
                self._file.close()
            self._temp.unlink(missing_ok=True)
        return False

    def add_file(self, source, name):
        """Stream the file at ``source`` into the archive as ``name``."""
        with open(source, "rb") as file:
            info = self._info(name, os.fstat(file.fileno()))
            reader = _HashingReader(file)
            self._tar.addfile(info, reader)
        self.files[name] = {"sha256": reader.sha256.hexdigest(), "size": info.size}

    def _info(self, name, stat):
        info = tarfile.TarInfo(name)
        info.size = stat.st_size
        info.mtime = int(stat.st_mtime)
        info.mode = 0o644
        return info  # no owner: the files belong to whoever restores them

    def finish(self, manifest):
        manifest = {**manifest, "files": dict(sorted(self.files.items()))}
        data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
        info = tarfile.TarInfo(MANIFEST_NAME)
        info.size = len(data)
        info.mtime = int(os.path.getmtime(self._temp))
        info.mode = 0o644
        self._tar.addfile(info, _BytesReader(data))
        self._tar.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        if self.overwrite:
            os.replace(self._temp, self.path)
        else:
            # link() fails if the name was taken meanwhile: never overwrite.
            try:
                os.link(self._temp, self.path)
            except FileExistsError as exc:
                raise BackupError(
                    f"{self.path} already exists; pass --force to replace it."
                ) from exc
            except OSError:  # a file system without hard links
                if self.path.exists():
                    raise BackupError(
                        f"{self.path} already exists; pass --force to replace it."
                    ) from None
                os.replace(self._temp, self.path)
            else:
                self._temp.unlink()
        self._temp = None
        return manifest


class _BytesReader:
    def __init__(self, data):
        self.data, self.offset = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.offset + size
        chunk = self.data[self.offset : end]
        self.offset += len(chunk)
        return chunk


def member_path(name):
    """The archive member's path, or an error for anything a backup never holds."""
    path = PurePosixPath(name)
    if (
        str(path) != name
        or path.is_absolute()
        or ".." in path.parts
        or not path.parts
        or (
            name != MANIFEST_NAME
            and (path.parts[0] not in AREAS or len(path.parts) < 2)
        )
        or "\\" in name
        or "\0" in name
    ):
        raise BackupError(
            f"The archive holds {name!r}, which no masthead backup contains: "
            "it is not a masthead backup or has been tampered with."
        )
    return path


def unpack(archive, staging):
    """Unpack ``archive`` into ``staging`` and check it against its manifest.

    Returns the manifest. Raises BackupError when the archive is unreadable,
    truncated, holds anything unexpected, or any file's size or sha256 differs
    from the manifest's.
    """
    archive, staging = Path(archive), Path(staging)
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist or is not a file.")
    found, manifest = {}, None
    try:
        with gzip.open(archive, "rb") as compressed:
            with tarfile.open(fileobj=compressed, mode="r|") as tar:
                for member in tar:
                    if member.name == MANIFEST_NAME:
                        _no_second(member, manifest is not None)
                        manifest = _read_manifest(tar, member)
                    else:
                        _no_second(member, member.name in found)
                        found[member.name] = _unpack_member(tar, member, staging)
            # Read to the end: gzip checks its CRC there; and tar stops quietly at
            # a damaged header, leaving more than its zero padding unread.
            while chunk := compressed.read(CHUNK):
                if chunk.strip(b"\0"):
                    raise BackupError(
                        f"{archive} is damaged (corrupt): tar stopped before its end."
                    )
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise BackupError(
            f"{archive} is damaged (truncated or corrupt) or not a masthead "
            f"backup: {exc}"
        ) from exc
    if manifest is None:
        raise BackupError(
            f"{archive} has no {MANIFEST_NAME}: it is truncated, damaged or not a "
            "masthead backup."
        )
    _check_files(manifest, found)
    return manifest


def _no_second(member, seen):
    if seen:
        raise BackupError(f"The archive holds {member.name!r} twice.")


def _unpack_member(tar, member, staging):
    path = member_path(member.name)
    if not member.isreg():
        raise BackupError(
            f"The archive holds {member.name!r}, which is not a regular file: it "
            "is not a masthead backup or has been tampered with."
        )
    target = staging.joinpath(*path.parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = tar.extractfile(member)
    digest, size = hashlib.sha256(), 0
    with open(target, "wb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return {"sha256": digest.hexdigest(), "size": size}


def _read_manifest(tar, member):
    if not member.isreg() or member.size > MANIFEST_MAX_BYTES:
        raise BackupError(f"{MANIFEST_NAME} is not a masthead manifest.")
    try:
        manifest = json.loads(tar.extractfile(member).read())
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError(f"{MANIFEST_NAME} is not valid JSON: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{MANIFEST_NAME} is not a masthead backup's manifest.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"This backup's format is version {manifest.get('format_version')!r}; "
            f"this masthead reads version {FORMAT_VERSION}. Use the masthead "
            "version that made it (see its manifest.json)."
        )
    expected = {
        "files": dict,
        "database": dict,
        "migrations": dict,
        "row_counts": dict,
        "media": dict,
        "created_at": str,
    }
    for key, kind in expected.items():
        if not isinstance(manifest.get(key), kind):
            raise BackupError(f"{MANIFEST_NAME} has no valid {key!r}.")
    if not {"included", "renditions", "files"} <= set(manifest["media"]):
        raise BackupError(f"{MANIFEST_NAME} has no valid 'media'.")
    if not all(
        isinstance(state, dict) and isinstance(state.get("applied"), list)
        for state in manifest["migrations"].values()
    ):
        raise BackupError(f"{MANIFEST_NAME} has no valid 'migrations'.")
    return manifest


def _check_files(manifest, found):
    listed = manifest["files"]
    missing = sorted(set(listed) - set(found))
    if missing:
        raise BackupError(
            f"The archive lacks {len(missing)} file(s) its manifest lists "
            f"(first: {missing[0]!r}): it is truncated or has been tampered with."
        )
    extra = sorted(set(found) - set(listed))
    if extra:
        raise BackupError(
            f"The archive holds {len(extra)} file(s) its manifest does not list "
            f"(first: {extra[0]!r}): it has been tampered with."
        )
    for name, seen in found.items():
        expected = listed[name]
        if not isinstance(expected, dict) or seen != {
            "sha256": expected.get("sha256"),
            "size": expected.get("size"),
        }:
            raise BackupError(
                f"{name!r} does not match its checksum in the manifest: the "
                "archive is corrupt or has been tampered with."
            )


@contextlib.contextmanager
def staging_directory(near):
    """A private temporary directory beside ``near`` (same file system, so the
    restored media are moved into place, not copied), removed afterwards."""
    parent = Path(near).parent
    parent.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=".masthead-restore-", dir=parent))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
