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


# What a story looks like away from the site: as a search result and as the
# card social sites draw when it is shared. The page's metadata (og:, twitter:,
# JSON-LD in masthead/syndication/metadata.py), the drawn social card and the
# editor's preview panel (sharing_preview.py) all take their text and picture
# from these functions, so the preview shows what the metadata says.

# About what Google shows before cutting a result short (it measures pixels,
# about 600 for titles; these are the usual character equivalents).
SEARCH_TITLE_LIMIT = 60
SEARCH_DESCRIPTION_LIMIT = 158
# Social sites cut the card's lines too, at about these lengths.
CARD_TITLE_LIMIT = 88
CARD_DESCRIPTION_LIMIT = 200


def shorten(text, limit):
    """``text`` cut at a word boundary to at most ``limit`` characters, with “…”
    (the way search results and cards cut what does not fit)."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–—-") + "…"


def search_title(page):
    return page.seo_title or page.title


def search_description(page):
    return page.search_description or page.summary


def social_title(page):
    return page.social_title or search_title(page)


def social_description(page):
    return page.social_description or search_description(page)


def social_photo(page):
    """The picture of the story's card: the social image, else the top photo.

    None means the story has neither: syndication draws a card of the headline.
    """
    if page.social_image_id:
        return page.social_image
    return page.top_image if page.top_image_id else None
