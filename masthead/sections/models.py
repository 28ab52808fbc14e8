from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from masthead.articles import cached_listings, queries
from masthead.core.models import ReadOnlyPageMixin, iso_or_blank


class SectionPage(ReadOnlyPageMixin, Page):
    """A region or desk (Asia-Pacific, Washington…): its stories live beneath it."""

    intro = models.TextField(blank=True, help_text="One or two sentences on the beat.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    template = "sections/section_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    def cache_footprint(self):
        # The navigation lists sections in tree order.
        return {
            "list:sections": self.path,
            "lastmod:sections": iso_or_blank(self.last_published_at),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Cached per page number; the template's fragment shows it.
        context["listing"] = cached_listings.cached_paginate(
            request, f"section:{self.pk}", lambda: queries.section_articles(self)
        )
        context["page_number"] = cached_listings.canonical_page_number(request)
        return context
