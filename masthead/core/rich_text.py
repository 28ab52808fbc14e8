"""The one sanitiser for rich text on its way out, with one allow-list.

Rich text can reach the database without the editor: an import, a script, a
shell. Whatever it holds, readers get only the markup below. Wagtail renders
every rich text value (``RichText.__html__`` for a ``RichTextBlock``, the
``|richtext`` filter for a ``RichTextField``) through the template
``wagtailcore/shared/richtext.html``, after ``expand_db_html`` has turned its
page, document and image references into real links and images; core's copy
of that template sanitises here, so every rendering is covered. Code that calls
``expand_db_html`` itself (the newsletter) calls ``clean`` after it.

Feeds, the API and republishing use ``clean`` too, ``portable`` (no classes,
which mean nothing elsewhere) with every URL made absolute. The admin editor
reads stored rich text through ``clean_stored``: the same list plus the
attributes of Wagtail's stored references, which only ``expand_db_html`` reads.
"""

import html as html_lib
import re
from urllib.parse import urljoin

import nh3

# What Wagtail's rich text features write once expanded (headings, bold, italic,
# links, lists, rules, code, quotes, images), its older <strong>/<em>, and the
# figures feeds and the API build around photos.
TAGS = frozenset(
    {
        "a",
        "b",
        "blockquote",
        "br",
        "code",
        "em",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "s",
        "strong",
        "sub",
        "sup",
        "ul",
    }
)
# A rich text image is <img alt class="richtext-image left" height src width>.
ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height", "class"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Dropped with what they contain, not just their tags.
DROPPED_WITH_CONTENT = frozenset({"script", "style"})

# Wagtail's stored references: <a linktype="page" id="3">, <embed embedtype="image"
# id="7" format="left" alt="…"/>; and the keys comments anchor to (<p
# data-block-key="…">). Only the admin's editor reads them raw.
STORED_TAGS = TAGS | {"embed"}
STORED_ATTRIBUTES = {
    **ATTRIBUTES,
    "*": {"data-block-key"},
    "a": ATTRIBUTES["a"] | {"linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
# nh3 writes void elements as <br>; the editor's converter reads only <br/>.
_VOID_TAG = re.compile(r"<(br|hr|img|embed)\b([^>]*?)\s*/?>")
# Where one block of text ends and the next begins, in nh3's (well-formed) output.
_BLOCK_EDGE = re.compile(
    r"</?(?:p|h[2-4]|li|ul|ol|blockquote|figcaption|br|hr)\b[^>]*>"
)


def _nh3(html, tags, attributes, attribute_filter=None):
    return nh3.clean(
        str(html or ""),
        tags=set(tags),
        attributes=attributes,
        attribute_filter=attribute_filter,
        url_schemes=set(URL_SCHEMES),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        strip_comments=True,
        # Links stay as written: no rel="noopener noreferrer" added to each.
        link_rel=None,
    )


def clean(html, base_url="", portable=False):
    """Rendered rich text without scripts, styles, event handlers or unsafe URLs.

    ``base_url`` resolves every link and image against it; ``portable`` also
    drops classes, for HTML read on other sites and in feed readers.
    """
    if not base_url and not portable:
        return _nh3(html, TAGS, ATTRIBUTES)

    def adjust(element, attribute, value):
        if attribute == "class" and portable:
            return None
        if attribute in ("href", "src") and base_url:
            return urljoin(base_url, value)
        return value

    return _nh3(html, TAGS, ATTRIBUTES, adjust)


def clean_stored(html):
    """Stored (database format) rich text, sanitised and written the way the
    admin editor's converter can read: tags balanced, void elements closed."""
    cleaned = _nh3(html, STORED_TAGS, STORED_ATTRIBUTES)
    return _VOID_TAG.sub(r"<\1\2/>", cleaned)


def plain_text(html):
    """Text with every tag removed (and what scripts and styles held); blocks
    (paragraphs, headings, list items, line breaks) on lines of their own."""
    blocks = _BLOCK_EDGE.sub("\n", _nh3(html, TAGS, {}))
    text = html_lib.unescape(_nh3(blocks, (), {}))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
