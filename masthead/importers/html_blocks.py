"""Imported body HTML (the ``records`` convention) → ``ArticleBodyBlock`` blocks.

Everything here comes from an untrusted file. Paragraphs and lists keep only
the inline markup ``PARAGRAPH_FEATURES`` allows, cleaned by nh3 and written the
way Wagtail's rich text stores it (``<b>``, ``<i>``, ``<a href>``, ``<br/>``);
every other block keeps plain text only. Scripts, styles, frames and event
handlers never survive. Text is otherwise left alone: 4-byte characters, RTL
text, no-break and zero-width spaces round-trip.

Photos come out as ``ImportedImage`` placeholders in the block value: the
pipeline fetches them and ``to_raw_stream`` swaps in the image ids.
"""

from __future__ import annotations

import re
import uuid
from urllib.parse import urlsplit

import nh3
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Declaration, Doctype, ProcessingInstruction

from masthead.importers.records import ImportedImage

INLINE_TAGS = {"a", "b", "i", "sup", "sub", "s", "br"}
LIST_TAGS = {"ul", "ol", "li"}
# Dropped with everything inside them, wherever they are.
DROPPED_TAGS = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "noscript",
    "template",
    "svg",
    "math",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "canvas",
    "video",
    "audio",
}
# Wagtail's own spelling of the inline styles.
RENAMED_TAGS = {"strong": "b", "em": "i", "del": "s", "strike": "s"}
# Containers whose children are laid out as blocks of their own.
CONTAINER_TAGS = {
    "html",
    "body",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "center",
    "address",
    "details",
    "summary",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "dl",
    "dt",
    "dd",
    "fieldset",
    "hgroup",
    "picture",
}
BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "figure",
    "img",
    "pre",
    "hr",
    *CONTAINER_TAGS,
}
LINK_SCHEMES = {"http", "https", "mailto"}
# HTML's own whitespace: collapsed in plain-text blocks. No-break and zero-width
# spaces are characters the writer chose, and stay.
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
HTML_SPACE_CHARS = " \t\n\r\f"
# What makes a paragraph "empty": WordPress leaves <p>&nbsp;</p> spacers.
INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")


def _clean(html, tags):
    return nh3.clean(
        html,
        tags=tags,
        attributes={"a": {"href"}},
        # Only a link's href: not even the title and lang nh3 allows everywhere.
        attribute_filter=_only_href,
        url_schemes=LINK_SCHEMES,
        link_rel=None,
        strip_comments=True,
        clean_content_tags=DROPPED_TAGS & {"script", "style", "iframe", "noscript"},
    )


def _only_href(tag, attribute, value):
    return value if tag == "a" and attribute == "href" else None


def _is_safe_href(href):
    href = (href or "").strip()
    if not href:
        return False
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return False
    return scheme in LINK_SCHEMES or (not scheme and not href.startswith("//"))


def _has_text(html):
    text = re.sub(r"<[^>]*>", "", html)
    text = text.replace("&nbsp;", "").replace("&#160;", "")
    return bool(INVISIBLE.sub("", text))


def plain_text(node):
    """A node's text with HTML whitespace collapsed (other spaces kept)."""
    text = node.get_text() if isinstance(node, Tag) else str(node)
    return HTML_SPACE.sub(" ", text).strip(HTML_SPACE_CHARS)


def _multiline_text(node):
    """Text of a quote: one line per paragraph, blank line between them."""
    parts = []
    current = []
    for child in node.descendants:
        if isinstance(child, NavigableString) and not isinstance(
            child, (Comment, Declaration, Doctype, ProcessingInstruction)
        ):
            current.append(str(child))
        elif isinstance(child, Tag) and child.name in {"p", "br", "li", "div"}:
            parts.append("".join(current))
            current = []
    parts.append("".join(current))
    lines = [HTML_SPACE.sub(" ", p).strip(HTML_SPACE_CHARS) for p in parts]
    return "\n\n".join(line for line in lines if line)


def _embed_url(value):
    value = (value or "").strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() in {"http", "https"} and parts.netloc:
        return value
    return ""


