"""The export formats the admin's import page offers, and their readers."""

from __future__ import annotations

import dataclasses

from django.utils.module_loading import import_string


@dataclasses.dataclass(frozen=True)
class Format:
    key: str  # the reader's ``source_name``
    label: str
    reader_path: str
    extensions: tuple[str, ...]  # what an upload's name may end with
    # The import page's "old site address" becomes this reader option.
    site_url_option: str = ""
    takes_author: bool = False  # the export names no writer: the page asks

    def reader_class(self):
        """The reader, or None while this installation has no reader for it."""
        try:
            return import_string(self.reader_path)
        except ImportError:
            return None


FORMATS = {
    f.key: f
    for f in (
        Format(
            "wordpress",
            "WordPress export (WXR .xml)",
            "masthead.importers.readers.wordpress.WordPressReader",
            (".xml", ".wxr"),
        ),
        Format(
            "feed",
            "RSS or Atom feed file",
            "masthead.importers.readers.feed.FeedReader",
            (".xml", ".rss", ".atom"),
        ),
        Format(
            "ghost",
            "Ghost export (JSON)",
            "masthead.importers.readers.ghost.GhostReader",
            (".json",),
            site_url_option="site_url",
        ),
        Format(
            "substack",
            "Substack export (.zip)",
            "masthead.importers.readers.substack.SubstackReader",
            (".zip",),
            site_url_option="substack_url",
            takes_author=True,
        ),
    )
}


def reader_options(fmt, *, site_url="", author=""):
    """The reader options the import page's fields stand for."""
    options = {}
    if fmt.site_url_option and site_url:
        options[fmt.site_url_option] = site_url.rstrip("/")
    if fmt.takes_author and author:
        options["author"] = author
    return options


def available_formats():
    return [f for f in FORMATS.values() if f.reader_class() is not None]
