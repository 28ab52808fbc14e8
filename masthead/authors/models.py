from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from masthead.articles import queries
from masthead.core.models import ReadOnlyPageMixin, iso_or_blank
from masthead.page_cache.tags import add_page_tags, add_tags


class AuthorIndexPage(ReadOnlyPageMixin, Page):
    """/authors/: everyone who writes for the magazine."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "authors/author_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["authors.AuthorPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        authors = list(
            AuthorPage.objects.child_of(self)
            .live()
            .public()
            .select_related("photo")
            .prefetch_related("photo__renditions")
            .order_by("title")
        )
        add_tags("list:authors")
        add_page_tags(authors)
        context["authors"] = authors
        return context


class AuthorPage(ReadOnlyPageMixin, Page):
    """A writer's own page: name (the page title), bio, photo and handles."""

    role = models.CharField(
        max_length=120, blank=True, help_text="Job title, e.g. “Africa correspondent”."
    )
    # Blank for writers moved in from another platform without one.
    bio = models.TextField(
        blank=True, help_text="Two or three sentences shown under each story."
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    x_handle = models.CharField("X handle", max_length=60, blank=True)
    mastodon_handle = models.CharField(
        max_length=120, blank=True, help_text="e.g. @name@example.social"
    )
    linkedin_handle = models.CharField("LinkedIn profile", max_length=120, blank=True)
    website = models.URLField(blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldPanel("x_handle"),
                FieldPanel("mastodon_handle"),
                FieldPanel("linkedin_handle"),
                FieldPanel("website"),
            ],
            heading="Elsewhere",
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("bio")]

    template = "authors/author_page.html"
    parent_page_types = ["authors.AuthorIndexPage"]
    subpage_types = []

    @property
    def name(self):
        return self.title

    def social_links(self):
        links = []
        if self.x_handle:
            handle = self.x_handle.lstrip("@")
            links.append(("X", f"https://x.com/{handle}", f"@{handle}"))
        if self.mastodon_handle:
            parts = self.mastodon_handle.lstrip("@").split("@")
            if len(parts) == 2 and all(parts):
                user, host = parts
                links.append(("Mastodon", f"https://{host}/@{user}", f"@{user}@{host}"))
        if self.linkedin_handle:
            links.append(
                (
                    "LinkedIn",
                    f"https://www.linkedin.com/in/{self.linkedin_handle}",
                    self.linkedin_handle,
                )
            )
        if self.website:
            links.append(("Website", self.website, self.website))
        return links

    def cache_footprint(self):
        # The writers' index lists them by name.
        return {
            "list:authors": f"{self.title}#{self.pk}",
            "lastmod:authors": iso_or_blank(self.last_published_at),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = queries.paginate(
            request, queries.author_articles(self), per_page="listing"
        )
        return context
