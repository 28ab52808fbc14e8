"""A story's text as clean, portable HTML: for feeds, the API and republishing."""

import re

from django.template.loader import render_to_string

from masthead.core import footnotes, rich_text

# XML 1.0 cannot carry these at all; one stray byte would break every feed holding it.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value):
    return _XML_ILLEGAL.sub("", str(value or ""))


def clean_html(html, base_url=""):
    """Sanitised (core's one allow-list), portable, every link and image resolved
    against ``base_url``; nothing XML cannot carry."""
    return rich_text.clean(xml_text(html), base_url=base_url, portable=True).strip()


def body_html(article, base_url="", with_images=True):
    """The body's blocks rendered portably, then sanitised."""
    notes = footnotes.notes_of(article.body)
    # Citations link to the note on the story's own page.
    refs = footnotes.NoteRefs(len(notes), page_url=article.get_full_url())
    html = render_to_string(
        "syndication/portable_body.html",
        {"article": article, "with_images": with_images, "refs": refs},
    )
    return clean_html(html, base_url)
