"""The issue as content: its stories, grouped, rendered as email HTML and text.

``render`` fills the email templates. The HTML gets its CSS inlined (mail
programs ignore style sheets) and its lines kept short for SMTP; the text is
wrapped at a readable width.
"""

import html as html_lib
import logging
import re
import textwrap
from dataclasses import dataclass

import css_inline
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from masthead.articles.queries import attach_sections
from masthead.core import rich_text
from masthead.newsletter.rendering.absolute_links import (
    absolute_url,
    absolutise_links,
    optional_url,
)
from masthead.newsletter.rendering.headers import header_text, magazine_settings
from masthead.newsletter.rendering.story_links import story_link, tagged_url

logger = logging.getLogger(__name__)

HTML_TEMPLATE = "newsletter/email/issue.html"
TEXT_TEMPLATE = "newsletter/email/issue.txt"
# A thumbnail beside each story, not a full-width photo: the mail stays short
# to scroll and its HTML small (Gmail clips messages over 102 KB).
IMAGE_FILTER = "fill-240x160|format-jpeg|jpegquality-75"
IMAGE_WIDTH = 120  # CSS pixels; the rendition is twice that for sharp screens.
QIOSK_TITLE = "QiOSK"
OTHER_TITLE = "More stories"
_LONG_LINE = 900


@dataclass(frozen=True)
class RenderedIssue:
    subject: str
    html: str
    text: str


@dataclass
class Story:
    headline: str
    url: str
    label: str
    summary: str
    section: str
    image: dict | None
    is_qiosk: bool
    position: int = 0


@dataclass
class Group:
    title: str
    stories: list


def html_to_text(fragment):
    """Rich text (paragraphs, bold, italic, links) as readable plain text."""

    def link(match):
        href, label = html_lib.unescape(match[1]), strip_tags(match[2]).strip()
        return f"{label} ({href})" if href and href != label else label

    text = re.sub(
        r'<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', link, fragment, flags=re.S
    )
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</(p|h[1-6]|li|blockquote)>", "\n\n", text)
    text = html_lib.unescape(strip_tags(text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def wrap_long_lines(html, limit=_LONG_LINE):
    """Keep every line under SMTP's 998-octet limit by breaking at spaces.

    A newline is whitespace to HTML wherever a space was (we do not use <pre>),
    and short lines let the body go out as 8bit rather than quoted-printable.
    """
    out = []
    for line in html.encode().split(b"\n"):
        while len(line) > limit:
            cut = line.rfind(b" ", 0, limit)  # A space never splits a UTF-8 sequence.
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return b"\n".join(out).decode()


def wrap_text(text, width=76):
    """Plain text at a readable width; URLs and other long words stay whole."""
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        if len(line) > width
        else line
        for line in text.split("\n")
    )


def _image(image):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(IMAGE_FILTER)
    except Exception as exc:  # A missing source file must not stop a newsletter.
        logger.warning("Image %s left out of the newsletter: %r", image.pk, exc)
        return None
    height = round(IMAGE_WIDTH * rendition.height / rendition.width)
    return {
        "url": absolute_url(rendition.url),
        "alt": image.alt_text,
        "credit": image.credit,
        "width": IMAGE_WIDTH,
        "height": height,
    }


def stories(issue):
    """The issue's live stories in the editors' order."""
    items = [
        item
        for item in issue.items.select_related("article", "article__top_image")
        .prefetch_related("article__top_image__renditions")
        .order_by("sort_order", "pk")
        if item.article.live
    ]
    attach_sections([item.article for item in items])
    result = []
    for item in items:
        article = item.article
        position = len(result) + 1
        url = story_link(issue, article, position)
        if not url:  # Not routable from any site: nothing to link to.
            continue
        section = article.section
        result.append(
            Story(
                headline=article.title,
                url=url,
                position=position,
                label=article.get_article_type_display(),
                summary=(item.blurb or article.summary or "").strip(),
                section=section.title if section else "",
                image=_image(article.top_image),
                is_qiosk=article.is_qiosk,
            )
        )
    return result


def group_stories(items):
    """Sections in order of first appearance, then QiOSK items under "QiOSK"."""
    groups, qiosk = {}, Group(QIOSK_TITLE, [])
    for story in items:
        if story.is_qiosk:
            qiosk.stories.append(story)
        else:
            title = story.section or OTHER_TITLE
            groups.setdefault(title, Group(title, [])).stories.append(story)
    result = list(groups.values())
    if qiosk.stories:
        result.append(qiosk)
    return result


def web_version_url(issue):
    """The issue's public archive page ("View in browser"); it answers once the
    issue is sent, which is when readers get the mail."""
    try:
        path = reverse("newsletter_archive_issue", args=[issue.pk])
    except NoReverseMatch:
        return ""
    return tagged_url(absolute_url(path), issue)


def render(issue, unsubscribe_url="", preferences_url="", web_version=False):
    from wagtail.rich_text import expand_db_html

    magazine = magazine_settings()
    # Expanded (page links become URLs), then sanitised: the intro may have been
    # written by a script rather than the editor.
    intro_html = absolutise_links(rich_text.clean(expand_db_html(issue.intro or "")))
    intro_text = html_to_text(intro_html)
    groups = group_stories(stories(issue))
    subject = header_text(issue.subject)
    context = {
        "issue": issue,
        "newsletter": issue.newsletter,
        "subject": subject,
        "magazine": magazine,
        "masthead_name": magazine.masthead_name,
        "home_url": absolute_url("/"),
        # The web version is the archive page: no link to itself.
        "browser_url": "" if web_version else web_version_url(issue),
        "signup_url": optional_url("newsletter_signup"),
        "intro_html": mark_safe(intro_html),  # Sanitised rich text, links expanded.
        "intro_text": intro_text,
        "preheader": (intro_text or subject)[:140],
        "groups": groups,
        "issue_date": issue.period_end or timezone.now(),
        "personal": bool(unsubscribe_url),
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": preferences_url,
    }
    html = render_to_string(HTML_TEMPLATE, context)
    html = css_inline.inline(html, keep_style_tags=False, load_remote_stylesheets=False)
    text = render_to_string(TEXT_TEMPLATE, context)
    text = wrap_text(re.sub(r"\n{3,}", "\n\n", text).strip()) + "\n"
    return RenderedIssue(subject=subject, html=wrap_long_lines(html), text=text)
