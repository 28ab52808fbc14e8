"""Rewrites the HTML hosted platforms publish into the records' body convention.

Feeds carry Ghost, Substack and Medium markup as they are; the Ghost and Substack
exports carry the same markup, so the three readers share this module. The HTML
is parsed with the standard library into an ElementTree (no entity expansion, no
network), the platform's cards are rewritten into ``<figure>`` photos and embeds
(``masthead.importers.records``), and the result is serialised. Sanitising is
the pipeline's job: this module only restructures.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
# Nesting beyond this is flattened: rewriting and serialising recurse.
MAX_DEPTH = 100
# Never content: dropped with everything inside.
DROP = {"script", "style", "noscript", "template", "head", "title", "svg", "form"}
BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
}
# Elements that hold flowing text; what the pipeline turns into blocks.
TEXT_BLOCKS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre"}
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


class _TreeBuilder(HTMLParser):
    """A forgiving HTML fragment parser: unclosed tags close at their parent's
    end, stray end tags are ignored, ``<p>`` closes before a block starts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("body")
        self.stack = [self.root]
        self.dropping = 0

    def _append_text(self, text):
        if self.dropping or not text:
            return
        parent = self.stack[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def handle_starttag(self, tag, attrs):
        if self.dropping:
            if tag in DROP:
                self.dropping += 1
            return
        if tag in DROP:
            self.dropping = 1
            return
        if tag in BLOCK or tag == "li":
            for i in range(len(self.stack) - 1, 0, -1):
                open_tag = self.stack[i].tag
                if open_tag == "p" or (tag == "li" and open_tag == "li"):
                    del self.stack[i:]
                    break
                if open_tag in BLOCK or open_tag == "li":
                    break
        if not re.fullmatch(r"[a-z][a-z0-9-]*", tag):
            tag = "span"  # a name no HTML has ("<p\"x>"): kept as plain text
        if len(self.stack) > MAX_DEPTH:
            return  # deeper than any real post: its text joins the parent
        element = ET.SubElement(
            self.stack[-1],
            tag,
            {name: value or "" for name, value in attrs if _safe_attr(name)},
        )
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and not self.dropping and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if self.dropping:
            if tag in DROP:
                self.dropping -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self._append_text(data)


def _safe_attr(name):
    # ElementTree rejects nothing, but a name with odd characters would be written
    # back out verbatim: keep ordinary attribute names only.
    return bool(re.fullmatch(r"[a-zA-Z_:][-a-zA-Z0-9_:.]*", name or ""))


def parse_fragment(markup: str) -> ET.Element:
    """Parse an HTML fragment into a ``<body>`` element."""
    builder = _TreeBuilder()
    builder.feed(markup or "")
    builder.close()
    return builder.root


def serialise(body: ET.Element) -> str:
    parts = [html.escape(body.text or "", quote=False)]
    for child in body:
        parts.append(ET.tostring(child, encoding="unicode", method="html"))
    return "".join(parts).strip()


def classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def has_class(element, *names) -> bool:
    return bool(classes(element) & set(names))


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (for excerpts), whitespace collapsed."""
    return text_of(parse_fragment(markup))


def _find(element, predicate):
    for candidate in element.iter():
        if candidate is not element and predicate(candidate):
            return candidate
    return None


def _find_class(element, name):
    return _find(element, lambda e: name in classes(e))


def _find_tag(element, tag):
    return _find(element, lambda e: e.tag == tag)


def _data_attrs(element) -> dict:
    try:
        value = json.loads(element.get("data-attrs") or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def largest_from_srcset(srcset: str) -> str:
    """The widest candidate of a ``srcset`` (``"a.jpg 424w, b.jpg 848w"``)."""
    best, best_width = "", -1.0
    # URLs may contain commas (Substack's CDN does): split on ", " followed by
    # a URL-looking token.
    for candidate in re.split(r",\s+(?=\S)", srcset.strip()):
        pieces = candidate.strip().split()
        if not pieces:
            continue
        width = 0.0
        if len(pieces) > 1:
            match = re.fullmatch(r"([\d.]+)([wx])", pieces[-1])
            if match:
                width = float(match.group(1)) * (1 if match.group(2) == "w" else 1000)
        if width > best_width:
            best, best_width = pieces[0], width
    return best


def image_source(img, base_url="") -> str:
    """Best URL for an ``<img>``: Substack's original, else the largest
    ``srcset`` candidate, else ``src``; resolved against ``base_url``."""
    attrs = _data_attrs(img)
    src = attrs.get("src") if isinstance(attrs.get("src"), str) else ""
    if not src.startswith(("http://", "https://")):
        src = ""
    if not src and img.get("srcset"):
        src = largest_from_srcset(img.get("srcset"))
    if not src:
        src = img.get("src") or img.get("data-src") or ""
        if src.startswith("data:"):
            src = ""
    return absolute(src, base_url)


def absolute(url: str, base_url: str) -> str:
    url = (url or "").strip()
    if url and base_url and not urlsplit(url).scheme:
        return urljoin(base_url, url)
    return url


def embed_url(src: str) -> str:
    """The page address behind an embed player (what oEmbed understands)."""
    src = (src or "").strip()
    if src.startswith("//"):
        src = "https:" + src
    parts = urlsplit(src)
    host = parts.netloc.lower().removeprefix("www.")
    if host in {"youtube.com", "youtube-nocookie.com"} and parts.path.startswith(
        "/embed/"
    ):
        video = parts.path.removeprefix("/embed/").split("/")[0]
        if video:
            return f"https://www.youtube.com/watch?v={video}"
    if host == "player.vimeo.com" and parts.path.startswith("/video/"):
        video = parts.path.removeprefix("/video/").split("/")[0]
        if video:
            return f"https://vimeo.com/{video}"
    if host == "open.spotify.com" and parts.path.startswith("/embed/"):
        return f"https://open.spotify.com/{parts.path.removeprefix('/embed/')}"
    if host == "cdn.embedly.com":
        # Medium wraps every embed in an Embedly player: the page is its "src".
        inner = parse_qs(parts.query).get("src")
        if inner:
            return embed_url(inner[0])
    if host == "w.soundcloud.com":
        url = parse_qs(parts.query).get("url")
        if url:
            return url[0]
    return src


def _figure(src, alt="", caption=None, credit=""):
    figure = ET.Element("figure")
    attrs = {"src": src, "alt": alt or ""}
    if credit:
        attrs["data-credit"] = credit
    ET.SubElement(figure, "img", attrs)
    if caption is not None and (
        text_of(caption) if not isinstance(caption, str) else caption
    ):
        figcaption = ET.SubElement(figure, "figcaption")
        if isinstance(caption, str):
            figcaption.text = caption
        else:
            _move_content(caption, figcaption)
    return figure


def _figcaption_text(text):
    figcaption = ET.Element("figcaption")
    figcaption.text = text.strip()
    return figcaption


def _embed(url):
    return ET.Element("figure", {"data-embed-url": url})


def _move_content(source, target):
    """Copy ``source``'s text and children into ``target`` (inline content)."""
    target.text = (target.text or "") + (source.text or "")
    for child in list(source):
        target.append(child)


def _paragraph(text=None, children=()):
    p = ET.Element("p")
    p.text = text
    for child in children:
        p.append(child)
    return p


def _link_paragraph(href, label):
    p = ET.Element("p")
    a = ET.SubElement(p, "a", {"href": href})
    a.text = label or href
    return p


class Normaliser:
    """Rewrites one body. ``base_url`` resolves relative links and images."""

    def __init__(self, base_url=""):
        self.base_url = base_url or ""

    def __call__(self, markup: str) -> str:
        body = parse_fragment(markup)
        self.rewrite_children(body)
        return serialise(_wrap_loose(body))

    def rewrite_children(self, parent):
        index = 0
        while index < len(parent):
            child = parent[index]
            replacement = self.rewrite(child)
            if replacement is None:
                index += 1
                continue
            _replace(parent, index, replacement)
            index += len(replacement)

    def rewrite(self, element):
        """Return None to keep ``element`` (its children rewritten), or the list
        of elements that replace it."""
        tag = element.tag
        cls = classes(element)
        if cls & {
            "subscription-widget-wrap",
            "subscription-widget",
            "subscription-widget-wrap-editor",
            "button-wrapper",
            "captioned-button-wrap",
            "share-dialog",
            "kg-signup-card",
            "kg-cta-card",
            "paywall-jump",
        }:
            return []
        if tag == "img":
            return self.bare_image(element)
        if "pullquote" in cls or (tag == "blockquote" and "kg-blockquote-alt" in cls):
            # Substack's pull quote div, Ghost's alternative quote style.
            self.rewrite_children(element)
            quote = ET.Element("blockquote", {"class": "pullquote"})
            blocks = self.unwrap_block(element)
            for block in blocks:
                quote.append(block)
            return [quote] if blocks else []
        if "image-gallery-embed" in cls:
            return self.substack_gallery(element)
        if "native-audio-embed" in cls or "native-video-embed" in cls:
            url = _data_attrs(element).get("url") or _data_attrs(element).get("src")
            if isinstance(url, str) and url.startswith(("http://", "https://")):
                label = "Listen to the audio" if "audio" in " ".join(cls) else "Watch"
                return [_link_paragraph(url, label)]
            return []
        if tag == "iframe":
            url = embed_url(element.get("src") or "")
            return [_embed(url)] if url.startswith(("http://", "https://")) else []
        if "footnote-anchor" in cls:
            sup = ET.Element("sup")
            sup.text = text_of(element)
            return [sup]
        if "footnote" in cls and tag == "div":
            return self.footnote(element)
        if "kg-card" in cls or any(
            c.startswith("kg-") and c.endswith("-card") for c in cls
        ):
            return self.ghost_card(element, cls)
        if tag == "figure" or "captioned-image-container" in cls:
            return self.figure(element)
        if cls & {"youtube-wrap", "vimeo-wrap"}:
            attrs = _data_attrs(element)
            video = attrs.get("videoId") or attrs.get("video_id")
            if video and "youtube-wrap" in cls:
                return [_embed(f"https://www.youtube.com/watch?v={video}")]
            if video:
                return [_embed(f"https://vimeo.com/{video}")]
            iframe = _find_tag(element, "iframe")
            return [_embed(embed_url(iframe.get("src")))] if iframe is not None else []
        if cls & {"tweet", "embedded-post-wrap", "embedded-post", "spotify-wrap"}:
            url = _data_attrs(element).get("url")
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                link = _find(element, lambda e: e.tag == "a" and e.get("href"))
                url = link.get("href") if link is not None else ""
            return [_embed(url)] if url.startswith(("http://", "https://")) else []
        if tag == "blockquote" and cls & {"twitter-tweet", "instagram-media"}:
            links = [e.get("href") for e in element.iter("a") if e.get("href")]
            return [_embed(links[-1])] if links else None
        if "image-link" in cls:
            img = _find_tag(element, "img")
            return self.bare_image(img) if img is not None else []
        if tag in {"div", "section", "article", "header", "footer", "aside", "main"}:
            return self.unwrap_block(element)
        if tag == "picture":
            img = _find_tag(element, "img")
            return self.bare_image(img) if img is not None else []
        if tag == "a" and element.get("href"):
            element.set("href", absolute(element.get("href"), self.base_url))
        if tag == "h1":
            element.tag = "h2"
        self.rewrite_children(element)
        if tag == "p" and any(child.tag == "figure" for child in element):
            return _split_around_figures(element)
        return None

    def bare_image(self, img):
        src = image_source(img, self.base_url)
        if not src or _tracking_pixel(img):
            return []
        return [_figure(src, img.get("alt") or "", None, img.get("data-credit") or "")]

    def figure(self, element):
        if element.get("data-embed-url") is not None:
            return [_embed(element.get("data-embed-url"))]
        iframe = _find_tag(element, "iframe")
        caption = _find_tag(element, "figcaption")
        if iframe is not None:
            url = embed_url(iframe.get("src") or "")
            out = [_embed(url)] if url.startswith(("http://", "https://")) else []
            if caption is not None and text_of(caption):
                out.append(_paragraph(children=[_wrap_inline(caption, "em")]))
            return out
        images = [img for img in element.iter("img") if not _tracking_pixel(img)]
        if not images:
            # A figure with no photo (a quote, a code sample): keep its text.
            return self.unwrap_block(element)
        out = []
        for position, img in enumerate(images):
            src = image_source(img, self.base_url)
            if not src:
                continue
            last = position == len(images) - 1
            out.append(
                _figure(
                    src,
                    img.get("alt") or "",
                    caption if last else None,
                    img.get("data-credit") or "",
                )
            )
        return out

    def substack_gallery(self, element):
        gallery = _data_attrs(element).get("gallery")
        images = gallery.get("images") if isinstance(gallery, dict) else None
        if not isinstance(images, list):
            return self.unwrap_block(element)
        out = []
        for image in images:
            src = image.get("src") if isinstance(image, dict) else None
            if isinstance(src, str) and src.startswith(("http://", "https://")):
                out.append(_figure(src, image.get("alt") or ""))
        caption = gallery.get("caption")
        if out and isinstance(caption, str) and caption.strip():
            out[-1].append(_figcaption_text(caption))
        return out

    def footnote(self, element):
        number = _find_class(element, "footnote-number")
        content = _find_class(element, "footnote-content")
        label = text_of(number) if number is not None else ""
        source = content if content is not None else element
        p = ET.Element("p")
        p.text = f"{label}. " if label else ""
        paragraphs = [c for c in source if c.tag == "p"]
        if paragraphs:
            for index, para in enumerate(paragraphs):
                if index:
                    ET.SubElement(p, "br")
                inner = ET.Element("span")
                _move_content(para, inner)
                _append_inline(p, inner)
        else:
            p.text += text_of(source)
        self.rewrite_children(p)
        return [p]

    def ghost_card(self, element, cls):
        if cls & {"kg-image-card", "kg-gallery-card"}:
            return self.figure(element)
        if (
            "kg-embed-card" in cls
            or "kg-video-card" in cls
            and _find_tag(element, "iframe") is not None
        ):
            return self.figure(element)
        if "kg-bookmark-card" in cls:
            link = _find(element, lambda e: e.tag == "a" and e.get("href"))
            if link is None:
                return []
            title = _find_class(element, "kg-bookmark-title")
            label = text_of(title) if title is not None else ""
            href = absolute(link.get("href"), self.base_url)
            out = [_link_paragraph(href, label or href)]
            description = _find_class(element, "kg-bookmark-description")
            if description is not None and text_of(description):
                out.append(_paragraph(text_of(description)))
            return out
        if "kg-callout-card" in cls:
            emoji = _find_class(element, "kg-callout-emoji")
            text = _find_class(element, "kg-callout-text")
            p = ET.Element("p")
            prefix = (
                text_of(emoji) + " " if emoji is not None and text_of(emoji) else ""
            )
            p.text = prefix
            if text is not None:
                inner = ET.Element("span")
                _move_content(text, inner)
                _append_inline(p, inner)
            self.rewrite_children(p)
            return [p]
        if "kg-toggle-card" in cls:
            heading = _find_class(element, "kg-toggle-heading-text")
            content = _find_class(element, "kg-toggle-content")
            out = []
            if heading is not None and text_of(heading):
                h = ET.Element("h3")
                h.text = text_of(heading)
                out.append(h)
            if content is not None:
                out.extend(self.unwrap_block(content))
            return out
        if "kg-button-card" in cls:
            link = _find(element, lambda e: e.tag == "a" and e.get("href"))
            if link is None:
                return []
            return [
                _link_paragraph(
                    absolute(link.get("href"), self.base_url), text_of(link)
                )
            ]
        if cls & {"kg-audio-card", "kg-video-card", "kg-file-card"}:
            media = _find(
                element,
                lambda e: (
                    e.tag in {"audio", "video", "a"} and (e.get("src") or e.get("href"))
                ),
            )
            if media is None:
                return []
            href = absolute(media.get("src") or media.get("href"), self.base_url)
            title = _find(
                element, lambda e: any(c.endswith("-title") for c in classes(e))
            )
            label = text_of(title) if title is not None else ""
            return [_link_paragraph(href, label or href)]
        if element.tag == "figure":
            return self.figure(element)
        if "kg-header-card" in cls:
            out = []
            for part in element.iter():
                if part.tag in {"h2", "h3"} or has_class(
                    part, "kg-header-card-header", "kg-header-card-heading"
                ):
                    h = ET.Element("h2")
                    h.text = text_of(part)
                    out.append(h)
                    break
            sub = _find(
                element,
                lambda e: has_class(
                    e, "kg-header-card-subheader", "kg-header-card-subheading"
                ),
            )
            if sub is not None and text_of(sub):
                out.append(_paragraph(text_of(sub)))
            return out
        return self.unwrap_block(element)

    def unwrap_block(self, element):
        """A wrapper (``div``…): its children if they are blocks, else a paragraph."""
        self.rewrite_children(element)
        has_blocks = any(c.tag in BLOCK or c.tag in {"figure", "li"} for c in element)
        if not has_blocks:
            if not text_of(element) and not len(element):
                return []
            p = ET.Element("p")
            _move_content(element, p)
            return [p]
        out = []
        loose = ET.Element("p")
        loose.text = element.text
        for child in list(element):
            tail, child.tail = child.tail, None
            if child.tag in BLOCK or child.tag == "figure":
                if text_of(loose) or len(loose):
                    out.append(loose)
                loose = ET.Element("p")
                out.append(child)
                loose.text = tail
            else:
                loose.append(child)
                child.tail = tail
        if text_of(loose) or len(loose):
            out.append(loose)
        return out


def _wrap_loose(body):
    """Top-level text and inline markup (a description without ``<p>``) go into
    paragraphs; blank lines between loose text start a new one."""
    if (
        not (body.text or "").strip()
        and all(
            child.tag in BLOCK
            or child.tag == "figure"
            or not (child.tail or "").strip()
            for child in body
        )
        and all(child.tag in BLOCK or child.tag == "figure" for child in body)
    ):
        return body
    wrapped = ET.Element("body")
    current = None

    def add_text(text):
        nonlocal current
        for index, chunk in enumerate(re.split(r"\n\s*\n", text or "")):
            if index and current is not None:
                current = None
            if chunk.strip():
                if current is None:
                    current = ET.SubElement(wrapped, "p")
                if len(current):
                    current[-1].tail = (current[-1].tail or "") + chunk
                else:
                    current.text = (current.text or "") + chunk

    add_text(body.text)
    for child in list(body):
        tail, child.tail = child.tail, None
        if child.tag in BLOCK or child.tag == "figure":
            wrapped.append(child)
            current = None
        else:
            if current is None:
                current = ET.SubElement(wrapped, "p")
            current.append(child)
        add_text(tail)
    for p in wrapped.iter("p"):
        if p.text:
            p.text = p.text.lstrip()
    return wrapped


def _split_around_figures(paragraph):
    """A photo inside a paragraph becomes a figure between two paragraphs."""
    out = []
    current = ET.Element("p")
    current.text = paragraph.text
    for child in list(paragraph):
        tail, child.tail = child.tail, None
        if child.tag == "figure":
            if text_of(current) or len(current):
                out.append(current)
            out.append(child)
            current = ET.Element("p")
            current.text = tail
        else:
            current.append(child)
            child.tail = tail
    if text_of(current) or len(current):
        out.append(current)
    return out


def _wrap_inline(source, tag):
    wrapper = ET.Element(tag)
    _move_content(source, wrapper)
    return wrapper


def _append_inline(target, inner):
    """Append ``inner``'s content (text and children) to the end of ``target``."""
    if len(target):
        last = target[-1]
        last.tail = (last.tail or "") + (inner.text or "")
    else:
        target.text = (target.text or "") + (inner.text or "")
    for child in list(inner):
        target.append(child)


def _replace(parent, index, replacement):
    old = parent[index]
    tail = old.tail
    parent.remove(old)
    for offset, new in enumerate(replacement):
        parent.insert(index + offset, new)
    if tail and tail.strip():
        if replacement:
            last = replacement[-1]
            last.tail = (last.tail or "") + tail
        elif index > 0:
            prev = parent[index - 1]
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    elif replacement and tail:
        replacement[-1].tail = (replacement[-1].tail or "") + tail


def _tracking_pixel(img) -> bool:
    if img.get("width") == "1" and img.get("height") == "1":
        return True
    src = img.get("src") or ""
    return "/_/stat?" in src


def normalise(markup: str, base_url: str = "") -> str:
    """Body HTML from a platform, in the records' convention."""
    return Normaliser(base_url)(markup)
