"""The issue as mail: one rendering, personalised for each recipient.

Sending 100,000 copies cannot afford to render templates, inline CSS and run
Python's MIME generator 100,000 times, so ``IssueMail`` does that once, with
placeholders where the per-recipient parts go (To, Message-ID, Date and the
unsubscribe and preferences links), and ``IssueMail.message_bytes()`` substitutes
them in the finished bytes. The substitution is only used when it is provably the
same as building the message properly: the placeholders must survive the MIME
encoding unchanged (8bit bodies, no quoted-printable) and the values must need no
escaping in any context; otherwise that message is built the slow way.
"""

import email.utils
import functools
import html as html_lib
import logging
import re
import time

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from masthead.newsletter.rendering.absolute_links import LinkMaker, personal_links
from masthead.newsletter.rendering.content import RenderedIssue, render
from masthead.newsletter.rendering.dkim_signing import (
    NewsletterEmail,
    dkim_settings,
    dkim_signature,
)
from masthead.newsletter.rendering.headers import list_id, sender, stable_message_id

logger = logging.getLogger(__name__)

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


class IssueMail:
    """One issue rendered once, ready to be personalised for each recipient."""

    def __init__(self, issue):
        self.issue = issue
        self.from_header, self.envelope_from, self.domain = sender()
        self.list_id = list_id(issue.newsletter, self.domain)
        self.mailto = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO
        self.template = render(issue, PH_UNSUBSCRIBE, PH_PREFERENCES)
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

        rendered = render(self.issue)
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


def render_issue(issue, subscriber=None, web_version=False):
    """The issue's subject, HTML and text; personal links only with a subscriber.
    ``web_version``: for the public archive page (no "View in browser")."""
    if subscriber is None:
        return render(issue, web_version=web_version)
    return IssueMail(issue).rendered(*personal_links(issue, subscriber))
