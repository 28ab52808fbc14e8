"""Share links for a story: plain links that work without JavaScript.

No third-party script and nothing loaded from the services until a reader
follows a link. Mastodon has no single server to send readers to, so its link
goes to Share₂Fedi (https://s2f.kytta.dev, open source, no cookies, trackers
or account; it asks for the reader's own instance and remembers it only in the
reader's browser) rather than a share page that profiles visitors.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode


@dataclass(frozen=True)
class ShareLink:
    service: str  # short, visible name
    label: str  # accessible name
    href: str


def _query(**params):
    return urlencode(params, quote_via=quote)


def share_links(url, title):
    """The links, in the order shown, for a story at ``url`` titled ``title``."""
    text = f"{title} {url}"
    return [
        ShareLink(
            "Email",
            "Share by email",
            "mailto:?" + _query(subject=title, body=f"{title}\n\n{url}"),
        ),
        ShareLink(
            "Bluesky",
            "Share on Bluesky",
            "https://bsky.app/intent/compose?" + _query(text=text),
        ),
        ShareLink(
            "Mastodon",
            "Share on Mastodon",
            "https://s2f.kytta.dev/?" + _query(text=text),
        ),
        ShareLink(
            "X",
            "Share on X",
            "https://x.com/intent/post?" + _query(url=url, text=title),
        ),
        ShareLink(
            "LinkedIn",
            "Share on LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?" + _query(url=url),
        ),
    ]
