"""WordPress post content → the body-HTML convention of ``importers.records``.

``post_content`` in an export is what the editor saved, not what the site showed:
classic posts have no ``<p>`` (WordPress adds them on display with ``wpautop``),
shortcodes (``[caption]``, ``[embed]``, ``[gallery]``…) and bare URLs on their own
line (auto-embeds) are expanded on display, and block-editor posts carry their
structure in HTML comments (``<!-- wp:image {"id":12} -->``). This module does
that display work once, emitting the convention's figures, embeds, quotes and
paragraphs. It decodes only: the pipeline sanitises the result.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from urllib.parse import urlsplit

from masthead.importers.records import ImportedImage

__all__ = ["autop", "convert_body", "parse_shortcode_attrs", "plain_text"]

# Block-level tags, as wpautop knows them: never wrapped in <p>.
_ALLBLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li"
    r"|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend"
    r"|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details"
    r"|menu|summary|video|audio|iframe|object|embed|script)"
)
_BLOCK_TAG = rf"</?{_ALLBLOCKS}(?:[\s/][^>]*)?>"

# Placeholders for finished HTML that autop must not touch (figures, <pre>):
# private-use characters that no export contains.
_PH_OPEN, _PH_CLOSE = "\ue000", "\ue001"
_PH_RE = re.compile(f"{_PH_OPEN}(\\d+){_PH_CLOSE}")

_URL_LINE = re.compile(r"^[ \t]*(https?://[^\s<>\"]+)[ \t]*$", re.M | re.I)
_URL_PARAGRAPH = re.compile(r"<p>\s*(https?://[^\s<>\"]+)\s*</p>", re.I)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------------------
# Small helpers


class _AttrParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if not self.attrs:
            self.attrs = {k.lower(): (v or "") for k, v in attrs}

    handle_startendtag = handle_starttag


def tag_attrs(tag: str) -> dict[str, str]:
    """Attributes of one start tag (entities decoded)."""
    parser = _AttrParser()
    parser.feed(tag)
    parser.close()
    return parser.attrs


def plain_text(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    text = _TAG.sub(" ", _COMMENT.sub("", fragment or ""))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def _inline_html(fragment: str) -> str:
    """Caption markup: keep inline tags, drop comments and outer whitespace."""
    return _SPACE.sub(" ", _COMMENT.sub("", fragment or "")).strip()


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _http_url(value: str) -> str:
    value = html.unescape((value or "").strip())
    return value if re.match(r"^https?://\S+$", value, re.I) else ""


# Hosts WordPress auto-embeds a bare URL from (its built-in oEmbed providers).
# Any other URL alone on a line stays text, as it did on the old site.
_OEMBED_HOSTS = (
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "twitter.com",
    "x.com",
    "soundcloud.com",
    "spotify.com",
    "flickr.com",
    "flic.kr",
    "tiktok.com",
    "dailymotion.com",
    "dai.ly",
    "ted.com",
    "reddit.com",
    "tumblr.com",
    "wordpress.tv",
    "mixcloud.com",
    "scribd.com",
    "slideshare.net",
    "speakerdeck.com",
    "imgur.com",
    "issuu.com",
    "kickstarter.com",
    "cloudup.com",
    "videopress.com",
    "pinterest.com",
    "smugmug.com",
    "reverbnation.com",
    "screencast.com",
    "amazon.com",
    "pocketcasts.com",
    "bsky.app",
    "crowdsignal.com",
)


def _auto_embeddable(url: str) -> bool:
    try:
        host = (urlsplit(html.unescape(url)).hostname or "").lower()
    except ValueError:
        return False
    return any(host == known or host.endswith("." + known) for known in _OEMBED_HOSTS)


def _auto_embed(match, ctx) -> str:
    url = match.group(1)
    if not _auto_embeddable(url):
        return match.group(0)
    return ctx.keep(embed_figure(url))


def embed_figure(url: str) -> str:
    url = _http_url(url)
    return f'<figure data-embed-url="{_esc(url)}"></figure>' if url else ""


class _Context:
    """What conversion needs from the rest of the export, plus autop's vault."""

    def __init__(self, attachments, children):
        self.attachments: Mapping[str, ImportedImage] = attachments or {}
        self.children: Mapping[str, Sequence[str]] = children or {}
        self.vault: list[str] = []

    def keep(self, finished_html: str) -> str:
        """Park finished block HTML behind a placeholder on its own paragraph."""
        if not finished_html:
            return ""
        self.vault.append(finished_html)
        return f"\n\n{_PH_OPEN}{len(self.vault) - 1}{_PH_CLOSE}\n\n"

    def restore(self, text: str) -> str:
        def put_back(match):
            return self.vault[int(match.group(1))]

        # A placeholder autop wrapped in <p> comes back without it.
        text = re.sub(rf"<p>\s*({_PH_RE.pattern})\s*(?:<br\s*/?>\s*)?</p>", r"\1", text)
        # Vault entries may hold placeholders of their own (a caption inside a
        # shortcode): restore until none is left.
        for _ in range(len(self.vault) + 1):
            if not _PH_RE.search(text):
                break
            text = _PH_RE.sub(put_back, text)
        return text

    def image(self, attachment_id) -> ImportedImage | None:
        return self.attachments.get(str(attachment_id).strip())


