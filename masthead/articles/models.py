"""Articles (stories and QiOSK items), their authors, tags and corrections log."""

import math
from html import unescape

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from masthead.analytics.panels import ReadingFiguresPanel
from masthead.articles.panels import SectionPanel, WriterChooser
from masthead.articles.sharing_preview import SharingPreviewPanel
from masthead.core.blocks import ArticleBodyBlock
from masthead.core.models import ReadOnlyPageMixin, iso_or_blank
from masthead.page_cache import fragments

WORDS_PER_MINUTE = 230
SUMMARY_LENGTH = 160


def plain_text(html):
    """Readable text of a fragment of HTML: tags gone, entities decoded, one space."""
    return " ".join(unescape(strip_tags(html or "")).split())


def trim_to_words(text, limit=SUMMARY_LENGTH):
    """``text`` cut at a word boundary to at most ``limit`` characters, with “…”."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–—-") + "…"


class ArticleType(models.TextChoices):
    ANALYSIS = "analysis", "Analysis"
    OPINION = "opinion", "Opinion"
    NEWS = "news", "News"
    REPORTING = "reporting", "Reporting"
    QIOSK = "qiosk", "QiOSK"


class Licence(models.TextChoices):
    """Terms on which others may republish a story."""

    CC_BY_ND = "cc-by-nd-4.0", "CC BY-ND 4.0"
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    ALL_RIGHTS_RESERVED = "all-rights-reserved", "All rights reserved"

    @property
    def url(self):
        if self == Licence.ALL_RIGHTS_RESERVED:
            return ""
        code = self.value.removeprefix("cc-").removesuffix("-4.0")
        return f"https://creativecommons.org/licenses/{code}/4.0/"

    @property
    def allows_republishing(self):
        return self != Licence.ALL_RIGHTS_RESERVED


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(ReadOnlyPageMixin, Page):
    """One story. Lives under its section, which gives it its label and URL."""

    dek = models.CharField(
        max_length=300,
        blank=True,
        help_text="One-sentence standfirst shown under the headline.",
    )
    article_type = models.CharField(
        "type",
        max_length=20,
        choices=ArticleType.choices,
        default=ArticleType.ANALYSIS,
        db_index=True,
    )
    top_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    top_image_caption = models.CharField(max_length=1000, blank=True)
    body = StreamField(ArticleBodyBlock())
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    updated_at = models.DateTimeField(
        "last substantively updated",
        null=True,
        blank=True,
        help_text="Set when the story changes in substance; readers see the note.",
    )
    update_note = models.CharField(max_length=300, blank=True)
    canonical_url = models.URLField(
        blank=True, help_text="For a piece first published elsewhere."
    )
    licence = models.CharField(
        max_length=32,
        choices=Licence.choices,
        default=Licence.CC_BY_ND,
        help_text="Creative Commons licences let others republish the story.",
    )
    reading_time = models.PositiveSmallIntegerField(
        "reading time (minutes)", default=1, editable=False
    )
    # Optional overrides for the card social sites show when the story is
    # shared (masthead/articles/sharing.py decides what each falls back to).
    social_title = models.CharField(
        "social headline",
        max_length=200,
        blank=True,
        help_text="Shown on the card when the story is shared. Blank: the "
        "search headline, else the headline.",
    )
    social_description = models.CharField(
        max_length=300,
        blank=True,
        help_text="The line under the card's headline. Blank: the search "
        "description, else the dek.",
    )
    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The card's picture (cropped to 1200×630). Blank: the top photo.",
    )

    # The order of the reader's page: label (section and type), headline,
    # dek, byline, top photo, body; words readers know (articles/panels.py).
    content_panels = [
        SectionPanel(),
        FieldPanel(
            "article_type",
            heading="Label",
            help_text="Readers see it before the section above the headline, "
            "e.g. “Analysis | Asia-Pacific”.",
        ),
        TitleFieldPanel(
            "title",
            heading="Headline",
            placeholder="Headline*",
            help_text="Readers see it on the story’s page, in every listing and "
            "when the story is shared.",
        ),
        FieldPanel(
            "dek",
            help_text="One sentence under the headline that tells readers why "
            "to read on; also the story’s description in search and sharing.",
        ),
        # Unsigned pieces (common in archives) are credited to the publication.
        InlinePanel(
            "article_authors",
            label="Writer",
            heading="Writers",
            help_text="The byline, in this order. None for an unsigned piece: "
            "it is credited to the magazine.",
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "top_image",
                    heading="Photo",
                    help_text="The large photo under the dek, also in listings; "
                    "readers see its credit under it.",
                ),
                FieldPanel(
                    "top_image_caption",
                    heading="Caption",
                    help_text="Shown under the photo, before the credit.",
                ),
            ],
            heading="Top photo",
        ),
        FieldPanel("body"),
        FieldPanel(
            "tags", help_text="Topics, separated by commas; each has its own page."
        ),
        MultiFieldPanel(
            [FieldPanel("updated_at"), FieldPanel("update_note")],
            heading="Update notice",
        ),
        InlinePanel("corrections", label="Corrections log"),
        ReadingFiguresPanel(),
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("canonical_url"),
        FieldPanel("licence"),
        SharingPreviewPanel(
            [
                FieldPanel("social_title"),
                FieldPanel("social_description"),
                FieldPanel("social_image"),
            ]
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("dek"),
        index.SearchField("body"),
        index.FilterField("article_type"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "article_authors",
            [index.RelatedFields("author", [index.SearchField("title")])],
        ),
    ]

    template = "articles/article_page.html"
    parent_page_types = ["sections.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = "article"

    @property
    def headline(self):
        return self.title

    @property
    def display_date(self):
        return (
            self.first_published_at
            or self.latest_revision_created_at
            or self.created_at
        )

    @cached_property
    def section(self):
        """The section this story sits in (listings set it in bulk instead)."""
        return self.get_parent()

    @property
    def licence_terms(self):
        return Licence(self.licence)

    @property
    def is_qiosk(self):
        return self.article_type == ArticleType.QIOSK

    def first_paragraph_text(self):
        """The plain text of the body's first non-empty paragraph."""
        for block in self.body.raw_data:
            if block["type"] == "paragraph":
                text = plain_text(str(block["value"]))
                if text:
                    return text
        return ""

    @property
    def summary(self):
        """The dek, or for a story without one the opening of its first paragraph.

        What meta descriptions, share cards, JSON-LD, feeds and the API describe
        the story with: real archives have many stories without a dek.
        """
        dek = " ".join(self.dek.split())
        return dek or trim_to_words(self.first_paragraph_text())

    def body_text(self):
        """The plain words of the body, for reading time and summaries."""
        words = []
        for block in self.body.raw_data:
            value = block["value"]
            if isinstance(value, str):
                words.append(strip_tags(value))
            elif isinstance(value, dict):
                words.append(strip_tags(str(value.get("text", ""))))
        return " ".join(words)

    def cache_footprint(self):
        # Listings order by first publication (ties by id): that is its position.
        position = f"{iso_or_blank(self.first_published_at)}#{self.pk}"
        footprint = {
            "lastmod:articles": iso_or_blank(self.last_published_at),
            "list:articles": position,
            "list:qiosk" if self.is_qiosk else "list:stories": position,
            f"list:section:{self.get_parent().pk}": position,
        }
        for credit in self.article_authors.all():
            footprint[f"list:author:{credit.author_id}"] = position
        for item in self.tagged_items.all():
            footprint[f"list:tag:{item.tag_id}"] = position
        corrections = sorted(
            f"{iso_or_blank(c.corrected_at)}#{c.pk}" for c in self.corrections.all()
        )
        if corrections:
            footprint["list:corrections"] = ",".join(corrections)
        return footprint

    def save(self, *args, **kwargs):
        word_count = len(self.body_text().split())
        self.reading_time = max(1, math.ceil(word_count / WORDS_PER_MINUTE))
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from masthead.articles import queries

        context = super().get_context(request, *args, **kwargs)
        # Loaded only by the fragments that miss ({% prepare_article %} loads the
        # story's own relations): a warm page costs no query for them.
        context["related"] = fragments.lazy(lambda: queries.related_stories(self))
        context["river"] = fragments.lazy(
            lambda: fragments.cached_for(
                request,
                f"river:{self.pk}:{self.live_revision_id}",
                lambda: queries.river_page(request, exclude=self),
            )
        )
        return context


