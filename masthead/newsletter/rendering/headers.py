"""Who a newsletter is from and which list it belongs to: header values.

Headers never carry raw user text: subject, list name and sender name are
stripped of control characters and folded to one line (``header_text``);
Message-IDs are generated here.
"""

import email.header
import email.utils
import re

from django.conf import settings
from wagtail.models import Site

from masthead.core.models import MagazineSettings

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def header_text(value, limit=200):
    """Editor-supplied text made safe for a header: one line, no control chars."""
    return " ".join(_CONTROL.sub(" ", str(value or "")).split())[:limit]


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
    envelope = settings.NEWSLETTER_RETURN_PATH or address
    return from_header, envelope, domain


def message_domain():
    return sender()[2]


def stable_message_id(issue_id, subscriber_id, domain=None):
    return f"<issue-{issue_id}.sub-{subscriber_id}@{domain or message_domain()}>"


def magazine_settings():
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
