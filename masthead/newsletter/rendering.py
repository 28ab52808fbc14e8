"""A newsletter issue as email: multipart HTML + text, per-recipient links, headers.

``render_issue(issue)`` is the web/preview version (no personal links);
``render_issue(issue, subscriber)`` and ``build_message(issue, subscriber)`` are
one subscriber's copy.

Sending 100,000 copies cannot afford to render templates, inline CSS and run
Python's MIME generator 100,000 times, so ``IssueMail`` does that once, with
placeholders where the per-recipient parts go (To, Message-ID, Date and the
unsubscribe and preferences links), and ``IssueMail.message_bytes()`` substitutes
them in the finished bytes. The substitution is only used when it is provably the
same as building the message properly: the placeholders must survive the MIME
encoding unchanged (8bit bodies, no quoted-printable) and the values must need no
escaping in any context; otherwise that message is built the slow way.

Headers never carry raw user text: subject, list name and sender name are
stripped of control characters and folded to one line; the recipient address is
one that Django validated; Message-IDs and links are generated here.
"""

import email.header
import email.utils
import functools
import html as html_lib
import logging
import re
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from masthead.newsletter import links

logger = logging.getLogger(__name__)

HTML_TEMPLATE = "newsletter/email/issue.html"
TEXT_TEMPLATE = "newsletter/email/issue.txt"
IMAGE_FILTER = "fill-1120x630|format-jpeg|jpegquality-80"
IMAGE_WIDTH = 560  # CSS pixels; the rendition is twice that for sharp screens.
QIOSK_TITLE = "QiOSK"
OTHER_TITLE = "More stories"
# Headers the DKIM signature covers (RFC 8058 asks for the List-Unsubscribe pair).
DKIM_HEADERS = [
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"list-id",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
    b"mime-version",
    b"content-type",
]

# Placeholders for what differs per recipient: plain ASCII that no template,
# inliner or MIME encoder changes, and that cannot occur in real content.
PH_UNSUBSCRIBE = "https://placeholder.invalid/mhph-unsubscribe-4b1e9c"
PH_PREFERENCES = "https://placeholder.invalid/mhph-preferences-4b1e9c"
PH_RCPT = "mhph-rcpt-4b1e9c@placeholder.invalid"
PH_MESSAGE_ID = "<mhph-message-id-4b1e9c@placeholder.invalid>"
PH_DATE = "mhph-date-4b1e9c"

