"""What every format reader produces: plain data, no database, no network.

Readers (``masthead.importers.readers``) turn a WordPress, Ghost, Substack or
RSS/Atom export into these records; the pipeline (``masthead.importers.pipeline``)
turns the records into pages. Everything a record holds comes from an untrusted
file: the pipeline sanitises HTML and validates URLs, readers only decode.

Body HTML convention (what readers emit, what the pipeline's HTML-to-blocks
conversion understands), so that no reader needs to know about StreamField:

- paragraphs ``<p>``, headings ``<h2>``–``<h6>``, lists ``<ul>/<ol>``,
  quotes ``<blockquote>`` (an optional ``<cite>`` inside is the source),
  pull quotes ``<blockquote class="pullquote">``;
- a photo is ``<figure><img src=… alt=… data-credit=…><figcaption>…</figcaption>
  </figure>`` (a bare ``<img>`` is a photo too); ``data-credit`` is optional;
- an embed is ``<figure data-embed-url="https://…"></figure>``;
- anything else is sanitised down to paragraphs of text and inline markup.

WordPress shortcodes (``[caption]``, ``[embed]``…), Gutenberg block comments,
Ghost cards and Substack captions are the readers' business: they rewrite them
into the convention above.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum


class ItemKind(enum.StrEnum):
    ARTICLE = "article"  # a story: lives under a section
    PAGE = "page"  # a standalone page (About, Contact…)


class ItemStatus(enum.StrEnum):
    """The source's publication state. Only PUBLISH goes live."""

    PUBLISH = "publish"
    DRAFT = "draft"
    PENDING = "pending"  # waiting for review in the source
    PRIVATE = "private"  # never public, imported as a draft
    FUTURE = "future"  # scheduled: imported as a draft with go-live at published_at


@dataclasses.dataclass(slots=True)
class ImportedAuthor:
    """A writer. ``key`` is unique within one source (login, slug or email)."""

    key: str
    name: str
    bio: str = ""
    email: str = ""
    website: str = ""
    avatar_url: str = ""


@dataclasses.dataclass(slots=True)
class ImportedImage:
    """A photo to fetch (absolute URL) or find in ``--media-dir`` (relative path)."""

    url: str
    alt_text: str = ""
    caption: str = ""
    credit: str = ""
    title: str = ""


@dataclasses.dataclass(slots=True)
class ImportedCategory:
    """A category from the source; ``parent_key`` gives nested categories."""

    key: str  # the source's slug
    name: str
    parent_key: str = ""
    description: str = ""


@dataclasses.dataclass(slots=True)
class ImportedItem:
    """One post or page."""

    source_id: str  # unique and stable within the source, e.g. "123" or a guid
    kind: ItemKind
    title: str
    slug: str
    status: ItemStatus
    body_html: str  # in the convention of this module's docstring
    excerpt: str = ""  # plain text; becomes the dek
    published_at: datetime.datetime | None = None  # aware
    modified_at: datetime.datetime | None = None  # aware
    author_keys: list[str] = dataclasses.field(default_factory=list)  # byline order
    category_keys: list[str] = dataclasses.field(default_factory=list)  # primary first
    tags: list[str] = dataclasses.field(default_factory=list)
    featured_image: ImportedImage | None = None
    # Addresses the item answered at before: absolute URLs or paths, each becomes
    # a 301 to the new page (e.g. the permalink and WordPress's "/?p=123").
    old_urls: list[str] = dataclasses.field(default_factory=list)
    canonical_url: str = ""  # where it was first published, if not the old site


@dataclasses.dataclass(slots=True)
class SourceInventory:
    """What ``scan`` learnt from checking the whole file, before any write."""

    source_name: str  # e.g. "wordpress", "ghost", "substack", "feed"
    site_url: str = ""  # the old site's address, to recognise its own links
    item_count: int = 0  # items ``items()`` will yield
    authors: dict[str, ImportedAuthor] = dataclasses.field(default_factory=dict)
    categories: dict[str, ImportedCategory] = dataclasses.field(default_factory=dict)
    # What the import leaves out on purpose, counted: {"comment": 40, "revision": 3,
    # "nav_menu_item": 7, "attachment": 120, …}. The summary reports these.
    skipped: dict[str, int] = dataclasses.field(default_factory=dict)
