"""A newsletter issue as email: multipart HTML + text, per-recipient links, headers.

``render_issue(issue)`` is the web/preview version (no personal links);
``render_issue(issue, subscriber)`` and ``build_message(issue, subscriber)`` are
one subscriber's copy; ``IssueMail`` renders an issue once for all its copies.

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
from masthead.newsletter.rendering.mail import IssueMail, build_message, render_issue

__all__ = [
    "IssueMail",
    "RenderedIssue",
    "build_message",
    "header_text",
    "message_domain",
    "render_issue",
    "stable_message_id",
]
