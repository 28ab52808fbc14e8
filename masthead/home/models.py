from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from masthead.articles import queries
from masthead.core.blocks import ArticleBodyBlock
from masthead.core.models import ReadOnlyPageMixin
from masthead.page_cache import fragments
from masthead.sections.models import SectionPage


class HomePage(ReadOnlyPageMixin, Page):
    """The front page: the lead and top stories (pinned or the newest), a block
    per section, the QiOSK strip, "Most read" (once there are figures), the river."""

    TOP_COUNT = 4  # top stories under the lead
    SECTION_BLOCK_SIZE = 3
    QIOSK_STRIP_SIZE = 4

    content_panels = [
        *Page.content_panels,
        InlinePanel(
            "featured_slots",
            label="Lead and top stories",
            heading="Lead and top stories",
            help_text=(
                "Pin stories here: the first is the lead story, the next fill the"
                f" {TOP_COUNT} top stories. Slots left empty, and pinned stories"
                " that are no longer published, fill with the newest stories."
                " QiOSK items are not pinned."
            ),
            max_num=1 + TOP_COUNT,
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

    def get_context(self, request, *args, **kwargs):
        # Lazy: loaded only when the page's fragments miss (a warm front page
        # costs no query for them); the stories shown above the river are
        # loaded once for both.
        context = super().get_context(request, *args, **kwargs)
        featured = fragments.lazy(
            lambda: queries.front_page_stories(self, count=1 + self.TOP_COUNT)
        )
        context["lead"] = fragments.lazy(lambda: (featured() or [None])[0])
        context["featured"] = fragments.lazy(lambda: featured()[1:])
        context["section_blocks"] = fragments.lazy(
            lambda: queries.front_page_sections(
                SectionPage.objects.live().public().child_of(self).order_by("path"),
                per_section=self.SECTION_BLOCK_SIZE,
                exclude=featured(),
            )
        )
        context["qiosk_strip"] = fragments.lazy(
            lambda: queries.qiosk_strip(count=self.QIOSK_STRIP_SIZE)
        )
        # Empty until masthead has reading figures: the block then shows itself.
        context["most_read"] = fragments.lazy(queries.most_read)
        context["river"] = fragments.lazy(
            lambda: fragments.cached_for(
                request,
                f"river:{self.pk}:{self.live_revision_id}",
                lambda: queries.river_page(
                    request, exclude=featured(), start_page=True
                ),
            )
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
