"""RSS 2.0 and Atom 1.0 feeds: what hosted platforms (Substack, Medium, Ghost…)
give a magazine that has no other way out.

Parsed with defusedxml, streaming (``iterparse``): a DTD, entity declarations
(billion laughs) and external references are refused before anything is read.
Feeds have no section hierarchy, so categories become tags only.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html import escape
from urllib.parse import unquote, urlsplit

from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml import ElementTree as SafeET
from django.utils.text import slugify

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.base import SourceReader
from masthead.importers.readers.feed_dates import parse_date
from masthead.importers.readers.feed_html import html_to_text, normalise
from masthead.importers.records import (
    ImportedAuthor,
    ImportedImage,
    ImportedItem,
    ItemKind,
    ItemStatus,
    SourceInventory,
)

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
MEDIA = "http://search.yahoo.com/mrss/"
XHTML = "http://www.w3.org/1999/xhtml"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

EXCERPT_LENGTH = 300  # the dek's length
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _text(element) -> str:
    return (element.text or "").strip() if element is not None else ""


def _collapse(text: str) -> str:
    return " ".join((text or "").split())


def shorten(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """Cut plain text at a word boundary, with an ellipsis when cut."""
    text = _collapse(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-–— ")
    return cut + "…"


def author_key(name: str) -> str:
    return (
        slugify(name, allow_unicode=True)
        or hashlib.sha1(name.encode()).hexdigest()[:12]
    )


def parse_rss_author(value: str) -> tuple[str, str]:
    """RSS ``<author>`` is ``email (Name)``; returns (name, email)."""
    value = _collapse(value)
    match = re.fullmatch(r"(\S+@\S+)\s*\((.+)\)", value)
    if match:
        return _collapse(match.group(2)), match.group(1)
    if re.fullmatch(r"\S+@\S+", value):
        return value.split("@", 1)[0], value
    return value, ""


def slug_from_link(link: str) -> str:
    path = unquote(urlsplit(link).path).rstrip("/")
    segment = path.rsplit("/", 1)[-1] if path else ""
    segment = re.sub(r"\.(html?|php)$", "", segment)
    parts = urlsplit(link)
    if parts.netloc.lower().endswith("medium.com") or "source=rss" in parts.query:
        # Medium appends a 12-hex-digit post id to the slug.
        segment = re.sub(r"-[0-9a-f]{12}$", "", segment)
    return slugify(segment, allow_unicode=True)


class FeedReader(SourceReader):
    source_name = "feed"

    # --- parsing -------------------------------------------------------------

    def _events(self):
        """(event, element) pairs; every parser refusal becomes ImportFileError."""
        try:
            with open(self.path, "rb") as handle:
                parser = SafeET.iterparse(
                    handle,
                    events=("start", "end"),
                    forbid_dtd=True,
                    forbid_entities=True,
                    forbid_external=True,
                )
                yield from parser
        except DTDForbidden as error:
            raise ImportFileError(self._explain_dtd(error)) from error
        except EntitiesForbidden as error:
            raise ImportFileError(_entity_message(error)) from error
        except ExternalReferenceForbidden as error:
            raise ImportFileError(
                "The feed refers to an external resource "
                f"({error.sysid or error.pubid!r}); external references are refused."
            ) from error
        except DefusedXmlException as error:
            raise ImportFileError(f"The feed is refused: {error}") from error
        except ET.ParseError as error:
            line, column = error.position
            message = str(error).split(":")[0]
            if message == "no element found":
                message = "the file ends before the feed is complete (truncated?)"
            raise ImportFileError(
                f"Not well-formed XML: {message}.", line=line, column=column + 1
            ) from error
        except OSError as error:
            raise ImportFileError(f"Cannot read the file: {error}") from error

    def _explain_dtd(self, error) -> str:
        """Say what the refused DTD was for: feeds never need one, but "it has a
        DTD" is less useful than "it declares an external entity"."""
        if error.sysid or error.pubid:
            return (
                f"The feed declares an external DTD ({error.sysid or error.pubid}); "
                "DTDs are refused (feeds never need one)."
            )
        try:
            with open(self.path, "rb") as handle:
                # Stops at the first entity declaration, at the top of the file.
                for _ in SafeET.iterparse(handle, forbid_dtd=False):
                    break
        except EntitiesForbidden as entity_error:
            return _entity_message(entity_error)
        except (DefusedXmlException, ET.ParseError, OSError):
            pass
        return (
            "The feed declares a DTD (<!DOCTYPE …>); DTDs are refused (feeds never "
            "need one)."
        )

    def _entries(self) -> Iterator[tuple[str, ET.Element, dict]]:
        """Yields ("rss"|"atom", item element, feed info) for each item, then
        frees it: memory stays bounded whatever the number of items."""
        stack = []
        flavour = None
        info = self._info = {"site_url": "", "title": "", "author": None}
        for event, element in self._events():
            namespace, name = _local(element.tag)
            if event == "start":
                if not stack:
                    if name == "rss" and not namespace:
                        flavour = "rss"
                    elif name == "feed" and namespace == ATOM:
                        flavour = "atom"
                    elif name == "RDF" and namespace == RDF:
                        raise ImportFileError(
                            "This is an RSS 1.0 (RDF) feed; masthead imports RSS "
                            "2.0 and Atom 1.0 feeds."
                        )
                    else:
                        raise ImportFileError(
                            f"This is not an RSS 2.0 or Atom 1.0 feed: the document "
                            f"starts with <{name}>"
                            + (f" in namespace {namespace}" if namespace else "")
                            + ", not <rss> or Atom's <feed>."
                        )
                stack.append(element)
                continue
            stack.pop()
            depth = len(stack)
            is_rss_item = flavour == "rss" and depth == 2 and name == "item"
            is_atom_entry = flavour == "atom" and depth == 1 and name == "entry"
            if (is_rss_item and not namespace) or is_atom_entry:
                yield flavour, element, info
                stack[-1].remove(element)
            elif flavour == "rss" and depth == 2 and not namespace:
                if name == "link" and not info["site_url"]:
                    info["site_url"] = _text(element)
                elif name == "title" and not info["title"]:
                    info["title"] = _text(element)
            elif flavour == "atom" and depth == 1 and namespace == ATOM:
                if name == "link" and element.get("rel", "alternate") == "alternate":
                    info["site_url"] = info["site_url"] or element.get("href", "")
                elif name == "author":
                    info["author"] = self._atom_person(element)
                elif name == "title" and not info["title"]:
                    info["title"] = _text(element)

    # --- the interface -------------------------------------------------------

    def scan(self) -> SourceInventory:
        inventory = SourceInventory(source_name=self.source_name)
        count = 0
        for flavour, element, info in self._entries():
            count += 1
            for author in self._authors(flavour, element, info):
                inventory.authors.setdefault(author.key, author)
        inventory.item_count = count
        inventory.site_url = self._info["site_url"]
        self.inventory = inventory
        return inventory

    def items(self) -> Iterator[ImportedItem]:
        for position, (flavour, element, info) in enumerate(self._entries(), 1):
            if flavour == "rss":
                yield self._rss_item(element, info, position)
            else:
                yield self._atom_item(element, info, position)

    # --- authors -------------------------------------------------------------

    def _atom_person(self, element) -> ImportedAuthor | None:
        name = _collapse(_text(element.find(f"{{{ATOM}}}name")))
        email = _text(element.find(f"{{{ATOM}}}email"))
        uri = _text(element.find(f"{{{ATOM}}}uri"))
        name = name or (email.split("@", 1)[0] if email else "")
        if not name:
            return None
        return ImportedAuthor(key=author_key(name), name=name, email=email, website=uri)

    def _authors(self, flavour, element, info) -> list[ImportedAuthor]:
        authors = []
        if flavour == "atom":
            for person in element.findall(f"{{{ATOM}}}author"):
                author = self._atom_person(person)
                if author:
                    authors.append(author)
            if not authors and info.get("author"):
                authors.append(info["author"])
        else:
            for creator in element.findall(f"{{{DC}}}creator"):
                # Some platforms put several names in one dc:creator.
                for name in re.split(r"\s*(?:,|\band\b|&)\s*", _collapse(creator.text)):
                    if name:
                        authors.append(ImportedAuthor(key=author_key(name), name=name))
            if not authors:
                for node in element.findall("author"):
                    name, email = parse_rss_author(node.text or "")
                    if name:
                        authors.append(
                            ImportedAuthor(key=author_key(name), name=name, email=email)
                        )
        unique = {}
        for author in authors:
            unique.setdefault(author.key, author)
        return list(unique.values())

    # --- items ---------------------------------------------------------------

    def _rss_item(self, element, info, position) -> ImportedItem:
        title = _plain_title(_text(element.find("title")))
        link = _text(element.find("link"))
        guid_node = element.find("guid")
        guid = _text(guid_node)
        encoded = element.find(f"{{{CONTENT}}}encoded")
        description = element.find("description")
        base = link or info.get("site_url", "")
        if encoded is not None and _text(encoded):
            body = normalise(encoded.text, base)
            excerpt = shorten(html_to_text(_text(description)))
        else:
            body = normalise(_text(description), base)
            excerpt = ""
        published = parse_date(_text(element.find("pubDate"))) or parse_date(
            _text(element.find(f"{{{DC}}}date"))
        )
        tags = _unique(_collapse(c.text) for c in element.findall("category"))
        old_urls = [link] if link else []
        if (
            guid
            and guid != link
            and guid.startswith(("http://", "https://"))
            and (guid_node.get("isPermaLink", "true").lower() != "false")
        ):
            old_urls.append(guid)
        body = self._append_audio(element, body)
        title = title or _untitled(body)
        return ImportedItem(
            source_id=guid or link or self._fallback_id(title, published, position),
            kind=ItemKind.ARTICLE,
            title=title,
            slug=self._slug(link, title, position),
            status=ItemStatus.PUBLISH,
            body_html=body,
            excerpt=excerpt,
            published_at=published,
            modified_at=None,
            author_keys=[a.key for a in self._authors("rss", element, info)],
            category_keys=[],
            tags=tags,
            featured_image=self._featured_image(element),
            old_urls=old_urls,
        )

    def _atom_item(self, element, info, position) -> ImportedItem:
        title = _collapse(self._atom_text(element.find(f"{{{ATOM}}}title"), plain=True))
        link = ""
        for node in element.findall(f"{{{ATOM}}}link"):
            if node.get("rel", "alternate") == "alternate" and node.get("href"):
                link = node.get("href")
                break
        entry_id = _text(element.find(f"{{{ATOM}}}id"))
        content = element.find(f"{{{ATOM}}}content")
        summary = element.find(f"{{{ATOM}}}summary")
        base = link or info.get("site_url", "")
        content_html = self._atom_text(content) if content is not None else ""
        summary_html = self._atom_text(summary) if summary is not None else ""
        if content_html.strip():
            body = normalise(content_html, base)
            excerpt = shorten(html_to_text(summary_html))
        else:
            body = normalise(summary_html, base)
            excerpt = ""
        title = title or _untitled(body)
        published = parse_date(_text(element.find(f"{{{ATOM}}}published")))
        updated = parse_date(_text(element.find(f"{{{ATOM}}}updated")))
        tags = _unique(
            _collapse(c.get("label") or c.get("term") or "")
            for c in element.findall(f"{{{ATOM}}}category")
        )
        return ImportedItem(
            source_id=entry_id or link or self._fallback_id(title, published, position),
            kind=ItemKind.ARTICLE,
            title=title,
            slug=self._slug(link, title, position),
            status=ItemStatus.PUBLISH,
            body_html=body,
            excerpt=excerpt,
            published_at=published or updated,
            modified_at=updated,
            author_keys=[a.key for a in self._authors("atom", element, info)],
            category_keys=[],
            tags=tags,
            featured_image=self._featured_image(element),
            old_urls=[link] if link else [],
        )

    def _atom_text(self, element, plain=False) -> str:
        """HTML of an Atom text construct (text, html or xhtml)."""
        if element is None:
            return ""
        kind = element.get("type", "text")
        if kind == "xhtml":
            div = element.find(f"{{{XHTML}}}div")
            markup = _xhtml_to_html(div if div is not None else element)
            return html_to_text(markup) if plain else markup
        if kind in {"html", "text/html"}:
            return html_to_text(element.text or "") if plain else element.text or ""
        text = element.text or ""
        if plain:
            return text
        return "".join(
            f"<p>{escape(part.strip())}</p>"
            for part in re.split(r"\n\s*\n", text)
            if part.strip()
        )

    def _featured_image(self, element) -> ImportedImage | None:
        candidates = []
        for node in element.iter():
            namespace, name = _local(node.tag)
            if namespace == MEDIA and name in {"content", "thumbnail"}:
                url = node.get("url", "")
                medium = node.get("medium", "")
                kind = node.get("type", "")
                if not url:
                    continue
                if (
                    name == "thumbnail"
                    or medium == "image"
                    or kind.startswith("image/")
                    or urlsplit(url).path.lower().endswith(IMAGE_EXTENSIONS)
                ):
                    caption = _text(node.find(f"{{{MEDIA}}}description"))
                    credit = _text(node.find(f"{{{MEDIA}}}credit"))
                    alt = _text(node.find(f"{{{MEDIA}}}title"))
                    # media:content beats a thumbnail.
                    rank = 0 if name == "content" else 1
                    candidates.append((rank, url, alt, caption, credit))
            elif node.get("type", "").startswith("image/"):
                # An image enclosure: RSS <enclosure url> or Atom <link href>.
                if not namespace and name == "enclosure" and node.get("url"):
                    candidates.append((2, node.get("url"), "", "", ""))
                is_link = namespace == ATOM and name == "link"
                if is_link and node.get("rel") == "enclosure" and node.get("href"):
                    candidates.append((2, node.get("href"), "", "", ""))
        if not candidates:
            return None
        _, url, alt, caption, credit = min(candidates, key=lambda c: c[0])
        return ImportedImage(
            url=url, alt_text=alt, caption=html_to_text(caption), credit=credit
        )

    def _append_audio(self, element, body: str) -> str:
        """A podcast episode keeps its audio as a link (masthead has no player)."""
        for enclosure in element.findall("enclosure"):
            url = enclosure.get("url", "")
            if enclosure.get("type", "").startswith("audio/") and url:
                body += f'<p><a href="{escape(url)}">Listen to the audio</a></p>'
        return body

    def _slug(self, link, title, position) -> str:
        slug = (
            (slug_from_link(link) if link else "")
            or slugify(title, allow_unicode=True)
            or f"item-{position}"
        )
        return slug[:200].rstrip("-")  # Wagtail slugs stop at 255

    def _fallback_id(self, title, published, position) -> str:
        seed = f"{title}|{published.isoformat() if published else position}"
        return "sha1:" + hashlib.sha1(seed.encode()).hexdigest()