def _image_for_tag(img_tag: str, ctx: _Context, attachment_id=None):
    """(src, alt, credit) for an <img>, completed from the attachment it names."""
    attrs = tag_attrs(img_tag)
    if attachment_id is None:
        match = _WP_IMAGE_CLASS.search(attrs.get("class", ""))
        attachment_id = match.group(1) if match else attrs.get("data-id")
    attachment = ctx.image(attachment_id) if attachment_id else None
    src = attrs.get("src", "").strip() or (attachment.url if attachment else "")
    alt = attrs.get("alt", "").strip() or (attachment.alt_text if attachment else "")
    credit = attrs.get("data-credit", "").strip() or (
        attachment.credit if attachment else ""
    )
    return src, alt, credit, attachment


def _img_html(src, alt, credit) -> str:
    out = f'<img src="{_esc(src)}" alt="{_esc(alt)}"'
    if credit:
        out += f' data-credit="{_esc(credit)}"'
    return out + ">"


def photo_figure(img_tag: str, caption_html: str, ctx: _Context, attachment_id=None):
    src, alt, credit, _attachment = _image_for_tag(img_tag, ctx, attachment_id)
    if not src:
        return ""
    caption_html = _inline_html(caption_html)
    caption = f"<figcaption>{caption_html}</figcaption>" if caption_html else ""
    return f"<figure>{_img_html(src, alt, credit)}{caption}</figure>"


def attachment_figure(attachment: ImportedImage | None) -> str:
    if attachment is None or not attachment.url:
        return ""
    caption = _esc(attachment.caption)
    caption = f"<figcaption>{caption}</figcaption>" if caption else ""
    img = _img_html(attachment.url, attachment.alt_text, attachment.credit)
    return f"<figure>{img}{caption}</figure>"


def _figures_from_images(fragment: str, ctx: _Context) -> str:
    """Every <img> of a gallery as its own figure, with the caption that follows it."""
    images = list(_IMG_TAG.finditer(fragment))
    figures = []
    for index, match in enumerate(images):
        end = images[index + 1].start() if index + 1 < len(images) else len(fragment)
        caption = ""
        for found in _FIGCAPTION.finditer(fragment, match.end(), end):
            if "blocks-gallery-caption" not in found.group(0)[:80]:
                caption = found.group(1)
                break
        figures.append(photo_figure(match.group(0), caption, ctx))
    return "".join(figures)


# ---------------------------------------------------------------------------
# Gutenberg blocks

_BLOCK_NAME = r"(?:[a-z][a-z0-9_-]*/)?[a-z][a-z0-9_-]*"
_BLOCK_ANY = re.compile(rf"<!--\s+/?wp:{_BLOCK_NAME}\s+(?:\{{.*?\}}\s+)?/?-->", re.S)