class _Builder:
    def __init__(self):
        self.blocks = []
        self.inline = []

    def add(self, kind, value):
        self.flush()
        self.blocks.append((kind, value))

    def flush(self):
        html = "".join(self.inline)
        self.inline = []
        if not html:
            return
        clean = _clean(html, INLINE_TAGS).strip(HTML_SPACE_CHARS)
        clean = _tidy(clean)
        if _has_text(clean):
            self.blocks.append(("paragraph", f"<p>{clean}</p>"))

    def walk(self, parent):
        for node in list(parent.children):
            if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(node, NavigableString):
                # Re-escaped: the soup holds decoded text.
                self.inline.append(
                    str(node)
                    .replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                )
                continue
            self.element(node)

    def element(self, node):
        name = node.name
        if name in DROPPED_TAGS or name == "hr":
            self.flush()
            return
        if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            text = plain_text(node)
            if text:
                self.add("heading", text)
            self._images_inside(node)
        elif name == "p":
            self.flush()
            self.walk(node)
            self.flush()
        elif name in {"ul", "ol"}:
            self.flush()
            clean = _tidy(_clean(str(node), INLINE_TAGS | LIST_TAGS))
            if _has_text(clean):
                self.blocks.append(("paragraph", clean.strip(HTML_SPACE_CHARS)))
            self._images_inside(node)
        elif name == "blockquote":
            self.blockquote(node)
        elif name == "figure":
            self.figure(node)
        elif name == "img":
            self.image(node, caption="")
        elif name == "pre":
            self.flush()
            lines = [line.rstrip() for line in node.get_text().split("\n")]
            html = (
                _tidy("<br/>")
                .join(
                    _clean(
                        line.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;"),
                        set(),
                    )
                    for line in lines
                )
                .strip(HTML_SPACE_CHARS)
            )
            if _has_text(html):
                self.blocks.append(("paragraph", f"<p>{html}</p>"))
        elif name in CONTAINER_TAGS:
            self.flush()
            self.walk(node)
            self.flush()
        elif node.find(list(BLOCK_TAGS | {"img"})):
            # Inline markup wrapped around blocks (<a><img></a>, <span><p>…):
            # the blocks win, the wrapper goes.
            self.walk(node)
        else:
            self.inline.append(str(node))

    def blockquote(self, node):
        classes = node.get("class") or []
        if "pullquote" in classes or "wp-block-pullquote" in classes:
            for cite in node.find_all("cite"):
                cite.decompose()
            text = _multiline_text(node)
            if text:
                self.add("pullquote", text)
            return
        source = ""
        cite = node.find("cite")
        if cite is not None:
            source = plain_text(cite)
            cite.decompose()
        text = _multiline_text(node)
        if text:
            self.add("quote", {"text": text, "source": source})
        elif source:
            self.add("paragraph", f"<p>{_clean(_escape(source), set())}</p>")

    def figure(self, node):
        embed = _embed_url(node.get("data-embed-url"))
        if node.has_attr("data-embed-url"):
            if embed:
                self.add("embed", embed)
            return
        caption_node = node.find("figcaption")
        caption = plain_text(caption_node) if caption_node is not None else ""
        if caption_node is not None:
            caption_node.decompose()
        images = node.find_all("img")
        if not images:
            # A figure of something else (a table, a quote): its content as blocks.
            self.flush()
            self.walk(node)
            self.flush()
            if caption:
                self.add("paragraph", f"<p>{_clean(_escape(caption), set())}</p>")
            return
        for index, img in enumerate(images):
            # A gallery: the caption belongs to the figure, shown once.
            self.image(img, caption=caption if index == 0 else "")

    def image(self, img, caption):
        src = (img.get("src") or "").strip()
        try:
            scheme = urlsplit(src).scheme.lower()
        except ValueError:
            scheme = "x"
        if not src or scheme not in {"", "http", "https"} or src.startswith("//"):
            if src.startswith("//"):
                src = "https:" + src
            else:
                return
        credit = HTML_SPACE.sub(" ", img.get("data-credit") or "").strip(
            HTML_SPACE_CHARS
        )
        self.add(
            "image",
            ImportedImage(
                url=src,
                alt_text=HTML_SPACE.sub(" ", img.get("alt") or "").strip(
                    HTML_SPACE_CHARS
                ),
                caption=caption,
                credit=credit,
                title=HTML_SPACE.sub(" ", img.get("title") or "").strip(
                    HTML_SPACE_CHARS
                ),
            ),
        )

    def _images_inside(self, node):
        for img in node.find_all("img"):
            self.image(img, caption="")


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tidy(html):
    # nh3 writes <br> and &nbsp;; Wagtail's rich text writes <br/>, and a
    # no-break space stays the character the source had.
    return html.replace("<br>", "<br/>").replace("&nbsp;", "\u00a0")


def html_to_blocks(html):
    """Blocks as ``(type, value)`` pairs; image values are ``ImportedImage``."""
    if not html or not html.strip():
        return []
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(list(DROPPED_TAGS)):
        tag.decompose()
    for tag in soup.find_all(list(RENAMED_TAGS)):
        tag.name = RENAMED_TAGS[tag.name]
    for link in soup.find_all("a"):
        if not _is_safe_href(link.get("href")):
            link.unwrap()
    builder = _Builder()
    builder.walk(soup)
    builder.flush()
    return builder.blocks


def images_in(blocks):
    """The photos a body needs, in order."""
    return [value for kind, value in blocks if kind == "image"]


def to_raw_stream(blocks, image_ids):
    """The StreamField's stored form. ``image_ids`` maps a photo's URL to the id
    of the image made from it; a photo that could not be had is left out."""
    raw = []
    for kind, value in blocks:
        if kind == "image":
            image_id = image_ids.get(value.url)
            if image_id is None:
                continue
            value = {
                "image": image_id,
                "caption": value.caption,
                "credit": value.credit,
            }
        raw.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return raw
