"""Section fronts, writers' pages, the front page and the other listings."""

import datetime
from dataclasses import dataclass

from django.db.models import Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.models import Page

from masthead.articles import queries
from masthead.articles.models import ArticleType, QioskIndexPage
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.sections.models import SectionPage
from masthead.syndication.sitemaps.base import MastheadSitemap


def newest_of(first, second):
    """The later of two possibly NULL datetimes; NULL only when both are.

    ``Greatest`` alone is NULL as soon as one argument is, on SQLite and Oracle.
    """
    return Greatest(Coalesce(first, second), Coalesce(second, first))


def newest_article(articles):
    """The newest first publication among ``articles``, as a subquery."""
    return Subquery(
        articles.order_by("-first_published_at").values("first_published_at")[:1]
    )


class SectionSitemap(MastheadSitemap):
    """Section fronts; one changes when it gets a new story."""

    def items(self):
        stories = queries.published_articles().filter(
            path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
        )
        return (
            SectionPage.objects.live()
            .public()
            .descendant_of(self.root)
            .annotate(
                sitemap_lastmod=newest_of("last_published_at", newest_article(stories))
            )
            .order_by("path")
        )


class AuthorSitemap(MastheadSitemap):
    """Writers' pages; one changes when its writer publishes a story."""

    def items(self):
        stories = queries.published_articles().filter(
            article_authors__author=OuterRef("pk")
        )
        return (
            AuthorPage.objects.live()
            .public()
            .descendant_of(self.root)
            .annotate(
                sitemap_lastmod=newest_of("last_published_at", newest_article(stories))
            )
            .order_by("path")
        )


@dataclass
class Entry:
    """A listing that is not a Wagtail page of its own (or is, seen from here)."""

    url: str
    lastmod: datetime.datetime | None


def latest_of(*values):
    """The latest of the values that are known, or None."""
    return max(filter(None, values), default=None)


class PageSitemap(MastheadSitemap):
    """The front page and the listings that are not sections or writers."""

    def location(self, item):
        return item.url

    def lastmod(self, item):
        return item.lastmod

    def items(self):
        return self.entries

    @cached_property
    def entries(self):
        root = self.root
        articles = queries.published_articles().descendant_of(root)
        newest = articles.aggregate(
            any=Max("first_published_at"),
            story=Max("first_published_at", filter=~Q(article_type=ArticleType.QIOSK)),
            qiosk=Max("first_published_at", filter=Q(article_type=ArticleType.QIOSK)),
        )
        entries = []
        if Page.objects.live().public().filter(pk=root.pk).exists():
            entries.append(
                Entry(
                    root.get_url(self.request),
                    latest_of(root.last_published_at, newest["any"]),
                )
            )
        entries.append(Entry(reverse("latest"), newest["story"]))
        qiosk = QioskIndexPage.objects.live().public().child_of(root).first()
        if qiosk:
            entries.append(
                Entry(
                    qiosk.get_url(self.request),
                    latest_of(qiosk.last_published_at, newest["qiosk"]),
                )
            )
        writers = AuthorIndexPage.objects.live().public().child_of(root).first()
        if writers:
            newest_writer = (
                AuthorPage.objects.live()
                .public()
                .child_of(writers)
                .aggregate(newest=Max("last_published_at"))["newest"]
            )
            entries.append(
                Entry(
                    writers.get_url(self.request),
                    latest_of(writers.last_published_at, newest_writer),
                )
            )
        newest_correction = queries.public_corrections().aggregate(
            newest=Max("corrected_at")
        )["newest"]
        entries.append(Entry(reverse("corrections"), newest_correction))
        return entries
