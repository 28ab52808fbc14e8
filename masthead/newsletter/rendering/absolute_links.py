"""Absolute URLs in the mail: story and image links, links in rich text, and
each recipient's unsubscribe and preferences links.

Mail is read away from the site, so every link in it is absolute.
"""

import re

from django.urls import NoReverseMatch, reverse

from masthead.core import public_url
from masthead.newsletter import links

_RELATIVE_LINK = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')


def absolute_url(url):
    return public_url.absolute(url) if url else ""


def absolutise_links(html):
    """Rich text links to our own pages are relative; mail needs them absolute."""
    return _RELATIVE_LINK.sub(lambda m: f'{m[1]}{public_url.absolute(m[2])}"', html)


def optional_url(name):
    try:
        return public_url.absolute(reverse(name))
    except NoReverseMatch:
        return ""


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
                public_url.absolute(reverse(name, args=[_TOKEN_MARKER]))
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
