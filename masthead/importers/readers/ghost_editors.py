"""HTML from Ghost's editor documents, for exports whose posts have no ``html``.

Ghost ≥ 4 exports carry rendered ``html``; older posts, or exports made by
tools, may only have the editor's document: ``lexical`` (Ghost 5) or
``mobiledoc`` (Ghost 1–4). The common nodes and cards are rendered here into
the same HTML Ghost would produce; anything unknown keeps its text.
"""

from __future__ import annotations

import json
from html import escape

TEXT_FORMATS = [  # Lexical's text format bits, outermost first
    (1, "strong"),
    (2, "em"),
    (4, "s"),
    (8, "u"),
    (16, "code"),
    (32, "sub"),
    (64, "sup"),
]


class EditorDocumentError(ValueError):
    """The document is not JSON, or not the shape its editor writes."""


def _attr(value) -> str:
    return escape(str(value or ""), quote=True)


def _text_paragraphs(text: str) -> str:
    """Plain text (a Markdown card, which masthead does not render) as paragraphs."""
    parts = [part.strip() for part in (text or "").split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in parts if part)


def _image(src, alt="", caption="") -> str:
    if not src:
        return ""
    figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure><img src="{_attr(src)}" alt="{_attr(alt)}">{figcaption}</figure>'


def _link_paragraph(url, label) -> str:
    if not url:
        return ""
    return f'<p><a href="{_attr(url)}">{escape(label or url)}</a></p>'


def _card(kind: str, payload: dict) -> str:
    """Cards are the same in both editors (lexical flattens the payload)."""
    if kind == "image":
        return _image(payload.get("src"), payload.get("alt"), payload.get("caption"))
    if kind == "gallery":
        images = payload.get("images") or []
        out = [
            _image(image.get("src"), image.get("alt"), image.get("caption"))
            for image in images
            if isinstance(image, dict)
        ]
        if payload.get("caption"):
            out.append(f"<p>{payload['caption']}</p>")
        return "".join(out)
    if kind in {"embed", "video"} and payload.get("url"):
        return f'<figure data-embed-url="{_attr(payload["url"])}"></figure>'
    if kind == "bookmark":
        metadata = payload.get("metadata") or {}
        return _link_paragraph(payload.get("url"), metadata.get("title"))
    if kind in {"html", "embed", "video"}:
        return payload.get("html") or ""
    if kind == "markdown":
        return _text_paragraphs(payload.get("markdown"))
    if kind == "hr" or kind == "horizontalrule":
        return "<hr>"
    if kind == "callout":
        emoji = payload.get("calloutEmoji") or ""
        return f"<p>{escape(emoji)} {payload.get('calloutText') or ''}</p>".replace(
            "<p> ", "<p>"
        )
    if kind == "toggle":
        heading = payload.get("heading") or ""
        return (f"<h3>{heading}</h3>" if heading else "") + (
            payload.get("content") or ""
        )
    if kind == "button":
        return _link_paragraph(payload.get("buttonUrl"), payload.get("buttonText"))
    if kind in {"audio", "file"}:
        return _link_paragraph(payload.get("src"), payload.get("title"))
    return ""


# --- Lexical -----------------------------------------------------------------


def lexical_to_html(document: str) -> str:
    try:
        data = json.loads(document)
        root = data["root"]
    except (ValueError, TypeError, KeyError) as error:
        raise EditorDocumentError(f"not a Lexical document ({error})") from error
    return "".join(_lexical_node(child) for child in root.get("children") or [])


def _lexical_children(node) -> str:
    return "".join(_lexical_node(child) for child in node.get("children") or [])