# Values that may go into HTML attributes, text and headers without escaping.
_SAFE_URL = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$'()*+,;=%]+\Z")
_SAFE_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+\Z")
_SAFE_MESSAGE_ID = re.compile(r"<[A-Za-z0-9.!#$%'*+/=?^_`{|}~@-]+>\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_RELATIVE_LINK = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')
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


@dataclass
class Group:
    title: str
    stories: list


# --- small helpers -------------------------------------------------------------


def header_text(value, limit=200):
    """Editor-supplied text made safe for a header: one line, no control chars."""
    return " ".join(_CONTROL.sub(" ", str(value or "")).split())[:limit]


def absolute_url(url):
    if not url:
        return ""
    if url.startswith("//"):
        return "https:" + url
    if url.startswith("/"):
        return links.absolute(url)
    return url


def absolutise_links(html):
    """Rich text links to our own pages are relative; mail needs them absolute."""
    return _RELATIVE_LINK.sub(lambda m: f'{m[1]}{links.absolute(m[2])}"', html)


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


def sender():
    """(From header, envelope sender, domain) from DEFAULT_FROM_EMAIL."""
    name, address = email.utils.parseaddr(settings.DEFAULT_FROM_EMAIL)
    domain = address.rpartition("@")[2] or "localhost"
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = "localhost"
    name = header_text(name) or header_text(magazine_settings().masthead_name)
    if name.isascii():
        from_header = email.utils.formataddr((name, address))
    else:  # Django encodes it (RFC 2047); we only quote it.
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        from_header = f'"{quoted}" <{address}>'
    envelope = getattr(settings, "NEWSLETTER_RETURN_PATH", "") or address
    return from_header, envelope, domain


def message_domain():
    return sender()[2]


def stable_message_id(issue_id, subscriber_id, domain=None):
    return f"<issue-{issue_id}.sub-{subscriber_id}@{domain or message_domain()}>"


def magazine_settings():
    from wagtail.models import Site

    from masthead.core.models import MagazineSettings

    site = Site.objects.filter(is_default_site=True).first()
    return MagazineSettings.for_site(site) if site else MagazineSettings()


def list_id(newsletter, domain):
    """RFC 2919: ``"Weekly round-up" <weekly.list-id.example.org>``."""
    name = header_text(newsletter.name, 100)
    if not name.isascii():
        phrase = email.header.Header(name, "utf-8").encode()
    else:
        phrase = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{phrase} <{newsletter.slug}.list-id.{domain}>"


# --- DKIM ----------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _read_key(path, mtime):
    return Path(path).read_bytes()


def dkim_settings():
    """(selector, domain, private key) when DKIM is configured, else None."""
    domain = getattr(settings, "DKIM_DOMAIN", "")
    selector = getattr(settings, "DKIM_SELECTOR", "")
    key_file = getattr(settings, "DKIM_PRIVATE_KEY_FILE", "")
    if not (domain and selector and key_file):
        return None
    path = Path(key_file)
    return (
        selector.encode(),
        domain.encode(),
        _read_key(str(path), path.stat().st_mtime),
    )


def dkim_signature(message, config=None):
    """The ``DKIM-Signature: ...\\r\\n`` header line for ``message`` (bytes)."""
    import dkim

    config = config or dkim_settings()
    selector, domain, key = config
    return dkim.sign(
        message,
        selector,
        domain,
        key,
        canonicalize=(b"relaxed", b"relaxed"),
        include_headers=DKIM_HEADERS,
    )


class NewsletterEmail(EmailMultiAlternatives):
    """An EmailMultiAlternatives that DKIM-signs itself when a key is configured."""

    def message(self):
        msg = super().message()
        config = dkim_settings()
        if config:
            signature = dkim_signature(msg.as_bytes(linesep="\r\n"), config)
            name, _, value = signature.decode("ascii").partition(":")
            # Relaxed canonicalisation ignores how the header is folded.
            msg[name] = " ".join(value.split())
        return msg


# --- the issue as content ------------------------------------------------------


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
    from masthead.articles.queries import attach_sections

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
        parts = article.get_url_parts()
        if parts is None:  # Not routable from any site: nothing to link to.
            continue
        section = article.section
        result.append(
            Story(
                headline=article.title,
                url=absolute_url(parts[2]),
                label=article.get_article_type_display(),
                summary=(item.blurb or article.dek or "").strip(),
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


def _optional_url(name):
    try:
        return links.absolute(reverse(name))
    except NoReverseMatch:
        return ""


def _render(issue, unsubscribe_url="", preferences_url=""):
    from wagtail.rich_text import expand_db_html

    magazine = magazine_settings()
    intro_html = absolutise_links(expand_db_html(issue.intro or ""))
    intro_text = html_to_text(intro_html)
    groups = group_stories(stories(issue))
    subject = header_text(issue.subject)
    context = {
        "issue": issue,
        "newsletter": issue.newsletter,
        "subject": subject,
        "magazine": magazine,
        "masthead_name": magazine.masthead_name,
        "home_url": links.absolute("/"),
        "signup_url": _optional_url("newsletter_signup"),
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


# --- the issue as mail ---------------------------------------------------------


def personal_links(issue, subscriber):
    return (
        links.unsubscribe_url(subscriber, issue.newsletter.slug),
        links.preferences_url(subscriber),
    )


_TOKEN_MARKER = "mhph-token-4b1e9c"
_URL_SAFE_TOKEN = re.compile(r"[A-Za-z0-9_\-:]+\Z")


class LinkMaker:
    """``personal_links`` without a URL reversal per recipient.

    The routes are reversed once with a marker for the token. A token made only
    of characters that reversing leaves alone (base64url, ``:`` and the list
    slug) is then put in its place, which is what ``links`` would have built.
    """

    def __init__(self, issue):
        self.issue = issue
        self.slug = issue.newsletter.slug
        self.routes = None
        try:
            routes = [
                links.absolute(reverse(name, args=[_TOKEN_MARKER]))
                for name in ("newsletter_unsubscribe", "newsletter_preferences")
            ]
        except NoReverseMatch:
            return
        if all(route.count(_TOKEN_MARKER) == 1 for route in routes):
            self.routes = [route.split(_TOKEN_MARKER) for route in routes]

    def __call__(self, subscriber):
        if self.routes:
            unsubscribe = links.make_token(subscriber, "unsubscribe", self.slug)
            preferences = links.make_token(subscriber, "preferences")
            if _URL_SAFE_TOKEN.match(unsubscribe) and _URL_SAFE_TOKEN.match(
                preferences
            ):
                (u_head, u_tail), (p_head, p_tail) = self.routes
                return u_head + unsubscribe + u_tail, p_head + preferences + p_tail
        return personal_links(self.issue, subscriber)


class IssueMail:
    """One issue rendered once, ready to be personalised for each recipient."""

    def __init__(self, issue):
        self.issue = issue
        self.from_header, self.envelope_from, self.domain = sender()
        self.list_id = list_id(issue.newsletter, self.domain)
        self.mailto = getattr(settings, "NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
        self.template = _render(issue, PH_UNSUBSCRIBE, PH_PREFERENCES)
        self.dkim = dkim_settings()
        self.links = LinkMaker(issue)
        self._date = (0, "")

    @functools.cached_property
    def _fast(self):
        return self._byte_template()

    # Building messages the ordinary way (Django's MIME classes).

    def rendered(self, unsubscribe_url, preferences_url):
        html_values = {
            PH_UNSUBSCRIBE: html_lib.escape(unsubscribe_url),
            PH_PREFERENCES: html_lib.escape(preferences_url),
        }
        text_values = {PH_UNSUBSCRIBE: unsubscribe_url, PH_PREFERENCES: preferences_url}
        html, text = self.template.html, self.template.text
        for placeholder in (PH_UNSUBSCRIBE, PH_PREFERENCES):
            html = html.replace(placeholder, html_values[placeholder])
            text = text.replace(placeholder, text_values[placeholder])
        return RenderedIssue(self.template.subject, html, text)

    def headers(self, message_id, unsubscribe_url, date=None):
        targets = [f"<{unsubscribe_url}>"]
        if self.mailto:
            targets.append(f"<mailto:{self.mailto}?subject=unsubscribe>")
        headers = {
            "Message-ID": message_id,
            "List-Id": self.list_id,
            "List-Unsubscribe": ", ".join(targets),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        if date:
            headers["Date"] = date
        return headers

    def build_message(
        self, subscriber, *, email=None, message_id=None, connection=None
    ):
        unsubscribe_url, preferences_url = self.links(subscriber)
        rendered = self.rendered(unsubscribe_url, preferences_url)
        message_id = message_id or stable_message_id(
            self.issue.pk, subscriber.pk, self.domain
        )
        return self._email(
            rendered,
            to=email or subscriber.email,
            headers=self.headers(message_id, unsubscribe_url),
            connection=connection,
        )

    def _email(self, rendered, to, headers, connection=None, subject=None):
        message = NewsletterEmail(
            subject=subject or rendered.subject,
            body=rendered.text,
            from_email=self.from_header,
            to=[to],
            headers=headers,
            connection=connection,
        )
        message.attach_alternative(rendered.html, "text/html")
        return message

    # The fast way: substitute in the finished bytes.

    def _byte_template(self):
        message = self._email(
            self.template,
            to=PH_RCPT,
            headers=self.headers(PH_MESSAGE_ID, PH_UNSUBSCRIBE, date=PH_DATE),
        )
        # The unsigned MIME message: DKIM signs each finished copy.
        data = EmailMultiAlternatives.message(message).as_bytes(linesep="\r\n")
        html, text = self.template.html, self.template.text
        expected = {
            PH_UNSUBSCRIBE: html.count(PH_UNSUBSCRIBE) + text.count(PH_UNSUBSCRIBE) + 1,
            PH_PREFERENCES: html.count(PH_PREFERENCES) + text.count(PH_PREFERENCES),
            PH_RCPT: 1,
            PH_MESSAGE_ID: 1,
            PH_DATE: 1,
        }
        intact = all(
            data.count(placeholder.encode()) == count
            for placeholder, count in expected.items()
        )
        encoded = re.search(
            rb"(?i)content-transfer-encoding:\s*(quoted-printable|base64)", data
        )
        if not intact or encoded:
            logger.warning(
                "Issue %s: per-recipient substitution is not safe for this message; "
                "building each copy separately.",
                self.issue.pk,
            )
            return None
        pattern = re.compile(
            b"(" + b"|".join(re.escape(p.encode()) for p in expected) + b")"
        )
        # [text, placeholder, text, placeholder, ..., text]: joining is cheaper
        # than searching 20 kB again for every recipient.
        pieces = pattern.split(data)
        slots = [(i, pieces[i].decode()) for i in range(1, len(pieces), 2)]
        return pieces, slots

    def _now(self):
        second = int(time.time())
        if self._date[0] != second:
            self._date = (
                second,
                email.utils.formatdate(second, localtime=settings.EMAIL_USE_LOCALTIME),
            )
        return self._date[1]

    def message_bytes(self, subscriber, *, email=None, message_id=None):
        """One recipient's copy as CRLF bytes, DKIM-signed if configured."""
        email = email or subscriber.email
        message_id = message_id or stable_message_id(
            self.issue.pk, subscriber.pk, self.domain
        )
        unsubscribe_url, preferences_url = self.links(subscriber)
        fast = (
            self._fast
            and _SAFE_ADDRESS.match(email)
            and _SAFE_MESSAGE_ID.match(message_id)
            and _SAFE_URL.match(unsubscribe_url)
            and _SAFE_URL.match(preferences_url)
        )
        if not fast:
            message = self.build_message(subscriber, email=email, message_id=message_id)
            return message.message().as_bytes(linesep="\r\n")
        pieces, slots = self._fast
        values = {
            PH_UNSUBSCRIBE: unsubscribe_url.encode(),
            PH_PREFERENCES: preferences_url.encode(),
            PH_RCPT: email.encode(),
            PH_MESSAGE_ID: message_id.encode(),
            PH_DATE: self._now().encode(),
        }
        pieces = pieces.copy()
        for index, placeholder in slots:
            pieces[index] = values[placeholder]
        data = b"".join(pieces)
        if self.dkim:
            data = dkim_signature(data, self.dkim) + data
        return data

    def test_message(self, to, connection=None):
        """The preview version for an editor: no personal links, subject marked."""
        from django.core.mail import make_msgid

        rendered = _render(self.issue)
        return self._email(
            rendered,
            to=to,
            headers={
                "Message-ID": make_msgid(domain=self.domain),
                "List-Id": self.list_id,
            },
            connection=connection,
            subject="[TEST] " + rendered.subject,
        )


def render_issue(issue, subscriber=None):
    """The issue's subject, HTML and text; personal links only with a subscriber."""
    if subscriber is None:
        return _render(issue)
    return IssueMail(issue).rendered(*personal_links(issue, subscriber))


def build_message(issue, subscriber, connection=None):
    """One subscriber's copy, as Django sends it (DKIM-signed when configured)."""
    return IssueMail(issue).build_message(subscriber, connection=connection)
