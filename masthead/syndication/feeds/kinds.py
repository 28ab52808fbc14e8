"""One feed per kind: the site, a section, an author, a tag, QiOSK, corrections."""

from django.http import Http404
from django.urls import reverse
from taggit.models import Tag

from masthead.articles import queries
from masthead.articles.models import QioskIndexPage
from masthead.authors.models import AuthorPage
from masthead.sections.models import SectionPage
from masthead.syndication.feeds.base import MastheadFeed
from masthead.syndication.feeds.entries import correction_entry


def _live_page(model, slug):
    page = model.objects.live().public().filter(slug=slug).first()
    if page is None:
        raise Http404(f"No such {model._meta.verbose_name}.")
    return page


class SiteFeed(MastheadFeed):
    kind = "site"

    def resolve(self, request, slug):
        return None, "", "/", ""

    def get_queryset(self, obj):
        return queries.stories()


class SectionFeed(MastheadFeed):
    kind = "section"

    def resolve(self, request, slug):
        section = _live_page(SectionPage, slug)
        return (
            section,
            section.title,
            section.get_url(request),
            section.intro or f"The latest from {section.title}.",
        )

    def get_queryset(self, section):
        return queries.section_articles(section)


class AuthorFeed(MastheadFeed):
    kind = "author"

    def resolve(self, request, slug):
        author = _live_page(AuthorPage, slug)
        return (
            author,
            author.title,
            author.get_url(request),
            author.bio or f"Stories by {author.title}.",
        )

    def get_queryset(self, author):
        return queries.author_articles(author)


class TagFeed(MastheadFeed):
    kind = "tag"

    def resolve(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404("No such tag.")
        return tag, tag.name, reverse("tag", args=[tag.slug]), f"Stories on {tag.name}."

    def get_queryset(self, tag):
        return queries.tag_articles(tag)


class QiosKFeed(MastheadFeed):
    kind = "qiosk"

    def resolve(self, request, slug):
        index = QioskIndexPage.objects.live().public().first()
        link = index.get_url(request) if index else "/"
        intro = index.intro if index else ""
        return None, "QiOSK", link, intro or "Quick news as it happens."

    def get_queryset(self, obj):
        return queries.qiosk_items()


class CorrectionsFeed(MastheadFeed):
    kind = "corrections"

    def resolve(self, request, slug):
        return (
            None,
            "Corrections",
            reverse("corrections"),
            "Every correction to a published story, newest first.",
        )

    def get_queryset(self, obj):
        return queries.public_corrections()

    def signature_rows(self, queryset):
        return list(
            queryset.select_related(None).values_list(
                "pk", "corrected_at", "page__last_published_at"
            )[: self.length]
        )

    def load_items(self, channel):
        return queries.prepare_corrections(list(channel.queryset[: self.length]))

    def entry(self, item, channel, sizes):
        return correction_entry(item, channel, sizes)
