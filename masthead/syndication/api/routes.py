"""The endpoints: GET only, anonymous, JSON; lists paginated with ``PublicPagination``.

What is public is decided by ``masthead.articles.queries`` for stories and by
``live().public()`` for sections and authors; nothing here looks at the user, so
a logged-in editor sees exactly what an anonymous reader sees.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.http import Http404
from ninja import Path, Query, Router
from ninja.pagination import paginate
from wagtail.api.v3.errors import ProblemDetail

from masthead.articles import queries
from masthead.articles.models import ArticleType
from masthead.authors.models import AuthorPage
from masthead.page_cache.tags import add_page_tags, add_tags
from masthead.sections.models import SectionPage

from . import serialise
from .pagination import PublicPagination
from .schemas import (
    Article,
    ArticleDetail,
    ArticleFilters,
    Author,
    Section,
    Slug,
    StoryFilters,
)

router = Router()

LIST_RESPONSES = {422: ProblemDetail}
DETAIL_RESPONSES = {404: ProblemDetail, 422: ProblemDetail}
# Page ids are 32-bit in every database Wagtail supports.
MAX_ID = 2**31 - 1


# --- Querysets ------------------------------------------------------------------------


# Stories tag the response themselves (``queries``). Sections and authors are
# tagged here, so the page cache stores these responses too and purges them when
# one is published, changed or withdrawn, or the list of them changes.


def public_sections():
    add_tags("list:sections")
    return SectionPage.objects.live().public().order_by("path")


def public_authors():
    add_tags("list:authors")
    return (
        AuthorPage.objects.live()
        .public()
        .select_related("photo")
        .prefetch_related("photo__renditions")
        .order_by("title", "pk")
    )


def filter_stories(queryset, filters: StoryFilters):
    """Apply the filters; a slug that names nothing public matches nothing."""
    if filters.section:
        sections = list(
            public_sections().filter(slug=filters.section).only("path", "depth")
        )
        if not sections:
            return queryset.none()
        queryset = queryset.filter(
            reduce(
                or_,
                (Q(path__startswith=s.path, depth=s.depth + 1) for s in sections),
            )
        )
    if filters.author:
        # Like public_sections(): a writer published later changes the answer.
        add_tags("list:authors")
        queryset = queryset.filter(
            article_authors__author__in=AuthorPage.objects.live()
            .public()
            .filter(slug=filters.author)
            .values("pk")
        )
    if filters.tag:
        queryset = queryset.filter(tagged_items__tag__slug=filters.tag)
    if filters.published_after:
        queryset = queryset.filter(first_published_at__gte=filters.published_after)
    if filters.published_before:
        queryset = queryset.filter(first_published_at__lt=filters.published_before)
    return queryset


def with_corrections(queryset):
    return queryset.prefetch_related("corrections")


def serialise_articles(articles, request):
    return serialise.articles_data(queries.prepare(articles, with_bodies=True), request)


def serialise_sections(sections, request):
    add_page_tags(sections)
    return [serialise.section_data(section, request) for section in sections]


def serialise_authors(authors, request):
    add_page_tags(authors)
    return [serialise.author_data(author, request) for author in authors]


# --- Articles -------------------------------------------------------------------------


@router.get(
    "/articles/",
    response={200: list[Article], **LIST_RESPONSES},
    url_name="articles",
    operation_id="articles_list",
    summary="List published articles",
    description="Every public, live article (stories and QiOSK items), newest "
    "first. Unknown filter slugs give an empty list.",
    tags=["articles"],
)
@paginate(PublicPagination, serialise=serialise_articles)
def list_articles(request, filters: Query[ArticleFilters]):
    if filters.type == ArticleType.QIOSK:
        queryset = queries.qiosk_items()
    elif filters.type:
        queryset = queries.stories().filter(article_type=filters.type)
    else:
        queryset = queries.published_articles()
    return with_corrections(filter_stories(queryset, filters))


@router.get(
    "/articles/{article_id}/",
    response={200: ArticleDetail, **DETAIL_RESPONSES},
    url_name="article",
    operation_id="articles_detail",
    summary="One published article",
    description="404 unless the article is live and public. Also lists related "
    "stories.",
    tags=["articles"],
)
def get_article(request, article_id: Path[int]):
    # Ids outside the column's range cannot exist; answer without asking the database.
    found = (
        queries.prepare(
            with_corrections(queries.public_article(article_id)),
            with_bodies=True,
        )
        if 0 < article_id <= MAX_ID
        else []
    )
    if not found:
        raise Http404("No published article has this id.")
    data = serialise.articles_data(found, request)[0]
    data["related"] = serialise.related_data(queries.related_stories(found[0]), request)
    return data


@router.get(
    "/qiosk/",
    response={200: list[Article], **LIST_RESPONSES},
    url_name="qiosk",
    operation_id="qiosk_list",
    summary="List QiOSK items",
    description="The quick news items of the QiOSK stream, newest first.",
    tags=["articles"],
)
@paginate(PublicPagination, serialise=serialise_articles)
def list_qiosk(request, filters: Query[StoryFilters]):
    return with_corrections(filter_stories(queries.qiosk_items(), filters))


# --- Sections -------------------------------------------------------------------------


@router.get(
    "/sections/",
    response={200: list[Section], **LIST_RESPONSES},
    url_name="sections",
    operation_id="sections_list",
    summary="List sections",
    description="Live, public sections in navigation order.",
    tags=["sections"],
)
@paginate(PublicPagination, serialise=serialise_sections)
def list_sections(request):
    return public_sections()


@router.get(
    "/sections/{slug}/",
    response={200: Section, **DETAIL_RESPONSES},
    url_name="section",
    operation_id="sections_detail",
    summary="One section",
    tags=["sections"],
)
def get_section(request, slug: Path[Slug]):
    section = public_sections().filter(slug=slug).first()
    if section is None:
        raise Http404("No public section has this slug.")
    add_page_tags([section])
    return serialise.section_data(section, request)


# --- Authors --------------------------------------------------------------------------


@router.get(
    "/authors/",
    response={200: list[Author], **LIST_RESPONSES},
    url_name="authors",
    operation_id="authors_list",
    summary="List authors",
    description="Authors whose pages are live and public, by name.",
    tags=["authors"],
)
@paginate(PublicPagination, serialise=serialise_authors)
def list_authors(request):
    return public_authors()


@router.get(
    "/authors/{slug}/",
    response={200: Author, **DETAIL_RESPONSES},
    url_name="author",
    operation_id="authors_detail",
    summary="One author",
    tags=["authors"],
)
def get_author(request, slug: Path[Slug]):
    author = public_authors().filter(slug=slug).first()
    if author is None:
        raise Http404("No public author has this slug.")
    add_page_tags([author])
    return serialise.author_data(author, request)