def _block_re(names: str) -> re.Pattern:
    """A whole block (opening comment, content, closing comment) of these names."""
    return re.compile(
        rf"<!--\s+wp:(?P<name>{names})\s+(?P<json>\{{.*?\}}\s+)?-->"
        rf"(?P<inner>.*?)<!--\s+/wp:(?P=name)\s+-->",
        re.S,
    )


def _block_self_closing_re(names: str) -> re.Pattern:
    return re.compile(
        rf"<!--\s+wp:(?P<name>{names})\s+(?P<json>\{{.*?\}}\s+)?/-->", re.S
    )


def _block_attrs(match) -> dict:
    raw = match.group("json")
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _convert_image_block(match, ctx):
    attrs = _block_attrs(match)
    inner = match.group("inner")
    img = _IMG_TAG.search(inner)
    caption = _FIGCAPTION.search(inner)
    attachment_id = attrs.get("id")
    if img is None:
        return attachment_figure(ctx.image(attachment_id)) if attachment_id else ""
    return photo_figure(
        img.group(0),
        caption.group(1) if caption else "",
        ctx,
        attachment_id=str(attachment_id) if attachment_id else None,
    )


def _convert_gallery_block(match, ctx):
    inner = match.group("inner")
    if _IMG_TAG.search(inner):
        return _figures_from_images(inner, ctx)
    ids = _block_attrs(match).get("ids") or []
    return "".join(attachment_figure(ctx.image(i)) for i in ids)


def _convert_embed_block(match, ctx):
    attrs = _block_attrs(match)
    url = attrs.get("url") or attrs.get("src") or ""
    if not url:
        # Video/audio blocks keep their address in the markup.
        media = re.search(
            r"<(?:video|audio|source)\b[^>]*>", match.group("inner"), re.I
        )
        url = tag_attrs(media.group(0)).get("src", "") if media else ""
        if not url and attrs.get("id"):
            attachment = ctx.image(attrs["id"])
            url = attachment.url if attachment else ""
    if not url:
        found = re.search(r"https?://[^\s<>\"]+", match.group("inner"))
        url = found.group(0) if found else ""
    return embed_figure(url)


def _convert_pullquote_block(match, ctx):
    inner = _BLOCK_ANY.sub("", match.group("inner"))
    quote = re.search(r"<blockquote\b[^>]*>(.*?)</blockquote>", inner, re.S | re.I)
    body = quote.group(1) if quote else re.sub(r"</?figure\b[^>]*>", "", inner)
    return f'<blockquote class="pullquote">{body.strip()}</blockquote>'


def _convert_quote_block(match, ctx):
    inner = _BLOCK_ANY.sub("", match.group("inner"))
    return re.sub(r"<blockquote\b[^>]*>", "<blockquote>", inner, count=1, flags=re.I)


_IMAGE_BLOCK = _block_re("image")
_GALLERY_BLOCK = _block_re("gallery")
_EMBED_BLOCK = _block_re(r"embed|core-embed/[a-z0-9-]+|video|audio")
_EMBED_BLOCK_CLOSED = _block_self_closing_re(r"embed|core-embed/[a-z0-9-]+|video|audio")
_PULLQUOTE_BLOCK = _block_re("pullquote")
_QUOTE_BLOCK = _block_re("quote")
_SEPARATOR_BLOCK = _block_re("separator")
_MORE_BLOCKS = _block_re("more|nextpage")