def _lexical_node(node) -> str:
    if not isinstance(node, dict):
        return ""
    kind = (node.get("type") or "").removeprefix("extended-")
    if kind == "text":
        text = escape(node.get("text") or "", quote=False)
        fmt = node.get("format") or 0
        if isinstance(fmt, int):
            for bit, tag in reversed(TEXT_FORMATS):
                if fmt & bit:
                    text = f"<{tag}>{text}</{tag}>"
        return text
    if kind == "linebreak":
        return "<br>"
    if kind == "tab":
        return "\t"
    if kind == "link":
        return f'<a href="{_attr(node.get("url"))}">{_lexical_children(node)}</a>'
    if kind == "paragraph":
        inner = _lexical_children(node)
        return f"<p>{inner}</p>" if inner.strip() else ""
    if kind == "heading":
        tag = (
            node.get("tag")
            if node.get("tag") in {"h1", "h2", "h3", "h4", "h5", "h6"}
            else "h2"
        )
        return f"<{tag}>{_lexical_children(node)}</{tag}>"
    if kind == "quote":
        return f"<blockquote><p>{_lexical_children(node)}</p></blockquote>"
    if kind == "aside":  # Ghost's second quote style, a large pull quote
        inner = _lexical_children(node)
        return f'<blockquote class="pullquote"><p>{inner}</p></blockquote>'
    if kind == "list":
        tag = (
            "ol"
            if node.get("listType") == "number" or node.get("tag") == "ol"
            else "ul"
        )
        return f"<{tag}>{_lexical_children(node)}</{tag}>"
    if kind == "listitem":
        return f"<li>{_lexical_children(node)}</li>"
    if kind == "codeblock":
        return f"<pre><code>{escape(node.get('code') or '')}</code></pre>"
    card = _card(kind, node)
    if card or kind in {
        "image",
        "gallery",
        "embed",
        "bookmark",
        "html",
        "hr",
        "horizontalrule",
    }:
        return card
    # Unknown node: keep whatever text it holds.
    inner = _lexical_children(node)
    return f"<p>{inner}</p>" if inner.strip() else ""


# --- Mobiledoc ---------------------------------------------------------------


def mobiledoc_to_html(document: str) -> str:
    try:
        data = json.loads(document)
        sections = data["sections"]
        markups = data.get("markups") or []
        atoms = data.get("atoms") or []
        cards = data.get("cards") or []
        return "".join(_mobiledoc_section(s, markups, atoms, cards) for s in sections)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise EditorDocumentError(f"not a Mobiledoc document ({error})") from error


def _mobiledoc_markers(markers, markups, atoms) -> str:
    out, open_tags = [], []
    for marker in markers:
        kind, opens, closes, value = marker[:4]
        for index in opens:
            tag, *rest = markups[index]
            attrs = rest[0] if rest else []
            pairs = "".join(
                f' {attrs[i]}="{_attr(attrs[i + 1])}"'
                for i in range(0, len(attrs) - 1, 2)
                if attrs[i] in {"href", "rel"}
            )
            out.append(f"<{tag}{pairs}>")
            open_tags.append(tag)
        if kind == 0:
            out.append(escape(value, quote=False))
        else:
            name, text, _payload = atoms[value][:3]
            out.append("<br>" if name == "soft-return" else escape(text or ""))
        for _ in range(closes):
            if open_tags:
                out.append(f"</{open_tags.pop()}>")
    out.extend(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(out)


def _mobiledoc_section(section, markups, atoms, cards) -> str:
    kind = section[0]
    if kind == 1:  # markup section
        tag = str(section[1]).lower()
        inner = _mobiledoc_markers(section[2], markups, atoms)
        if tag == "aside":
            return f'<blockquote class="pullquote"><p>{inner}</p></blockquote>'
        if tag == "blockquote":
            return f"<blockquote><p>{inner}</p></blockquote>"
        if tag not in {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pull-quote"}:
            tag = "p"
        return f"<{tag}>{inner}</{tag}>" if inner.strip() else ""
    if kind == 3:  # list section
        tag = "ol" if str(section[1]).lower() == "ol" else "ul"
        items = "".join(
            f"<li>{_mobiledoc_markers(item, markups, atoms)}</li>"
            for item in section[2]
        )
        return f"<{tag}>{items}</{tag}>"
    if kind == 2:  # image section
        return _image(section[1])
    if kind == 10:  # card
        name, payload = cards[section[1]][:2]
        return _card(name, payload or {})
    return ""
