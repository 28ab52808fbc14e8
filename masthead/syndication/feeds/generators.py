"""The RSS 2.0 and Atom 1.0 writers: full text, several authors, a credited photo."""

from dataclasses import dataclass

from django.utils.feedgenerator import (
    Atom1Feed,
    Rss201rev2Feed,
    rfc2822_date,
    rfc3339_date,
)

DC_NS = "http://purl.org/dc/elements/1.1/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
MEDIA_NS = "http://search.yahoo.com/mrss/"


@dataclass
class FeedImage:
    """A photo as a feed carries it: one JPEG rendition, its size, alt and credit."""

    url: str
    length: int
    mime_type: str
    width: int
    height: int
    alt: str
    credit: str
    caption: str = ""


def _write_media(handler, image):
    """Media RSS: the readers that show a picture use this, with its credit."""
    handler.startElement(
        "media:content",
        {
            "url": image.url,
            "type": image.mime_type,
            "medium": "image",
            "fileSize": str(image.length),
            "width": str(image.width),
            "height": str(image.height),
        },
    )
    if image.alt:
        handler.addQuickElement("media:description", image.alt, {"type": "plain"})
    if image.credit:
        handler.addQuickElement("media:credit", image.credit)
    handler.endElement("media:content")


class MastheadRssFeed(Rss201rev2Feed):
    """RSS 2.0 with full text, several authors and a credited photo."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DC_NS,
            "xmlns:content": CONTENT_NS,
            "xmlns:media": MEDIA_NS,
        }

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("generator", "masthead")

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("link", item["link"])
        handler.addQuickElement("description", item["description"])
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        # RSS <author> must be an e-mail address; Dublin Core takes names.
        for name, _uri in item.get("authors", ()):
            handler.addQuickElement("dc:creator", name)
        handler.addQuickElement("pubDate", rfc2822_date(item["pubdate"]))
        handler.addQuickElement("guid", item["unique_id"], {"isPermaLink": "false"})
        for enclosure in list(item["enclosures"])[:1]:
            handler.addQuickElement(
                "enclosure",
                "",
                {
                    "url": enclosure.url,
                    "length": enclosure.length,
                    "type": enclosure.mime_type,
                },
            )
        if item.get("image"):
            _write_media(handler, item["image"])
        for category in item["categories"]:
            handler.addQuickElement("category", category)
        if item["item_copyright"]:
            handler.addQuickElement("dc:rights", item["item_copyright"])


class MastheadAtomFeed(Atom1Feed):
    """Atom 1.0 with a text summary, the full text as HTML content and every author."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("generator", "masthead")

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "text/html", "href": item["link"]}
        )
        handler.addQuickElement("id", item["unique_id"])
        handler.addQuickElement("published", rfc3339_date(item["pubdate"]))
        handler.addQuickElement(
            "updated", rfc3339_date(item["updateddate"] or item["pubdate"])
        )
        for name, uri in item.get("authors", ()):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if uri:
                handler.addQuickElement("uri", uri)
            handler.endElement("author")
        if item.get("summary"):
            handler.addQuickElement("summary", item["summary"], {"type": "text"})
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        for enclosure in item["enclosures"]:
            attrs = {
                "rel": "enclosure",
                "href": enclosure.url,
                "length": enclosure.length,
                "type": enclosure.mime_type,
            }
            if item.get("image") and item["image"].credit:
                attrs["title"] = item["image"].credit
            handler.addQuickElement("link", "", attrs)
        if item.get("image"):
            _write_media(handler, item["image"])
        for category in item["categories"]:
            handler.addQuickElement("category", "", {"term": category})
        if item["item_copyright"]:
            handler.addQuickElement("rights", item["item_copyright"], {"type": "text"})
