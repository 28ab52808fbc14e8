"""The order of search results: the same on every database engine.

Each engine ranks full-text matches its own way (SQLite's bm25, PostgreSQL's
ts_rank), so the same archive answered the same query in different orders.
Readers of a news magazine look for the story *about* their words, and the
latest of those; so the engines only decide which stories match, and masthead
orders them itself:

1. by how many of the reader's words (or quoted phrases) are in the headline,
2. then newest first.

An external engine (Elasticsearch) keeps its own relevance ranking.
"""

from django.db.models import Case, IntegerField, Value, When
from wagtail.search.query import And, PlainText


def terms(query):
    """Each word and each phrase of a parsed query (masthead.search.query)."""
    if isinstance(query, And):
        return [term for part in query.subqueries for term in terms(part)]
    if isinstance(query, PlainText):
        return [PlainText(word) for word in query.query_string.split()]
    return [query]


def ranked(queryset, query):
    """The stories of ``queryset`` matching ``query``, best first."""
    matches = queryset.search(query, order_by_relevance=False)
    if not hasattr(matches, "get_queryset"):
        return queryset.search(query)
    headline_words = Value(0, output_field=IntegerField())
    for term in terms(query):
        in_headline = queryset.search(
            term, fields=["title"], order_by_relevance=False
        ).get_queryset()
        headline_words += Case(
            When(pk__in=in_headline.values("pk"), then=1),
            default=0,
            output_field=IntegerField(),
        )
    return (
        matches.get_queryset()
        .annotate(headline_words=headline_words)
        .order_by("-headline_words", "-first_published_at", "-pk")
    )
