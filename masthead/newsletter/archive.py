"""The public archive: every sent issue's web version, newest first.

Pages show what every reader got, rendered without a subscriber, so they carry
no one's address and no personal (unsubscribe or preferences) links. Issues that
were not sent do not exist here.
"""

import importlib
import re

from csp.decorators import csp_update
from django.db.models import F
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe

from masthead.articles import queries
from masthead.newsletter.models import IssueStatus, NewsletterIssue

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)
# Whatever the email carries for mail clients only, it must not run on the site.
_DROP = re.compile(
    r"<(script|style|title|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!DOCTYPE[^>]*>"
    r"|</?(html|body|meta|link)\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)


def sent_issues():
    return (
        NewsletterIssue.objects.filter(status=IssueStatus.SENT)
        .select_related("newsletter")
        .order_by(F("sent_at").desc(nulls_last=True), "-pk")
    )


def web_body(html):
    """The body of the email, ready to sit inside the site's page."""
    match = _BODY.search(html)
    return _DROP.sub("", match.group(1) if match else html).strip()


def render_web_version(issue):
    rendering = importlib.import_module("masthead.newsletter.rendering")
    rendered = rendering.render_issue(issue, subscriber=None, web_version=True)
    return rendered


def archive_index(request):
    listing = queries.paginate(request, sent_issues(), prepare_items=list)
    return TemplateResponse(
        request, "newsletter/archive_index.html", {"listing": listing}
    )


# The web version keeps the email's look: mail clients want style attributes.
@csp_update({"style-src-attr": ["'unsafe-inline'"]})
def archive_issue(request, pk):
    issue = get_object_or_404(sent_issues(), pk=pk)
    rendered = render_web_version(issue)
    newer = older = None
    if issue.sent_at:
        newer = sent_issues().filter(sent_at__gt=issue.sent_at).last()
        older = sent_issues().filter(sent_at__lt=issue.sent_at).first()
    return TemplateResponse(
        request,
        "newsletter/archive_issue.html",
        {
            "issue": issue,
            # The renderer escapes everything it takes from content; this is our
            # own markup, with scripts and styles removed for good measure.
            "body": mark_safe(web_body(rendered.html)),  # noqa: S308
            "newer": newer,
            "older": older,
        },
    )