def _entity_message(error) -> str:
    if error.sysid or error.pubid:
        return (
            f"The feed declares the external entity {error.name!r} "
            f"({error.sysid or error.pubid}); external entities are refused."
        )
    return (
        f"The feed declares the entity {error.name!r}; entity declarations are "
        "refused (they make 'billion laughs' expansion attacks possible)."
    )


def _plain_title(value: str) -> str:
    """RSS titles are plain text, but some feeds put (escaped) HTML in them: only
    a title with a closing tag or an entity is read as HTML, so that "Use <br>
    wisely" keeps its words."""
    if re.search(
        r"</[a-zA-Z][a-zA-Z0-9]*\s*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", value
    ):
        return _collapse(html_to_text(value))
    return _collapse(value)


def _untitled(body: str) -> str:
    """Feeds may omit an item's title (RSS requires a title or a description)."""
    return shorten(html_to_text(body), 80) or "Untitled"


def _unique(values) -> list[str]:
    seen, out = set(), []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def _xhtml_to_html(container) -> str:
    """The children of an XHTML container, namespaces dropped, as HTML."""

    def copy(node):
        clone = ET.Element(
            _local(node.tag)[1], {_local(k)[1]: v for k, v in node.items()}
        )
        clone.text = node.text
        clone.tail = node.tail
        for child in node:
            clone.append(copy(child))
        return clone

    parts = [escape(container.text or "", quote=False)]
    for child in container:
        parts.append(ET.tostring(copy(child), encoding="unicode", method="html"))
    return "".join(parts)
