"""A story's text as clean, portable HTML: for feeds, the API and republishing."""

import nh3
from django.template.loader import render_to_string

ALLOWED_TAGS = {
    "p",
    "a",
    "em",
    "strong",
    "b",
    "i",
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
    "sup",
    "sub",
    "s",
    "aside",
    "span",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
}


def clean_html(html, base_url=""):
    """Sanitise with nh3 and make every link and image URL absolute."""

    def absolutise(element, attribute, value):
        if attribute in {"href", "src"} and value.startswith("/") and base_url:
            return base_url.rstrip("/") + value
        return value

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=absolutise,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    ).strip()


def body_html(article, base_url="", with_images=True):
    """The body's blocks rendered portably, then sanitised."""
    html = render_to_string(
        "syndication/portable_body.html",
        {"article": article, "with_images": with_images},
    )
    return clean_html(html, base_url)