class ArticleAuthor(Orderable):
    """An author's credit on an article, in byline order, with an optional role."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="article_authors"
    )
    author = models.ForeignKey(
        "authors.AuthorPage", on_delete=models.CASCADE, related_name="article_credits"
    )
    role = models.CharField(
        max_length=60, blank=True, help_text="Optional, e.g. “Reporting by”."
    )

    panels = [
        FieldPanel("author", heading="Writer", widget=WriterChooser),
        FieldPanel("role", help_text="Optional, before the name, e.g. “Reporting by”."),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["page", "author"], name="unique_author_per_article"
            )
        ]


class Correction(models.Model):
    """A public, timestamped entry in an article's corrections log."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="corrections"
    )
    corrected_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(help_text="What was wrong and what is now right.")

    panels = [FieldPanel("corrected_at"), FieldPanel("text")]

    class Meta:
        ordering = ["corrected_at", "pk"]

    def __str__(self):
        return f"Correction of {self.corrected_at:%Y-%m-%d}"


class QioskIndexPage(ReadOnlyPageMixin, Page):
    """/qiosk/: the stream of short, quick news items."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "articles/qiosk_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "QiOSK index page"

    def get_context(self, request, *args, **kwargs):
        from masthead.articles import queries

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = queries.paginate(
            request, queries.qiosk_items(), per_page="listing"
        )
        return context
