"""The links in a newsletter to the magazine's stories, tagged as newsletter traffic.

Every story link in an issue is built here and only here, so reading figures can
tell newsletter readers from others (``ref=newsletter`` and the usual UTM tags,
the campaign being the issue's slug), each wrapped in the signed click-counting
redirect of masthead.analytics.links (issue and position, never the subscriber).
The page cache drops these parameters from its key: tagged links still hit it.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from masthead.analytics.links import click_url
from masthead.core import public_url

REF = "newsletter"


def tagged_url(url, issue):
    """``url`` with the newsletter's tracking parameters (existing ones kept)."""
    parts = urlsplit(url)
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key != "ref" and not key.startswith("utm_")
    ]
    query += [
        ("ref", REF),
        ("utm_source", "newsletter"),
        ("utm_medium", "email"),
        ("utm_campaign", issue.slug),
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def story_link(issue, page, position):
    """The link to ``page`` at ``position`` (1 = first) in ``issue``, or "" when
    the page is not routable from any site."""
    parts = page.get_url_parts()
    if parts is None:
        return ""
    url = tagged_url(public_url.absolute(parts[2]), issue)
    if issue.pk is None or position is None:
        return url
    # Counted through a signed redirect that knows the issue and position only.
    return click_url(url, issue_id=issue.pk, position=position)