def convert_blocks(content: str, ctx: _Context) -> str:
    """Rewrite the blocks whose markup is not already the convention's, drop the rest
    of the block comments (paragraphs, headings and lists are plain HTML already)."""
    # Innermost first: images (also those nested in galleries), then their holders.
    content = _IMAGE_BLOCK.sub(lambda m: _convert_image_block(m, ctx), content)
    content = _GALLERY_BLOCK.sub(lambda m: _convert_gallery_block(m, ctx), content)
    content = _EMBED_BLOCK.sub(lambda m: _convert_embed_block(m, ctx), content)
    content = _EMBED_BLOCK_CLOSED.sub(lambda m: _convert_embed_block_closed(m), content)
    content = _PULLQUOTE_BLOCK.sub(lambda m: _convert_pullquote_block(m, ctx), content)
    # Quotes may hold quotes: repeat until stable (bounded).
    for _ in range(8):
        converted = _QUOTE_BLOCK.sub(lambda m: _convert_quote_block(m, ctx), content)
        if converted == content:
            break
        content = converted
    content = _SEPARATOR_BLOCK.sub("<hr>", content)
    content = _MORE_BLOCKS.sub("", content)
    return _BLOCK_ANY.sub("", content)


def _convert_embed_block_closed(match):
    attrs = _block_attrs(match)
    return embed_figure(attrs.get("url") or attrs.get("src") or "")


# ---------------------------------------------------------------------------
# Shortcodes

_SHORTCODE_OPEN = re.compile(
    r"\[(?P<escape>\[?)(?P<name>[A-Za-z][\w-]*)(?P<attrs>(?:\s[^\[\]]*?)?)"
    r"(?P<selfclose>/?)\](?P<escape_end>\]?)"
)
_SHORTCODE_ATTR = re.compile(
    r"([\w-]+)\s*=\s*\"([^\"]*)\"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)"
    r"|([\w-]+)\s*=\s*([^\s'\"]+)(?:\s|$)|\"([^\"]*)\"(?:\s|$)|'([^']*)'(?:\s|$)"
    r"|(\S+)(?:\s|$)"
)
#: Shortcodes whose output this module writes.
_KNOWN = {"caption", "wp_caption", "embed", "video", "audio", "gallery", "playlist"}


def parse_shortcode_attrs(text: str) -> dict[str, str]:
    """WordPress's ``shortcode_parse_atts``: named values by lower-case name,
    positional ones under "0", "1"…"""
    # Editors paste curly quotes and non-breaking spaces into shortcodes.
    text = text.replace("\u00a0", " ").replace("\u200b", " ")
    text = re.sub(r"[\u201c\u201d\u2033]", '"', text).replace("\u2019", "'")
    attrs: dict[str, str] = {}
    position = 0
    for match in _SHORTCODE_ATTR.finditer(text.strip()):
        groups = match.groups()
        for name_index in (0, 2, 4):
            if groups[name_index]:
                attrs[groups[name_index].lower()] = html.unescape(
                    groups[name_index + 1]
                )
                break
        else:
            value = next((g for g in groups[6:] if g is not None), "")
            attrs[str(position)] = html.unescape(value)
            position += 1
    return attrs


def _caption_shortcode(attrs, inner, ctx):
    img = _IMG_TAG.search(inner)
    if img is None:
        return ctx.keep(f"<p>{inner.strip()}</p>") if inner.strip() else ""
    # The caption is the text beside the image (minus the link around it), or the
    # caption="" attribute older versions wrote.
    rest = inner[: img.start()] + inner[img.end() :]
    rest = re.sub(r"<a\b[^>]*>\s*</a>", "", rest, flags=re.I)
    caption = rest.strip() or _esc(attrs.get("caption", ""))
    attachment_id = None
    match = re.match(r"attachment_(\d+)$", attrs.get("id", "").strip())
    if match:
        attachment_id = match.group(1)
    return ctx.keep(photo_figure(img.group(0), caption, ctx, attachment_id))


def _media_shortcode(attrs, inner, ctx):
    url = attrs.get("src") or attrs.get("url") or ""
    if not url:
        for key in (
            "mp4",
            "m4v",
            "webm",
            "ogv",
            "wmv",
            "flv",
            "mp3",
            "m4a",
            "ogg",
            "wav",
        ):
            if attrs.get(key):
                url = attrs[key]
                break
    if not url:
        url = inner.strip() or attrs.get("0", "")
    return ctx.keep(embed_figure(plain_text(url)))


