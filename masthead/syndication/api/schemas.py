"""What the public API returns and accepts, as pydantic (django-ninja) schemas.

Responses are built as plain dicts by ``serialise`` and validated against these
classes, so the OpenAPI document is exactly what clients receive.
"""

import datetime
import re
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import StringConstraints, field_validator

from masthead.articles.models import ArticleType, Licence

ArticleTypeName = Literal[tuple(ArticleType.values)]
LicenceCode = Literal[tuple(Licence.values)]
ImageFormat = Literal["webp", "jpeg"]

# Wagtail and taggit slugs: letters (Unicode allowed), digits, "-" and "_". Anything
# else cannot name a page or tag, so it is a malformed request (422), not a miss.
Slug = Annotated[
    str, StringConstraints(pattern=r"^[-\w]+$", min_length=1, max_length=255)
]


# --- Responses ------------------------------------------------------------------------


class Rendition(Schema):
    url: str = Field(description="Absolute URL of the resized file.")
    width: int
    height: int
    format: ImageFormat


class Image(Schema):
    alt: str = Field(description="Alt text describing the photo.")
    credit: str = Field(description="Agency and photographer; may be empty.")
    caption: str = Field(description="Caption for this use; may be empty.")
    width: int = Field(description="Width of the original upload in pixels.")
    height: int = Field(description="Height of the original upload in pixels.")
    renditions: list[Rendition] = Field(
        description="Resized copies; a width is capped at the original's width."
    )


class SectionRef(Schema):
    slug: str
    title: str
    url: str = Field(description="Absolute URL of the section page.")


class Byline(Schema):
    name: str
    slug: str
    url: str = Field(description="Absolute URL of the author's page.")
    role: str = Field(description="Credit on this story, e.g. “Reporting by”.")


class LicenceInfo(Schema):
    code: LicenceCode
    name: str
    url: str | None = Field(description="Licence deed; null when all rights reserved.")
    allows_republishing: bool


class CorrectionEntry(Schema):
    corrected_at: datetime.datetime
    text: str


class Note(Schema):
    number: int = Field(description="1 for the first note.")
    url: str = Field(description="The note on the story's page.")
    html: str = Field(description="Sanitised HTML with absolute links.")


class RelatedArticle(Schema):
    id: int
    headline: str
    url: str
    api_url: str


class Article(Schema):
    id: int
    url: str = Field(description="Absolute URL of the story on the magazine.")
    api_url: str = Field(description="This story in the API.")
    headline: str
    dek: str = Field(description="One-sentence standfirst; may be empty.")
    summary: str = Field(
        description="The dek, or the opening of the first paragraph (about 160 "
        "characters) when the story has no dek."
    )
    type: ArticleTypeName
    section: SectionRef | None = Field(
        description="The section the story sits in; null if that section is not live."
    )
    authors: list[Byline] = Field(
        description="Byline order. Credits whose author page is not public are omitted."
    )
    credited_to: list[str] = Field(
        description="Names in the public byline; the magazine's name for an "
        "unsigned story."
    )
    tags: list[str]
    first_published: datetime.datetime
    updated_at: datetime.datetime | None = Field(
        description="Last substantive update, if any; see update_note."
    )
    update_note: str
    reading_time: int = Field(description="Minutes.")
    licence: LicenceInfo
    canonical_url: str = Field(
        description="Where the story was first published; its own URL otherwise."
    )
    top_image: Image | None
    body_html: str = Field(
        description="The full text as sanitised HTML with absolute links."
    )
    notes: list[Note] = Field(
        description="Numbered notes and sources; body_html cites note N as a "
        "link to its url and lists them all at the end."
    )
    corrections: list[CorrectionEntry] = Field(description="Oldest first.")


class ArticleDetail(Article):
    related: list[RelatedArticle] = Field(
        description="Up to four public stories sharing tags, authors or the "
        "section, weighted by recency; best first."
    )


class Section(Schema):
    slug: str
    title: str
    intro: str
    url: str = Field(description="Absolute URL of the section page.")
    api_url: str
    articles_url: str = Field(description="This section's stories in the API.")


class Handles(Schema):
    x: str | None = Field(description="X handle without “@”.")
    mastodon: str | None = Field(description="e.g. @name@example.social")
    linkedin: str | None = Field(description="LinkedIn profile name.")
    website: str | None


class Author(Schema):
    name: str
    slug: str
    role: str = Field(description="Job title, e.g. “Africa correspondent”.")
    bio: str
    url: str = Field(description="Absolute URL of the author's page.")
    api_url: str
    articles_url: str = Field(description="This author's stories in the API.")
    photo: Image | None
    handles: Handles


# --- Query parameters -----------------------------------------------------------------


def _as_utc(value):
    """Naive datetimes are read as UTC; one that cannot be expressed in UTC is 422."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    try:
        return value.astimezone(datetime.UTC)
    except OverflowError as exc:
        raise ValueError("date is out of range once converted to UTC") from exc


class StoryFilters(Schema):
    """Filters narrow a listing. A well-formed slug that names nothing public
    (an unknown, draft or private section, author or tag) matches no stories:
    the answer is an empty list with ``count`` 0, never a 404."""

    section: Slug | None = Field(None, description="Section slug.")
    author: Slug | None = Field(None, description="Author slug.")
    tag: Slug | None = Field(None, description="Tag slug.")
    published_after: datetime.datetime | None = Field(
        None,
        description="ISO 8601; first published at or after this moment (naive = UTC).",
    )
    published_before: datetime.datetime | None = Field(
        None,
        description="ISO 8601; first published strictly before this moment "
        "(naive = UTC).",
    )

    @field_validator("published_after", "published_before", mode="before")
    @classmethod
    def unmangle_plus(cls, value):
        # "+09:00" typed into a URL unencoded arrives as " 09:00".
        if isinstance(value, str):
            return re.sub(r"(T[\d:.]+) (\d{2}(?::?\d{2})?)$", r"\1+\2", value)
        return value

    @field_validator("published_after", "published_before", mode="after")
    @classmethod
    def in_utc(cls, value):
        return _as_utc(value)


class ArticleFilters(StoryFilters):
    type: ArticleTypeName | None = Field(None, description="Article type.")
