"""Ghost JSON exports (Ghost 4 and 5; Settings → Labs → Export).

Exports can be hundreds of megabytes (the html, plaintext, mobiledoc and
lexical of every post), so they are streamed with ijson: ``scan`` reads the
whole file once, keeping the small tables (users, tags, the post↔tag and
post↔author relations, the image alt texts and captions of ``posts_meta``) and
counting posts; ``items`` streams the posts again, one at a time.

Ghost's tags are flat: a post's first public tag is its category (so it can
become a section), all its public tags are tags; internal ``#tags`` are skipped.
Members-only and paid posts are imported as drafts (status PRIVATE): masthead
has no paywall, and publishing them would open what readers paid for.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import ijson

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.base import SourceReader
from masthead.importers.readers.feed_dates import parse_date
from masthead.importers.readers.feed_html import html_to_text, normalise
from masthead.importers.readers.ghost_editors import (
    EditorDocumentError,
    lexical_to_html,
    mobiledoc_to_html,
)
from masthead.importers.records import (
    ImportedAuthor,
    ImportedCategory,
    ImportedImage,
    ImportedItem,
    ItemKind,
    ItemStatus,
    SourceInventory,
)

PLACEHOLDER = "__GHOST_URL__"
TABLES = ("users", "tags", "posts_tags", "posts_authors", "posts_meta")
_ITEM_PREFIX = re.compile(r"^(db\.item\.)?data\.(\w+)\.item$")
_META_PREFIX = re.compile(r"^(db\.item\.)?meta$")
# An invalid file this small is parsed once more with the standard library to
# report the exact line and column; a larger one gets the line its last read
# chunk started on.
LOCATE_LIMIT = 64 * 1024 * 1024
CHUNK = 64 * 1024

STATUSES = {
    "published": ItemStatus.PUBLISH,
    "draft": ItemStatus.DRAFT,
    "scheduled": ItemStatus.FUTURE,
    "sent": ItemStatus.PRIVATE,  # sent by email only, never on the web
}
KINDS = {"post": ItemKind.ARTICLE, "page": ItemKind.PAGE}


def http_url(value: str) -> str:
    """argparse type: an http(s) address, without its trailing slash."""
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an http:// or https:// address"
        )
    return value.strip().rstrip("/")


class _CountingReader:
    """Wraps the export file to know how far the parser had read (and which
    line that was) when it stopped on an error."""

    def __init__(self, handle):
        self.handle = handle
        self.lines_before_chunk = 0
        self._lines_read = 0

    def read(self, size=-1):
        chunk = self.handle.read(CHUNK if size is None or size < 0 else size)
        self.lines_before_chunk = self._lines_read
        self._lines_read += chunk.count(b"\n")
        return chunk


class GhostReader(SourceReader):
    source_name = "ghost"

    @classmethod
    def add_arguments(cls, parser):
        parser.add_argument(
            "--site-url",
            type=http_url,
            # None, not "": argparse passes a string default through ``type``.
            default=None,
            help="The Ghost site's address (e.g. https://magazine.example.com), "
            "which Ghost's export writes as __GHOST_URL__. Without it, images are "
            "looked up in --media-dir as content/images/… and old URLs are paths.",
        )

    # --- reading -------------------------------------------------------------

    def _open(self):
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - closed by the callers
        except OSError as error:
            raise ImportFileError(f"Cannot read the file: {error}") from error
        if handle.read(3) != b"\xef\xbb\xbf":  # a BOM some editors add
            handle.seek(0)
        return handle

    def _events(self):
        with self._open() as handle:
            counting = _CountingReader(handle)
            try:
                yield from ijson.parse(counting, use_float=True, buf_size=CHUNK)
            except ijson.JSONError as error:
                raise self._json_error(error, counting) from error
            except UnicodeDecodeError as error:
                raise ImportFileError(
                    f"The export is not UTF-8 text ({error.reason})."
                ) from error

    def _json_error(self, error, counting) -> ImportFileError:
        size = self.path.stat().st_size
        if size <= LOCATE_LIMIT:
            try:
                with self._open() as handle:
                    json.loads(handle.read().decode("utf-8", errors="replace"))
            except json.JSONDecodeError as decode_error:
                return ImportFileError(
                    f"Invalid JSON: {decode_error.msg}.",
                    line=decode_error.lineno,
                    column=decode_error.colno,
                )
        detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return ImportFileError(
            f"Invalid JSON ({detail or 'the file ends too early'}); the error is "
            f"within the {CHUNK // 1024} KB read from this line on.",
            line=counting.lines_before_chunk + 1,
        )

    # --- the interface -------------------------------------------------------

    def scan(self) -> SourceInventory:
        site_url = self.options.get("site_url") or ""
        tables = {name: [] for name in TABLES}
        meta = {}
        post_ids = []
        legacy_authors = {}  # Ghost < 1 exports: posts.author_id, no posts_authors
        skipped = {}
        counts = {"posts": 0}
        prefixes = set()
        seen_data = False

        events = self._events()
        first = next(events, None)
        if first is None or first[1] != "start_map":
            raise ImportFileError(
                "This is not a Ghost export: a Ghost export is a JSON object with "
                '"db" (or "data") at the top.'
            )
        for prefix, event, _ in events:
            if prefix in {"data.posts", "db.item.data.posts"}:
                if event not in {"start_array", "end_array"}:
                    raise ImportFileError(
                        '"posts" in the export is not a list: this is not a Ghost '
                        "export."
                    )
                seen_data = True
            if event != "start_map":
                continue
            match = _ITEM_PREFIX.match(prefix)
            if match and match.group(2) in TABLES + ("posts",):
                record = _build(prefix, events)
                table = match.group(2)
                if not isinstance(record, dict):
                    continue
                if table == "posts":
                    prefixes.add(prefix)
                    kind = record.get("type") or (
                        "page" if record.get("page") else "post"
                    )
                    if kind not in KINDS:
                        skipped[f"type:{kind}"] = skipped.get(f"type:{kind}", 0) + 1
                        continue
                    counts["posts"] += 1
                    post_ids.append(str(record.get("id")))
                    if record.get("author_id"):
                        legacy_authors[str(record["id"])] = str(record["author_id"])
                    self._check_body(record)
                elif table == "posts_meta":
                    tables[table].append(
                        {
                            key: record.get(key)
                            for key in (
                                "post_id",
                                "feature_image_alt",
                                "feature_image_caption",
                            )
                        }
                    )
                else:
                    tables[table].append(record)
            elif _META_PREFIX.match(prefix):
                record = _build(prefix, events)
                if isinstance(record, dict):
                    meta = record
        if not seen_data:
            raise ImportFileError(
                'This is not a Ghost export: no "data" with a "posts" list found.'
            )
        site_url = site_url or str(meta.get("url") or meta.get("site_url") or "")
        self._site_url = site_url.rstrip("/")
        self._posts_prefixes = sorted(prefixes) or ["db.item.data.posts.item"]
        self._relations(tables, legacy_authors)

        inventory = SourceInventory(
            source_name=self.source_name,
            site_url=self._site_url,
            item_count=counts["posts"],
            skipped=skipped,
        )
        wanted = {key for keys in self._post_authors.values() for key in keys}
        for user in tables["users"]:
            key = user.get("slug") or str(user.get("id"))
            if key not in wanted:
                continue  # staff who never wrote a post get no author page
            inventory.authors[key] = ImportedAuthor(
                key=key,
                name=_clean(user.get("name")) or key,
                bio=_clean(user.get("bio")),
                email=_clean(user.get("email")),
                website=_clean(user.get("website")),
                avatar_url=self._url(user.get("profile_image")),
            )
        for tag_key in {keys[0] for keys in self._post_categories.values() if keys}:
            tag = self._tags[tag_key]
            inventory.categories[tag_key] = ImportedCategory(
                key=tag_key,
                name=tag["name"],
                description=_clean(tag.get("description")),
            )
        internal = sum(1 for tag in tables["tags"] if _is_internal(tag))
        if internal:
            inventory.skipped["internal_tag"] = internal
        self.inventory = inventory
        return inventory

    def items(self) -> Iterator[ImportedItem]:
        if self.inventory is None:
            self.scan()
        for prefix in self._posts_prefixes:
            with self._open() as handle:
                for post in ijson.items(handle, prefix, use_float=True):
                    if not isinstance(post, dict):
                        continue
                    kind = post.get("type") or ("page" if post.get("page") else "post")
                    if kind in KINDS:
                        yield self._item(post, KINDS[kind])

    # --- helpers -------------------------------------------------------------

    def _check_body(self, post):
        """Editor documents must be readable when they are the only body."""
        if post.get("html") is None:
            try:
                self._body(post)
            except EditorDocumentError as error:
                raise ImportFileError(
                    f"Post {post.get('id')} ({post.get('slug')!r}) has no html and "
                    f"its editor document cannot be read: {error}."
                ) from error

    def _relations(self, tables, legacy_authors):
        users = {
            str(u.get("id")): u.get("slug") or str(u.get("id")) for u in tables["users"]
        }
        self._tags = {}
        tag_by_id = {}
        for tag in tables["tags"]:
            if _is_internal(tag) or not tag.get("name"):
                continue
            key = tag.get("slug") or str(tag.get("id"))
            self._tags[key] = {
                "name": _clean(tag["name"]),
                "description": tag.get("description"),
            }
            tag_by_id[str(tag.get("id"))] = key

        def ordered(rows, column, lookup):
            result = {}
            for row in sorted(rows, key=lambda r: r.get("sort_order") or 0):
                target = lookup.get(str(row.get(column)))
                if target:
                    keys = result.setdefault(str(row.get("post_id")), [])
                    if target not in keys:
                        keys.append(target)
            return result

        self._post_authors = ordered(tables["posts_authors"], "author_id", users)
        for post_id, user_id in legacy_authors.items():
            if post_id not in self._post_authors and user_id in users:
                self._post_authors[post_id] = [users[user_id]]
        self._post_categories = ordered(tables["posts_tags"], "tag_id", tag_by_id)
        self._post_meta = {
            str(row.get("post_id")): row
            for row in tables["posts_meta"]
            if row.get("post_id")
        }

    def _url(self, value) -> str:
        """Replace Ghost's ``__GHOST_URL__``; without a site address, Ghost's own
        files become paths relative to ``--media-dir`` (content/images/…)."""
        value = _clean(value)
        if not value.startswith(PLACEHOLDER):
            return value
        rest = value[len(PLACEHOLDER) :]
        if self._site_url:
            return self._site_url + rest
        return rest.lstrip("/")

    def _replace_placeholders(self, markup: str) -> str:
        if self._site_url:
            return markup.replace(PLACEHOLDER, self._site_url)
        markup = markup.replace(PLACEHOLDER + "/content/", "content/")
        return markup.replace(PLACEHOLDER, "")

    def _body(self, post) -> str:
        if post.get("html") is not None:
            return post["html"] or ""
        if post.get("lexical"):
            return lexical_to_html(post["lexical"])
        if post.get("mobiledoc"):
            return mobiledoc_to_html(post["mobiledoc"])
        return ""

    def _item(self, post, kind) -> ImportedItem:
        post_id = str(post.get("id"))
        status = STATUSES.get(post.get("status"), ItemStatus.DRAFT)
        visibility = post.get("visibility") or "public"
        if visibility != "public" and status in {ItemStatus.PUBLISH, ItemStatus.FUTURE}:
            # Members-only or paid: no paywall here, so never public by import.
            status = ItemStatus.PRIVATE
        slug = _clean(post.get("slug")) or post_id
        body = normalise(self._replace_placeholders(self._body(post)), self._site_url)
        meta = self._post_meta.get(post_id, {})
        featured = None
        if post.get("feature_image"):
            caption = meta.get("feature_image_caption") or post.get(
                "feature_image_caption"
            )
            featured = ImportedImage(
                url=self._url(post["feature_image"]),
                alt_text=_clean(
                    meta.get("feature_image_alt") or post.get("feature_image_alt")
                ),
                caption=html_to_text(caption or ""),
            )
        categories = self._post_categories.get(post_id, [])
        published = parse_date(post.get("published_at") or "")
        old_path = f"/{slug}/"
        return ImportedItem(
            source_id=post_id,
            kind=kind,
            title=_clean(post.get("title")) or slug,
            slug=slug,
            status=status,
            body_html=body,
            excerpt=_clean(post.get("custom_excerpt")),
            published_at=published,
            modified_at=parse_date(post.get("updated_at") or ""),
            author_keys=list(self._post_authors.get(post_id, [])),
            category_keys=categories[:1] if kind == ItemKind.ARTICLE else [],
            tags=[self._tags[key]["name"] for key in categories],
            featured_image=featured,
            old_urls=[self._site_url + old_path if self._site_url else old_path],
            canonical_url=_clean(post.get("canonical_url")),
        )


def _build(prefix, events):
    """Build the object that starts at ``prefix`` from the following events."""
    builder = ijson.ObjectBuilder()
    builder.event("start_map", None)
    depth = 1
    for _, event, value in events:
        if event in {"start_map", "start_array"}:
            depth += 1
        elif event in {"end_map", "end_array"}:
            depth -= 1
        builder.event(event, value)
        if depth == 0:
            return builder.value
    return builder.value


def _clean(value) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _is_internal(tag) -> bool:
    return tag.get("visibility") == "internal" or str(tag.get("name", "")).startswith(
        "#"
    )
