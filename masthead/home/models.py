from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from masthead.articles import queries
from masthead.core.blocks import ArticleBodyBlock
from masthead.core.models import ReadOnlyPageMixin


class HomePage(ReadOnlyPageMixin, Page):
    """The front page: lead story, curated slots, the river, LATEST and QiOSK."""

    content_panels = [
        *Page.content_panels,
        InlinePanel(
            "featured_slots",
            label="Curated slots",
            help_text="The first is the lead story. Empty slots fill with the newest.",
        ),
    ]

    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sections.SectionPage",
        "authors.AuthorIndexPage",
        "articles.QioskIndexPage",
        "home.StandardPage",
    ]
    max_count = 1

    FEATURED_COUNT = 4

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = queries.front_page_stories(self, count=self.FEATURED_COUNT)
        context["lead"] = featured[0] if featured else None
        context["featured"] = featured[1:]
        context["river"] = queries.river_page(
            request, exclude=featured, start_page=True
        )
        return context


class FeaturedSlot(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_slots"
    )
    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]


class StandardPage(ReadOnlyPageMixin, Page):
    """A plain page (About, Contact, Masthead…): a title and a body."""

    body = StreamField(ArticleBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
