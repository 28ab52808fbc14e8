"""Test data builders. Used by tests only; production code never imports this."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from masthead.articles.models import ArticleAuthor, ArticlePage, ArticleType, Correction
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.core.models import MastheadImage
from masthead.home.models import HomePage
from masthead.sections.models import SectionPage


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MastheadImage

    title = factory.Sequence(lambda n: f"Harbour cranes {n}")
    alt_text = factory.Sequence(
        lambda n: f"Container cranes over a grey harbour, view {n}"
    )
    credit = "Northlight Images/ Test Photographer"
    file = factory.django.ImageField(width=64, height=36, color="steelblue")


class PageFactory(factory.Factory):
    """Adds the page under ``parent`` and publishes it (``live=False``: a draft)."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, live=True, **kwargs):
        page = model_class(*args, **kwargs)
        cls.prepare_children(page)
        return cls.add_to_tree(page, parent or cls.default_parent(), live)

    @classmethod
    def prepare_children(cls, page):
        pass

    @classmethod
    def add_to_tree(cls, page, parent, live):
        page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        page.refresh_from_db()
        return page

    @classmethod
    def default_parent(cls):
        return HomePage.objects.get()


class SectionFactory(PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")
    intro = "Coverage of the region’s politics and economy."


class AuthorFactory(PageFactory):
    class Meta:
        model = AuthorPage

    title = factory.Sequence(lambda n: f"Writer Number{n}")
    slug = factory.Sequence(lambda n: f"writer-{n}")
    role = "Correspondent"
    bio = "A correspondent who has covered the region for a decade."

    @classmethod
    def default_parent(cls):
        return AuthorIndexPage.objects.get()


def body(paragraphs=4, marker="story"):
    return [
        ("paragraph", f"<p>Paragraph {i} of the {marker}: " + "words " * 40 + "</p>")
        for i in range(1, paragraphs + 1)
    ]


class ArticleFactory(PageFactory):
    """An article; ``authors`` may hold pages or (page, role) pairs.

    Without ``authors`` it gets a new writer; ``authors=[]`` makes it unsigned.
    """

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Headline number {n}")
    slug = factory.Sequence(lambda n: f"headline-{n}")
    dek = "A one-sentence standfirst that tells the reader why this matters."
    article_type = ArticleType.ANALYSIS
    top_image = factory.LazyFunction(lambda: ImageFactory())
    body = factory.LazyAttribute(lambda o: body(marker=o.slug))

    @classmethod
    def _create(
        cls,
        model_class,
        *args,
        parent=None,
        live=True,
        authors=None,
        tags=(),
        corrections=(),
        published_at=None,
        **kwargs,
    ):
        page = model_class(*args, **kwargs)
        for order, credit in enumerate(
            [AuthorFactory()] if authors is None else authors
        ):
            author, role = credit if isinstance(credit, tuple) else (credit, "")
            page.article_authors.add(
                ArticleAuthor(author=author, role=role, sort_order=order)
            )
        for text in corrections:
            page.corrections.add(Correction(text=text))
        if tags:
            page.tags.add(*tags)
        parent = parent or SectionPage.objects.first() or SectionFactory()
        page = cls.add_to_tree(page, parent, live)
        if live and published_at:
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            page.refresh_from_db()
        return page


def make_private(page):
    """Put ``page`` behind a password, as editors do with Privacy settings."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def hours_ago(hours):
    return timezone.now() - datetime.timedelta(hours=hours)


def schedule(page, hours_ahead=24):
    """Approve a draft to go live later, as the editor's Schedule action does."""
    page.go_live_at = timezone.now() + datetime.timedelta(hours=hours_ahead)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def hidden_stories(section, author, extra_tags=()):
    """One story of each kind readers must never see: draft, scheduled, private
    (with a correction) and a draft QiOSK item, all tagged and bylined."""
    tags = ["Trade", *extra_tags]
    draft = ArticleFactory(
        parent=section,
        title="Draft secret: unapproved cable",
        slug="draft-secret",
        authors=[author],
        tags=tags,
        live=False,
    )
    scheduled = schedule(
        ArticleFactory(
            parent=section,
            title="Scheduled secret: embargoed summit",
            slug="scheduled-secret",
            authors=[author],
            tags=["Trade"],
            live=False,
        )
    )
    private = ArticleFactory(
        parent=section,
        title="Private secret: members briefing",
        slug="private-secret",
        authors=[author],
        tags=tags,
        corrections=["Private secret correction text."],
    )
    make_private(private)
    qiosk_draft = ArticleFactory(
        parent=section,
        title="Qiosk secret: unconfirmed flash",
        slug="qiosk-secret",
        article_type="qiosk",
        authors=[author],
        tags=["Trade"],
        live=False,
    )
    return [draft, scheduled, private, qiosk_draft]
