"""Substack exports: the .zip from Settings → Exports.

It holds ``posts.csv`` (one row per post: ``post_id`` like ``123456.the-slug``,
``post_date``, ``is_published``, ``type``, ``audience``, ``title``, ``subtitle``,
``podcast_url``…) and ``posts/<post_id>.html``, each post's body. Nothing is
extracted to disk: members are read from the archive, each within a size and a
compression-ratio limit (zip bombs), and only the names this reader builds
itself are opened (no path from the archive is ever followed).

Substack exports carry no byline: ``--author`` credits every post to one writer,
otherwise posts are unsigned. Paid-only posts are imported as drafts (status
PRIVATE): masthead has no paywall. Threads (discussion posts) are skipped.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from html import escape

from django.utils.text import slugify

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.base import SourceReader
from masthead.importers.readers.feed import author_key
from masthead.importers.readers.feed_dates import parse_date
from masthead.importers.readers.feed_html import normalise
from masthead.importers.readers.ghost import http_url
from masthead.importers.records import (
    ImportedAuthor,
    ImportedImage,
    ImportedItem,
    ItemKind,
    ItemStatus,
    SourceInventory,
)

# Limits on what one archive may make us decompress.
MAX_MEMBERS = 200_000
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_BODY_BYTES = 16 * 1024 * 1024  # the longest real posts are well under 1 MB
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 100  # text compresses 5–10×; a bomb compresses 1000× and more
RATIO_FLOOR = 1024 * 1024  # small members may compress very well: not checked

PRIVATE_AUDIENCES = {"only_paid", "founding"}
POST_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
TRUE = {"true", "t", "1", "yes"}


class SubstackReader(SourceReader):
    source_name = "substack"

    @classmethod
    def add_arguments(cls, parser):
        parser.add_argument(
            "--author",
            default="",
            help="The writer every post is credited to (Substack exports carry "
            "no byline). Without it, posts are unsigned.",
        )
        parser.add_argument(
            "--substack-url",
            type=http_url,
            # None, not "": argparse passes a string default through ``type``.
            default=None,
            help="The publication's address, e.g. https://name.substack.com or its "
            "custom domain: old URLs /p/<slug> there redirect to the new pages.",
        )

    # --- the archive ---------------------------------------------------------

    def _zip(self) -> zipfile.ZipFile:
        try:
            return zipfile.ZipFile(self.path)
        except zipfile.BadZipFile as error:
            raise ImportFileError(
                f"This is not a zip archive ({error}); Substack exports are the "
                ".zip file from Settings → Exports."
            ) from error
        except OSError as error:
            raise ImportFileError(f"Cannot read the file: {error}") from error

    def _index(self, archive) -> tuple[str, dict[str, zipfile.ZipInfo]]:
        """The archive's usable members and the folder ``posts.csv`` is in."""
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFileError(
                f"The archive has {len(infos):,} members, more than the "
                f"{MAX_MEMBERS:,} an export can have."
            )
        members = {}
        total = 0
        for info in infos:
            name = info.filename
            # Absolute, parent-relative or Windows-style names are never used:
            # this reader looks up its own names only.
            if info.is_dir() or name.startswith("/") or "\\" in name:
                continue
            if ".." in name.split("/"):
                continue
            members[name] = info
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ImportFileError(
                f"The archive would expand to {total:,} bytes, more than the "
                f"{MAX_TOTAL_BYTES:,} allowed."
            )
        if "posts.csv" in members:
            return "", members
        # Re-zipped exports put everything in one folder.
        nested = [n for n in members if n.count("/") == 1 and n.endswith("/posts.csv")]
        if len(nested) == 1:
            return nested[0].removesuffix("posts.csv"), members
        raise ImportFileError(
            "The archive has no posts.csv: it is not a Substack export (expected "
            "posts.csv and a posts/ folder)."
        )

    def _read(self, archive, info, limit) -> bytes:
        """One member's bytes, refusing oversized or bomb-like members."""
        if info.file_size > limit:
            raise ImportFileError(
                f"{info.filename} would expand to {info.file_size:,} bytes, more "
                f"than the {limit:,} allowed."
            )
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ImportFileError(
                f"{info.filename} is compressed {ratio:,} times, more than the "
                f"{MAX_RATIO}× allowed (a zip bomb?)."
            )
        chunks, size = [], 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(64 * 1024):
                    size += len(chunk)
                    if size > limit:  # the declared size lied
                        raise ImportFileError(
                            f"{info.filename} expands beyond {limit:,} bytes."
                        )
                    chunks.append(chunk)
        except (
            zipfile.BadZipFile,  # corrupt data, CRC mismatch
            zipfile.LargeZipFile,
            OSError,
            EOFError,
            NotImplementedError,  # a compression method Python lacks
            RuntimeError,  # encrypted
        ) as error:
            raise ImportFileError(f"{info.filename} cannot be read: {error}") from error
        return b"".join(chunks)

    def _rows(self, archive, prefix, members):
        data = self._read(archive, members[prefix + "posts.csv"], MAX_CSV_BYTES)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportFileError(
                f"posts.csv is not UTF-8 text (byte {error.start})."
            ) from error
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or "post_id" not in reader.fieldnames:
            raise ImportFileError(
                "posts.csv has no post_id column: it is not a Substack export."
            )
        try:
            for row in reader:
                yield (
                    reader.line_num,
                    {
                        key: (value or "").strip()
                        for key, value in row.items()
                        if key is not None and isinstance(value, str)
                    },
                )
        except csv.Error as error:
            raise ImportFileError(
                f"posts.csv is not valid CSV: {error}.", line=reader.line_num
            ) from error

    # --- the interface -------------------------------------------------------

    def scan(self) -> SourceInventory:
        inventory = SourceInventory(
            source_name=self.source_name,
            site_url=self.options.get("substack_url") or "",
        )
        name = " ".join((self.options.get("author") or "").split())
        if name:
            key = author_key(name)
            inventory.authors[key] = ImportedAuthor(key=key, name=name)
        self._posts = []
        with self._zip() as archive:
            prefix, members = self._index(archive)
            for line, row in self._rows(archive, prefix, members):
                post_id = row.get("post_id", "")
                if not post_id:
                    continue  # a blank line
                if not POST_ID.match(post_id) or ".." in post_id:
                    _count(inventory, "invalid_post_id")
                    continue
                if row.get("type", "").lower() == "thread":
                    _count(inventory, "thread")
                    continue
                body_name = f"{prefix}posts/{post_id}.html"
                if body_name not in members:
                    _count(inventory, "missing_body")
                    continue
                # Read once now: a corrupt or bomb-like body stops the import
                # before anything is written.
                self._read(archive, members[body_name], MAX_BODY_BYTES)
                self._posts.append((line, row, body_name))
        inventory.item_count = len(self._posts)
        self.inventory = inventory
        return inventory

    def items(self) -> Iterator[ImportedItem]:
        if self.inventory is None:
            self.scan()
        with self._zip() as archive:
            _, members = self._index(archive)
            for _, row, body_name in self._posts:
                body = self._read(archive, members[body_name], MAX_BODY_BYTES)
                yield self._item(row, body.decode("utf-8", errors="replace"))

    def _item(self, row, body) -> ImportedItem:
        post_id = row["post_id"]
        number, _, source_slug = post_id.partition(".")
        title = " ".join(row.get("title", "").split())
        slug = slugify(source_slug, allow_unicode=True) or slugify(
            title, allow_unicode=True
        )
        slug = slug or f"post-{number}"
        site = self.options.get("substack_url") or ""
        published = row.get("is_published", "").lower() in TRUE
        status = ItemStatus.PUBLISH if published else ItemStatus.DRAFT
        if published and row.get("audience", "").lower() in PRIVATE_AUDIENCES:
            status = ItemStatus.PRIVATE  # paid-only: never public by import
        body_html = normalise(body, site)
        podcast = row.get("podcast_url", "")
        if row.get("type", "").lower() == "podcast" and podcast.startswith(
            ("http://", "https://")
        ):
            body_html = (
                f'<p><a href="{escape(podcast)}">Listen to the episode</a></p>'
                + body_html
            )
        cover = row.get("cover_image", "")
        return ImportedItem(
            source_id=number,
            kind=ItemKind.ARTICLE,
            title=title or slug,
            slug=slug,
            status=status,
            body_html=body_html,
            excerpt=" ".join(row.get("subtitle", "").split()),
            published_at=parse_date(row.get("post_date")),
            author_keys=list(self.inventory.authors),
            featured_image=ImportedImage(url=cover)
            if cover.startswith(("http://", "https://"))
            else None,
            old_urls=[f"{site}/p/{source_slug or slug}"],
        )


def _count(inventory, reason):
    inventory.skipped[reason] = inventory.skipped.get(reason, 0) + 1
