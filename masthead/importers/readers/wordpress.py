"""WordPress export files (WXR 1.0, 1.1 and 1.2: Tools → Export → All content).

A WXR file is RSS 2.0 with WordPress's own elements (``wp:``, ``excerpt:``).
Everything lives under ``<channel>``: the authors, categories and tags first, then
one ``<item>`` per post, page, attachment, menu item, revision… with its comments
and post meta. The file is read with defusedxml's ``iterparse``, one channel
child at a time, each element dropped once read, so memory stays bounded
whatever the size of the archive.

``scan()`` reads the whole file (well-formed, safe, really a WXR) and keeps what
items need from elsewhere in the file: authors, categories and attachments
(which may come after the posts that use them). ``items()`` then reads the file
again and yields the posts and pages.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError, TreeBuilder

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser, iterparse
from django.utils.text import slugify

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.base import SourceReader
from masthead.importers.readers.php_serialized import PHPSerializedError, loads
from masthead.importers.readers.wordpress_content import convert_body, plain_text
from masthead.importers.records import (
    ImportedAuthor,
    ImportedCategory,
    ImportedImage,
    ImportedItem,
    ItemKind,
    ItemStatus,
    SourceInventory,
)

# Both spellings occur in real exports (sites that rewrote http → https in the
# whole database rewrote the namespace too).
_WP_NS = re.compile(r"^https?://wordpress\.org/export/(1\.\d+)/$")
_EXCERPT_NS = re.compile(r"^https?://wordpress\.org/export/1\.\d+/excerpt/$")
_OTHER_NS = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}

_STATUSES = {
    "publish": ItemStatus.PUBLISH,
    "draft": ItemStatus.DRAFT,
    "pending": ItemStatus.PENDING,
    "private": ItemStatus.PRIVATE,
    "future": ItemStatus.FUTURE,
}
_KINDS = {"post": ItemKind.ARTICLE, "page": ItemKind.PAGE}
_NO_DATE = re.compile(r"^0000-00-00")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


class _WXRParser(DefusedXMLParser):
    """defusedxml's parser, refusing external DTDs too.

    Entity declarations (billion laughs, external entities) and external
    references are refused by defusedxml itself. A DOCTYPE that points outside
    the file is refused here; an internal one (no entities) is harmless.
    """

    def __init__(self):
        super().__init__(
            target=TreeBuilder(),
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        )

    def defused_start_doctype_decl(self, name, sysid, pubid, has_internal_subset):
        if sysid or pubid:
            raise DTDForbidden(name, sysid, pubid)


class _Names:
    """Clark names ("{uri}local") → short ones ("wp:post_id"), whatever the WXR
    version or namespace spelling."""

    def __init__(self):
        self.cache: dict[str, str] = {}
        self.wxr_namespace_seen = False

    def __call__(self, tag: str) -> str:
        name = self.cache.get(tag)
        if name is None:
            name = tag
            if tag.startswith("{"):
                uri, local = tag[1:].split("}", 1)
                if _WP_NS.match(uri):
                    name = f"wp:{local}"
                elif _EXCERPT_NS.match(uri):
                    name = f"excerpt:{local}"
                elif uri in _OTHER_NS:
                    name = f"{_OTHER_NS[uri]}:{local}"
            self.cache[tag] = name
        if name.startswith("wp:"):
            self.wxr_namespace_seen = True
        return name


@dataclasses.dataclass(slots=True)
class _Entry:
    """One <item>, read into plain values."""

    fields: dict[str, str]
    categories: list[tuple[str, str, str]]  # (domain, nicename, text)
    meta: dict[str, str]
    comments: int

    def get(self, name: str) -> str:
        return self.fields.get(name, "")


def _text(elem) -> str:
    return (elem.text or "").strip()


def _read_entry(elem, names: _Names) -> _Entry:
    fields: dict[str, str] = {}
    categories = []
    meta: dict[str, str] = {}
    comments = 0
    for child in elem:
        name = names(child.tag)
        if name == "category":
            categories.append(
                (
                    child.get("domain", ""),
                    (child.get("nicename") or "").strip(),
                    _INVISIBLE.sub("", child.text or "").strip(),
                )
            )
        elif name == "wp:postmeta":
            key = value = ""
            for part in child:
                part_name = names(part.tag)
                if part_name == "wp:meta_key":
                    key = _text(part)
                elif part_name == "wp:meta_value":
                    value = part.text or ""
            if key:
                meta[key] = value
        elif name == "wp:comment":
            comments += 1
        elif name in ("content:encoded", "excerpt:encoded"):
            fields[name] = child.text or ""
        else:
            fields[name] = _text(child)
    return _Entry(fields, categories, meta, comments)


def _date(value: str) -> datetime.datetime | None:
    """A WordPress "YYYY-MM-DD HH:MM:SS" as an aware UTC datetime."""
    if not value or _NO_DATE.match(value):
        return None
    value = value.strip()
    if not _DATE.match(value):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:  # a well-shaped but impossible date (2023-02-30)
        return None
    return parsed.replace(tzinfo=datetime.UTC)


def _gmt_or_local(entry: _Entry, field: str) -> datetime.datetime | None:
    # Drafts have a zero GMT date; their local date is then the best there is,
    # read as UTC (the site's time zone is not in the export).
    return _date(entry.get(f"wp:{field}_gmt")) or _date(entry.get(f"wp:{field}"))


def _importable(entry: _Entry):
    """(kind, status, "") for a post or page to import, else a reason to skip
    it, as counted in the inventory: the post type, or the status."""
    post_type = entry.get("wp:post_type") or "post"
    kind = _KINDS.get(post_type)
    if kind is None:
        return None, None, post_type
    status = entry.get("wp:status")
    if status not in _STATUSES:
        return None, None, status or "no status"
    if not (entry.get("wp:post_id") or entry.get("guid")):
        return None, None, "no post id"
    return kind, _STATUSES[status], ""


def _clean(value: str) -> str:
    return plain_text(_INVISIBLE.sub("", value or ""))


def _attachment_credit(meta: dict[str, str]) -> str:
    """The photographer: the Media Credit plugin's field, else the IPTC credit or
    copyright WordPress copied from the file into ``_wp_attachment_metadata``."""
    credit = _clean(meta.get("_media_credit", ""))
    if credit:
        return credit
    raw = meta.get("_wp_attachment_metadata", "")
    if not raw.strip():
        return ""
    try:
        data = loads(raw)
    except PHPSerializedError:
        return ""  # damaged meta: the image still imports, without a credit
    image_meta = data.get("image_meta") if isinstance(data, dict) else None
    if not isinstance(image_meta, dict):
        return ""
    for key in ("credit", "copyright"):
        value = image_meta.get(key)
        if isinstance(value, str) and value.strip():
            return _clean(value)
    return ""


class WordPressReader(SourceReader):
    source_name = "wordpress"

    def __init__(self, path, **options):
        super().__init__(path, **options)
        self.wxr_version = ""
        # Attachment post id → image; parent post id → its attachments' ids.
        self.attachments: dict[str, ImportedImage] = {}
        self.children: dict[str, list[str]] = {}
        self._term_ids: dict[str, str] = {}  # category term id → nicename

    # -- reading ---------------------------------------------------------------

    def _channel_children(self, names: _Names) -> Iterator[tuple[str, object]]:
        """Yield (short name, element) for each child of <channel>, then drop it."""
        parser = _WXRParser()
        # Open elements, outermost first. The parser reads ahead, so the element
        # that just ended is not necessarily the last child of its parent.
        stack = []
        channel = None
        try:
            with self.path.open("rb") as handle:
                for event, elem in iterparse(
                    handle, events=("start", "end"), parser=parser
                ):
                    if event == "start":
                        if not stack:
                            if names(elem.tag) != "rss":
                                raise self._not_wxr(f"its root element is <{elem.tag}>")
                        elif len(stack) == 1 and names(elem.tag) == "channel":
                            channel = elem
                        stack.append(elem)
                        continue
                    stack.pop()
                    if len(stack) == 2 and stack[-1] is channel:
                        yield names(elem.tag), elem
                        channel.remove(elem)
                    elif len(stack) == 1:
                        stack[0].remove(elem)
        except ParseError as error:
            line, column = error.position
            reason = str(error).split(":", 1)[0]
            raise ImportFileError(
                f"The XML is broken here ({reason}). Is the file a complete "
                "WordPress export?",
                line=line,
                column=column + 1,  # expat counts columns from 0
            ) from None
        except LookupError as error:  # <?xml encoding="…"?> names no known codec
            raise ImportFileError(
                f"The file declares a character encoding Python does not know "
                f"({error}); WordPress exports are UTF-8."
            ) from None
        except EntitiesForbidden as error:
            what = (
                f"an external entity ({error.sysid})"
                if error.sysid or error.pubid
                else "entities (the “billion laughs” attack is made of them)"
            )
            raise self._unsafe(parser, f"The file declares {what}") from None
        except DTDForbidden as error:
            raise self._unsafe(
                parser,
                f"The file refers to an external DTD ({error.sysid or error.pubid})",
            ) from None
        except ExternalReferenceForbidden as error:
            raise self._unsafe(
                parser, f"The file refers to an external resource ({error.sysid})"
            ) from None
        except OSError as error:
            raise ImportFileError(
                f"Cannot read {self.path}: {error.strerror}"
            ) from None
        if channel is None:
            raise self._not_wxr("it has no <channel>")
        if not names.wxr_namespace_seen:
            raise self._not_wxr(
                "it has no WordPress (wp:) elements; "
                "an RSS feed imports with import_feed"
            )

    def _not_wxr(self, why: str) -> ImportFileError:
        return ImportFileError(
            f"This is not a WordPress export (WXR) file: {why}. In WordPress, use "
            "Tools → Export → All content."
        )

    def _unsafe(self, parser, message: str) -> ImportFileError:
        expat = parser.parser
        return ImportFileError(
            f"{message}, which a WordPress export never does; refused for safety.",
            line=expat.CurrentLineNumber,
            column=expat.CurrentColumnNumber + 1,
        )

    # -- scan ------------------------------------------------------------------

    def scan(self) -> SourceInventory:
        inventory = SourceInventory(source_name=self.source_name)
        self.attachments, self.children, self._term_ids = {}, {}, {}
        skipped: dict[str, int] = {}
        names = _Names()
        site = {}

        def skip(what, count=1):
            skipped[what] = skipped.get(what, 0) + count

        for name, elem in self._channel_children(names):
            if name == "item":
                entry = _read_entry(elem, names)
                if entry.comments:
                    skip("comment", entry.comments)
                self._scan_item(entry, inventory, skip)
            elif name == "wp:author":
                self._scan_author(elem, names, inventory)
            elif name == "wp:category":
                self._scan_category(elem, names, inventory)
            elif name in (
                "wp:wxr_version",
                "wp:base_blog_url",
                "wp:base_site_url",
                "link",
            ):
                site[name] = _text(elem)
        self.wxr_version = site.get("wp:wxr_version", "")
        inventory.site_url = (
            site.get("wp:base_blog_url")
            or site.get("link")
            or site.get("wp:base_site_url", "")
        )
        inventory.skipped = skipped
        self.inventory = inventory
        return inventory

    def _scan_author(self, elem, names, inventory):
        fields = {names(child.tag): _clean(child.text or "") for child in elem}
        login = fields.get("wp:author_login", "")
        if not login:
            return
        full_name = " ".join(
            part
            for part in (
                fields.get("wp:author_first_name"),
                fields.get("wp:author_last_name"),
            )
            if part
        )
        display = fields.get("wp:author_display_name", "")
        # WordPress defaults the display name to the login; a real name is better.
        name = (
            display if display and display != login else (full_name or display or login)
        )
        inventory.authors[login] = ImportedAuthor(
            key=login, name=name, email=fields.get("wp:author_email", "")
        )

    def _scan_category(self, elem, names, inventory):
        fields = {names(child.tag): child.text or "" for child in elem}
        nicename = unquote(fields.get("wp:category_nicename", "").strip())
        if not nicename:
            return
        inventory.categories[nicename] = ImportedCategory(
            key=nicename,
            name=_clean(fields.get("wp:cat_name", "")) or nicename,
            parent_key=unquote(fields.get("wp:category_parent", "").strip()),
            description=_clean(fields.get("wp:category_description", "")),
        )
        term_id = fields.get("wp:term_id", "").strip()
        if term_id:
            self._term_ids[term_id] = nicename

    def _scan_item(self, entry: _Entry, inventory: SourceInventory, skip):
        if entry.get("wp:post_type") == "attachment":
            skip("attachment")
            post_id = entry.get("wp:post_id")
            url = entry.get("wp:attachment_url") or entry.get("guid")
            if post_id and url:
                self.attachments[post_id] = ImportedImage(
                    url=url,
                    alt_text=_clean(entry.meta.get("_wp_attachment_image_alt", "")),
                    caption=_clean(entry.get("excerpt:encoded")),
                    credit=_attachment_credit(entry.meta),
                    title=_clean(entry.get("title")),
                )
                parent = entry.get("wp:post_parent")
                if parent and parent != "0":
                    self.children.setdefault(parent, []).append(post_id)
            return
        kind, status, reason = _importable(entry)
        if reason:
            skip(reason)
            return
        inventory.item_count += 1
        # Authors the header did not list: WXR 1.0 has no author list at all, and
        # Co-Authors Plus guest authors are only named on their posts.
        for key, name in self._author_refs(entry, inventory):
            if key not in inventory.authors:
                inventory.authors[key] = ImportedAuthor(key=key, name=name or key)
        for domain, nicename, text in entry.categories:
            if domain == "category" and nicename:
                key = unquote(nicename)
                if key not in inventory.categories:
                    inventory.categories[key] = ImportedCategory(
                        key=key, name=text or key
                    )

    # -- items -----------------------------------------------------------------

    def _author_refs(self, entry: _Entry, inventory: SourceInventory):
        """(login, name) in byline order: dc:creator, then Co-Authors Plus."""
        refs = []
        creator = _clean(entry.get("dc:creator"))
        if creator:
            refs.append((creator, creator))
        for domain, nicename, text in entry.categories:
            if domain != "author":
                continue
            # Co-Authors Plus terms: slug "cap-<user_nicename>", name = the login.
            slug = nicename[4:] if nicename.startswith("cap-") else nicename
            key = text if text in inventory.authors else slug or text
            if key:
                refs.append((key, text))
        seen = set()
        return [ref for ref in refs if not (ref[0] in seen or seen.add(ref[0]))]

    def items(self) -> Iterator[ImportedItem]:
        inventory = self.inventory or self.scan()
        names = _Names()
        for name, elem in self._channel_children(names):
            if name != "item":
                continue
            entry = _read_entry(elem, names)
            kind, status, reason = _importable(entry)
            if reason:
                continue
            yield self._item(entry, kind, status, inventory)

    def _item(self, entry, kind, status, inventory) -> ImportedItem:
        post_id = entry.get("wp:post_id") or entry.get("guid")
        title = _clean(entry.get("title"))
        slug = unquote(entry.get("wp:post_name"))
        slug = slugify(slug, allow_unicode=True) or slugify(title, allow_unicode=True)
        categories, tags = [], []
        for domain, nicename, text in entry.categories:
            if domain == "category" and nicename:
                key = unquote(nicename)
                if key not in categories:
                    categories.append(key)
            elif domain in ("post_tag", "tag") and text and text not in tags:
                tags.append(text)  # "tag" in WXR 1.0, "post_tag" since
        primary = self._term_ids.get(
            entry.meta.get("_yoast_wpseo_primary_category", "")
        )
        if primary in categories:
            categories.remove(primary)
            categories.insert(0, primary)
        featured = self.attachments.get(entry.meta.get("_thumbnail_id", "").strip())
        return ImportedItem(
            source_id=post_id,
            kind=kind,
            title=title,
            slug=slug or f"{kind.value}-{post_id}",
            status=status,
            body_html=convert_body(
                entry.get("content:encoded"),
                attachments=self.attachments,
                children=self.children,
                post_id=post_id,
            ),
            excerpt=_clean(entry.get("excerpt:encoded")),
            published_at=_gmt_or_local(entry, "post_date"),
            modified_at=_gmt_or_local(entry, "post_modified"),
            author_keys=[key for key, _name in self._author_refs(entry, inventory)],
            category_keys=categories,
            tags=tags,
            featured_image=dataclasses.replace(featured) if featured else None,
            old_urls=self._old_urls(entry, kind, post_id),
        )

    def _old_urls(self, entry, kind, post_id) -> list[str]:
        urls = []
        link = entry.get("link")
        if re.match(r"^https?://", link):
            urls.append(link)
        if post_id.isdigit():
            short = f"/?{'page_id' if kind == ItemKind.PAGE else 'p'}={post_id}"
            parts = urlsplit(link)
            # A draft's link already is the short form.
            if f"{parts.path or '/'}?{parts.query}" != short:
                urls.append(short)
        return urls
