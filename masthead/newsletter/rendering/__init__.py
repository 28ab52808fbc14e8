"""A newsletter issue as email: multipart HTML + text, per-recipient links, headers.

``render_issue(issue)`` is the web/preview version (no personal links);
``render_issue(issue, subscriber)`` is one subscriber's copy; ``IssueMail``
renders an issue once and builds every copy (``build_message``) from it.

The parts: ``content`` (stories, templates, HTML and plain text),
``absolute_links`` (every link in the mail, personal ones included),
``headers`` (From, Message-ID, List-Id), ``dkim_signing``, and ``mail`` (the
finished messages, per recipient).
"""

from masthead.newsletter.rendering.content import RenderedIssue
from masthead.newsletter.rendering.headers import (
    header_text,
    message_domain,
    stable_message_id,
)
from masthead.newsletter.rendering.mail import IssueMail, render_issue

__all__ = [
    "IssueMail",
    "RenderedIssue",
    "header_text",
    "message_domain",
    "render_issue",
    "stable_message_id",
]
