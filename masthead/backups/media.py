"""The media files: original images, documents and (by default) renditions.

Renditions are in the backup by default: they are derived from the originals,
but encoding them again (AVIF above all) takes minutes of CPU for a few hundred
pictures, and a restored site should serve its pages at once. ``backup
--skip-renditions`` leaves them out for a smaller archive; restoring that one
deletes the rendition rows too, so Wagtail makes each again when a page asks.
"""

import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage

from masthead.backups.errors import BackupError

# Where Wagtail writes renditions (AbstractRendition.get_upload_to).
RENDITIONS_DIR = "images"


def local_media_root():
    """MEDIA_ROOT when media are local files; None on object storage (S3), which
    the backup cannot copy: keep the bucket versioned and replicated instead."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(settings.MEDIA_ROOT)
    return None


def media_files(root, *, skip_renditions=False):
    """(path, name relative to root) of every regular file under root, sorted."""
    root = Path(root)
    if not root.is_dir():
        return
    for directory, subdirectories, files in os.walk(root):
        relative = Path(directory).relative_to(root)
        if skip_renditions and relative == Path("."):
            subdirectories[:] = [d for d in subdirectories if d != RENDITIONS_DIR]
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory) / name
            if path.is_file():  # regular files (or links to them); no sockets
                yield path, (relative / name).as_posix()


def replace_media(staged, root, aside):
    """Make ``root`` hold exactly what ``staged`` holds.

    Each top-level entry of root is moved into ``aside`` (a directory on the same
    file system, removed by the caller), then staged's entries are moved in.
    Moving entries rather than root itself works when root is a mount point.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    aside.mkdir(parents=True, exist_ok=True)
    moved_in = []
    try:
        for entry in list(root.iterdir()):
            shutil.move(entry, aside / entry.name)
        if staged.is_dir():
            for entry in list(staged.iterdir()):
                shutil.move(entry, root / entry.name)
                moved_in.append(root / entry.name)
    except OSError as exc:
        # Put the previous files back as they were.
        for entry in moved_in:
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        for entry in list(aside.iterdir()):
            shutil.move(entry, root / entry.name)
        raise BackupError(
            f"Could not put the restored media in place in {root}: {exc}. "
            "MEDIA_ROOT holds its previous files again."
        ) from exc
