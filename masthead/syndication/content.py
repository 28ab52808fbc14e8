"""A story's text as clean, portable HTML: for feeds, the API and republishing."""

import re
from urllib.parse import urljoin

import nh3
from django.template.loader import render_to_string

ALLOWED_TAGS = {
    "p",
    "a",
    "em",
    "strong",
    # The rich text editor writes bold and italic as <b> and <i>, and offers
    # superscript, subscript and strikethrough: keep them rather than lose meaning.
    "b",
    "i",
    "sup",
    "sub",
    "s",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "br",
}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}
URL_SCHEMES = {"http", "https", "mailto"}

# XML 1.0 cannot carry these at all; one stray byte would break every feed holding it.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value):
    return _XML_ILLEGAL.sub("", str(value or ""))


def clean_html(html, base_url=""):
    """Sanitise with nh3 and resolve every link and image against ``base_url``."""

    def absolutise(element, attribute, value):
        if attribute in ("href", "src") and base_url:
            return urljoin(base_url, value)
        return value

    return nh3.clean(
        xml_text(html),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=absolutise,
        url_schemes=URL_SCHEMES,
        link_rel=None,
    ).strip()


def body_html(article, base_url="", with_images=True):
    """The body's blocks rendered portably, then sanitised."""
    html = render_to_string(
        "syndication/portable_body.html",
        {"article": article, "with_images": with_images},
    )
    return clean_html(html, base_url)