def _gallery_shortcode(attrs, ctx, post_id):
    ids = attrs.get("ids") or attrs.get("include") or ""
    ids = [i for i in re.split(r"[\s,]+", ids) if i.isdigit()]
    if not ids:
        # No ids: WordPress shows the images attached to the post.
        ids = list(ctx.children.get(str(attrs.get("id") or post_id or ""), []))
    return ctx.keep("".join(attachment_figure(ctx.image(i)) for i in ids))


def convert_shortcodes(content: str, ctx: _Context, post_id: str = "") -> str:
    """Expand the shortcodes WordPress ships (captions, embeds, media, galleries);
    remove any other shortcode tag, keeping the text it encloses."""
    out = []
    pos = 0
    while True:
        match = _SHORTCODE_OPEN.search(content, pos)
        if match is None:
            out.append(content[pos:])
            break
        out.append(content[pos : match.start()])
        name = match.group("name").lower()
        if match.group("escape") and match.group("escape_end"):
            # [[gallery]] is how authors write a literal [gallery].
            out.append(match.group(0)[1:-1])
            pos = match.end()
            continue
        if match.group("escape"):
            out.append("[")
            pos = match.start() + 1
            continue
        attrs = parse_shortcode_attrs(match.group("attrs"))
        inner = None
        end = match.end()
        if not match.group("selfclose"):
            close = re.compile(rf"\[/{re.escape(match.group('name'))}\]", re.I)
            found = close.search(content, match.end())
            if found:
                inner = content[match.end() : found.start()]
                end = found.end()
        if name in ("caption", "wp_caption"):
            out.append(_caption_shortcode(attrs, inner or "", ctx))
        elif name == "embed":
            url = (inner or "").strip() or attrs.get("src", "") or attrs.get("url", "")
            out.append(ctx.keep(embed_figure(plain_text(url))))
        elif name in ("video", "audio"):
            out.append(_media_shortcode(attrs, inner or "", ctx))
        elif name in ("gallery", "playlist"):
            out.append(
                _gallery_shortcode(attrs, ctx, post_id) if name == "gallery" else ""
            )
        elif inner is not None:
            # An unknown enclosing shortcode: keep what it wraps (converted too).
            out.append(convert_shortcodes(inner, ctx, post_id))
        elif match.group("attrs").strip() or match.group("selfclose"):
            pass  # an unknown tag such as [contact-form id="3"]: nothing to keep
        else:
            # "[sic]", "[Updated]": bracketed prose, not a shortcode.
            out.append(match.group(0))
        pos = end
    return "".join(out)


# ---------------------------------------------------------------------------
# Auto-embeds and autop


def _protect_pre(content: str, ctx: _Context) -> str:
    return re.sub(
        r"<pre\b[^>]*>.*?</pre>",
        lambda m: ctx.keep(m.group(0)),
        content,
        flags=re.S | re.I,
    )


def _steps(*pairs):
    return [(re.compile(pattern, flags), repl) for pattern, repl, flags in pairs]


