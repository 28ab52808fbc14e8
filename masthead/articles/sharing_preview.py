"""The "Search and sharing preview" panel on a story's edit page.

It holds the social overrides (headline, description, image) and shows, below
them, the story as a search result and as the card social sites draw when it
is shared. Both take their text from ``sharing`` — the functions the page's
metadata uses — so what the editor sees is what the metadata says.
``static/js/admin/sharing_preview.js`` redraws both as the editor types (a
static file: the admin's pages carry a Content-Security-Policy too).

A story with neither a social image nor a top photo is shared with a card of
its headline drawn by the syndication app; the preview shows that card from an
admin-only URL (named ``masthead_social_card_preview``) that draws it for the
headline being typed.
"""

from urllib.parse import urlencode, urlsplit

from django.forms import Media
from django.urls import NoReverseMatch, reverse
from wagtail.admin.panels import MultiFieldPanel

from masthead.articles import sharing

PREVIEW_IMAGE_SPEC = "fill-600x315"  # the card's 1.91:1 crop, at preview size


def drawn_card_url(title, kicker):
    try:
        endpoint = reverse("masthead_social_card_preview")
    except NoReverseMatch:  # a URLconf without the admin
        return ""
    return endpoint + "?" + urlencode({"title": title, "kicker": kicker})


def display_url(url):
    """A URL as Google shows it: ``news.example › section › story``."""
    parts = urlsplit(url)
    return " › ".join([parts.netloc, *[p for p in parts.path.split("/") if p]])


class SharingPreviewPanel(MultiFieldPanel):
    def __init__(self, children=(), *args, **kwargs):
        kwargs.setdefault("heading", "Search and sharing preview")
        kwargs.setdefault(
            "help_text",
            "How the story looks as a search result and as a card when it is "
            "shared. Blank fields use the search title and description from "
            "above, then the headline and dek.",
        )
        super().__init__(children, *args, **kwargs)

    class BoundPanel(MultiFieldPanel.BoundPanel):
        template_name = "articles/admin/sharing_preview_panel.html"

        @property
        def media(self):
            return super().media + Media(
                js=["js/admin/sharing_preview.js"],
                css={"all": ["css/admin/sharing_preview.css"]},
            )

        def parent_url(self):
            parent = getattr(self.form, "parent_page", None)
            if parent is None and self.instance.pk:
                parent = self.instance.get_parent()
            url = parent.get_full_url(self.request) if parent else None
            return url or "/"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            parent_url = self.parent_url()
            url = page.canonical_url or f"{parent_url}{page.slug or 'headline'}/"
            photo = sharing.social_photo(page)
            parent = getattr(self.form, "parent_page", None)
            if parent is None and page.pk:
                parent = page.get_parent()
            kicker = parent.title if parent else ""
            context.update(
                {
                    "limits": {
                        "search_title": sharing.SEARCH_TITLE_LIMIT,
                        "search_description": sharing.SEARCH_DESCRIPTION_LIMIT,
                        "card_title": sharing.CARD_TITLE_LIMIT,
                        "card_description": sharing.CARD_DESCRIPTION_LIMIT,
                    },
                    "parent_url": parent_url,
                    "summary": page.summary,
                    "kicker": kicker,
                    "search_title": sharing.shorten(
                        sharing.search_title(page), sharing.SEARCH_TITLE_LIMIT
                    ),
                    "search_description": sharing.shorten(
                        sharing.search_description(page),
                        sharing.SEARCH_DESCRIPTION_LIMIT,
                    ),
                    "display_url": display_url(url),
                    "domain": urlsplit(url).netloc,
                    "card_title": sharing.shorten(
                        sharing.social_title(page), sharing.CARD_TITLE_LIMIT
                    ),
                    "card_description": sharing.shorten(
                        sharing.social_description(page),
                        sharing.CARD_DESCRIPTION_LIMIT,
                    ),
                    "card_image_url": (
                        photo.get_rendition(PREVIEW_IMAGE_SPEC).url
                        if photo
                        else drawn_card_url(sharing.social_title(page), kicker)
                    ),
                    "drawn_card_endpoint": drawn_card_url("", "").split("?")[0],
                }
            )
            return context
