"""Photos for imported stories: found once, saved once, reused by URL."""

from __future__ import annotations

import hashlib
import io
import posixpath
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import get_valid_filename
from PIL import Image as PILImage
from wagtail.images import get_image_model

from masthead.importers import fetching
from masthead.importers.errors import FetchError
from masthead.importers.models import ImportedRecord

# Image ids remembered by URL within one run (beyond this, asked of the database).
CACHE_SIZE = 5000


def record_key(url):
    """ImportedRecord.source_id for an image: its URL, or a digest of a long one."""
    return url if len(url) <= 500 else hashlib.sha256(url.encode()).hexdigest()


class MediaResolver:
    def __init__(self, source, summary, *, site_url="", media_dir=None, dry_run=False):
        self.source = source
        self.summary = summary
        self.site_url = site_url
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        self.dry_run = dry_run
        self.ids = {}
        self.missing = set()  # URLs that failed this run: tried and reported once
        self.model = get_image_model()

    def absolute(self, url):
        url = (url or "").strip()
        if url.startswith("//"):
            return "https:" + url
        if self.site_url and not urlsplit(url).scheme:
            return urljoin(self.site_url.rstrip("/") + "/", url)
        return url

    def resolve(self, ref):
        """The id of the image for ``ref`` (an ImportedImage), or None."""
        url = self.absolute(ref.url)
        if not url:
            return None
        if url in self.ids:
            self.summary.media_reused += 1
            return self.ids[url]
        if url in self.missing:
            return None
        key = record_key(url)
        image_id = (
            ImportedRecord.objects.filter(
                source=self.source,
                kind=ImportedRecord.Kind.IMAGE,
                source_id=key,
                image__isnull=False,
            )
            .values_list("image_id", flat=True)
            .first()
        )
        if image_id is not None:
            self.summary.media_reused += 1
        else:
            image_id = self._import(ref, url, key)
        if image_id is not None:
            if len(self.ids) >= CACHE_SIZE:
                self.ids.clear()
            self.ids[url] = image_id
        elif not self.dry_run and len(self.missing) < CACHE_SIZE:
            self.missing.add(url)
        return image_id

    def _import(self, ref, url, key):
        local = self._local_file(url)
        if self.dry_run:
            if local is not None:
                self.summary.media_from_dir += 1
            elif urlsplit(url).scheme in ("http", "https"):
                self.summary.media_would_fetch += 1
            else:
                self.summary.missing(url, "not in the media folder and not a web URL")
            return None
        try:
            if local is not None:
                content = self._read_local(local)
                from_dir = True
            elif urlsplit(url).scheme in ("http", "https"):
                content = fetching.fetch_image(url).content
                from_dir = False
            else:
                why = "not in the media folder" if self.media_dir else "no media folder"
                self.summary.missing(url, f"a relative address and {why}")
                return None
        except FetchError as error:
            self.summary.missing(url, error.reason)
            return None
        except OSError as error:
            self.summary.missing(url, f"could not read the file ({error.strerror})")
            return None
        filename = self._filename(url)
        image = self.model(
            title=(ref.title or ref.alt_text or filename)[:255],
            alt_text=ref.alt_text[:400],
            credit=ref.credit[:255],
        )
        image.file = ImageFile(io.BytesIO(content), name=filename)
        try:
            with transaction.atomic():
                # No full_clean: the model asks for alt text in the admin, and
                # imported photos without it are listed for editors to fix.
                image._set_image_file_metadata()
                image.save()
                ImportedRecord.objects.create(
                    source=self.source,
                    kind=ImportedRecord.Kind.IMAGE,
                    source_id=key,
                    image=image,
                )
        except Exception as error:  # a file Pillow read but Wagtail cannot use
            self.summary.missing(url, f"could not be saved ({error})")
            return None
        if from_dir:
            self.summary.media_from_dir += 1
        else:
            self.summary.media_fetched += 1
        return image.pk

    def _filename(self, url):
        name = posixpath.basename(unquote(urlsplit(url).path)) or "image"
        name = get_valid_filename(name)[-100:] or "image"
        return name

    def _local_file(self, url):
        if self.media_dir is None:
            return None
        path = unquote(urlsplit(url).path)
        candidates = []
        if "/wp-content/uploads/" in path:
            candidates.append(path.split("/wp-content/uploads/", 1)[1])
        candidates.extend([path.lstrip("/"), posixpath.basename(path)])
        for candidate in candidates:
            if not candidate:
                continue
            found = (self.media_dir / candidate).resolve()
            # Never outside the folder, whatever "../" the export holds.
            if found.is_relative_to(self.media_dir) and found.is_file():
                return found
        return None

    def _read_local(self, path):
        # Files from --media-dir get the same limits as fetched ones.
        max_bytes = settings.IMPORT_MEDIA_MAX_BYTES
        max_pixels = settings.IMPORT_MEDIA_MAX_PIXELS
        if path.stat().st_size > max_bytes:
            raise FetchError(str(path), f"larger than {max_bytes} bytes")
        content = path.read_bytes()
        try:
            with PILImage.open(io.BytesIO(content)) as picture:
                width, height = picture.size
                if width * height > max_pixels:
                    raise FetchError(str(path), f"more than {max_pixels} pixels")
                picture.verify()
        except FetchError:
            raise
        except PILImage.DecompressionBombError:
            raise FetchError(str(path), f"more than {max_pixels} pixels") from None
        except Exception:
            raise FetchError(str(path), "not an image Pillow can read") from None
        return content