_I = re.I
# wpautop, in its order: mark block boundaries, split paragraphs, then undo the
# <p> it must not have put around or inside block-level tags.
_AUTOP_BEFORE = _steps(
    (r"<br\s*/?>\s*<br\s*/?>", "\n\n", _I),
    (rf"(<{_ALLBLOCKS}[\s/>])", r"\n\n\1", _I),
    (rf"(</{_ALLBLOCKS}>)", r"\1\n\n", _I),
    (r"(<hr\s*?/?>)", r"\1\n\n", _I),
)
_AUTOP_FIX = _steps(
    (r"<p>\s*</p>", "", 0),
    (r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", 0),
    (rf"<p>\s*({_BLOCK_TAG})\s*</p>", r"\1", _I),
    (r"<p>(<li.+?)</p>", r"\1", _I),
    (r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", _I),
    (r"</blockquote></p>", "</p></blockquote>", 0),
    (rf"<p>\s*({_BLOCK_TAG})", r"\1", _I),
    (rf"({_BLOCK_TAG})\s*</p>", r"\1", _I),
    (r"<br\s*/?>", "<br>", _I),
)
_AUTOP_AFTER = _steps(
    (rf"({_BLOCK_TAG})\s*<br>", r"\1", _I),
    (r"<br>(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", _I),
    (r"<br>\n$", "\n", 0),
)
_ANY_TAG = re.compile(r"<[^>]*>")
_RAW_TEXT = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S | re.I)
_BLANK_LINES = re.compile(r"\n\s*\n")


def autop(text: str) -> str:
    """WordPress's ``wpautop``: blank lines make paragraphs, single newlines
    ``<br>``; block-level elements are never wrapped or broken."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    # Plain text (no markup at all) needs none of the block-tag clean-up below.
    has_tags = "<" in text
    if has_tags:
        # Newlines inside a tag are not line breaks.
        text = _ANY_TAG.sub(lambda m: m.group(0).replace("\n", " "), text)
        for pattern, repl in _AUTOP_BEFORE:
            text = pattern.sub(repl, text)
    paragraphs = [p for p in _BLANK_LINES.split(text + "\n") if p.strip()]
    text = "".join(f"<p>{p.strip(chr(10))}</p>\n" for p in paragraphs)
    if has_tags:
        for pattern, repl in _AUTOP_FIX:
            text = pattern.sub(repl, text)
        # Single newlines become <br>, except inside script/style.
        text = _RAW_TEXT.sub(lambda m: m.group(0).replace("\n", "\ue002"), text)
    lines = text.split("\n")
    for index, line in enumerate(lines[:-1]):
        line = line.rstrip(" \t")
        done = line.endswith("<br>") or line.endswith("</p>")
        lines[index] = line if done else line + "<br>"
    text = "\n".join(lines).replace("\ue002", "\n")
    for pattern, repl in _AUTOP_AFTER if has_tags else _AUTOP_AFTER[-1:]:
        text = pattern.sub(repl, text)
    return text.strip()


def _fix_images(content: str, ctx: _Context) -> str:
    """Inline ``<img class="wp-image-N">``: alt and credit from the attachment."""

    def fix(match):
        src, alt, credit, _attachment = _image_for_tag(match.group(0), ctx)
        return _img_html(src, alt, credit) if src else ""

    return _IMG_TAG.sub(fix, content)


def convert_body(
    content: str,
    *,
    attachments: Mapping[str, ImportedImage] | None = None,
    children: Mapping[str, Sequence[str]] | None = None,
    post_id: str = "",
) -> str:
    """One post's ``content:encoded`` → convention HTML.

    ``attachments`` maps attachment post ids to images (alt, caption, credit);
    ``children`` maps a post id to the attachments uploaded to it (for a
    ``[gallery]`` without ids).
    """
    content = (content or "").replace("\r\n", "\n").replace("\r", "\n")
    if not content.strip():
        return ""
    ctx = _Context(attachments, children)
    has_blocks = "<!-- wp:" in content
    content = _protect_pre(content, ctx)
    if has_blocks:
        # WordPress renders blocks and skips wpautop for block content.
        content = convert_blocks(content, ctx)
        content = convert_shortcodes(content, ctx, post_id)
        content = _URL_PARAGRAPH.sub(lambda m: _auto_embed(m, ctx), content)
    else:
        content = _URL_LINE.sub(lambda m: _auto_embed(m, ctx), content)
        content = convert_shortcodes(content, ctx, post_id)
        content = _COMMENT.sub("", content)  # <!--more--> and friends
        content = autop(content)
    content = _COMMENT.sub("", content)
    # Blank lines the comments leave behind (not inside <pre>: still parked).
    content = re.sub(r"\n\s*\n+", "\n", content)
    content = ctx.restore(content)
    return _fix_images(content, ctx).strip()
