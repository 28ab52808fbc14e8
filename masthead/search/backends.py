"""Wagtail's database search backend, with prefix words (``cab*``).

Stemming itself comes from the engine: PostgreSQL's text search configuration
(``SEARCH_CONFIG``, from SEARCH_LANGUAGE) and SQLite FTS5's porter tokenizer
(migration 0001 of this app). For English, PostgreSQL uses ``masthead_english``
(migration 0002): Porter's stemmer and no stop words, as SQLite, so both engines
match the same stories for the same words.

Wagtail's compilers make only the *last* word a prefix, and only for
autocomplete; here any word of a PlainText query that ends in * is a prefix.
masthead.search.query guarantees words are \\w+ and *.
"""

from functools import cache

from django.db import connection
from modelsearch.backends import database
from wagtail.search.query import PlainText

# PostgreSQL's English with SQLite FTS5's stemmer (migration 0002 creates it).
ENGLISH_AS_SQLITE = "masthead_english"


def lexemes(query, lexeme_class, **kwargs):
    """The words of a PlainText query as engine lexemes, all required."""
    combined = None
    for term in query.query_string.split():
        lexeme = lexeme_class(term.rstrip("*"), prefix=term.endswith("*"), **kwargs)
        combined = lexeme if combined is None else combined & lexeme
    return combined


@cache
def postgres_backend_class():
    # Imported here: these modules define models only for their own engine.
    from django.contrib.postgres.search import SearchQuery
    from modelsearch.backends.database.postgres import postgres
    from modelsearch.backends.database.postgres.query import Lexeme

    class QueryCompiler(postgres.PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, PlainText) and query.query_string.split():
                return SearchQuery(
                    lexemes(query, Lexeme, invert=invert),
                    search_type="raw",
                    config=config,
                )
            return super().build_tsquery_content(query, config, invert)

    class Backend(postgres.PostgresSearchBackend):
        query_compiler_class = QueryCompiler

        def __init__(self, params):
            super().__init__(params)
            if self.config == "english":
                self.config = ENGLISH_AS_SQLITE

    return Backend


@cache
def sqlite_query_compiler_class():
    from modelsearch.backends.database.sqlite import query, sqlite

    class QueryCompiler(sqlite.SQLiteSearchQueryCompiler):
        def build_search_query_content(self, search_query, config=None):
            if (
                isinstance(search_query, PlainText)
                and search_query.query_string.split()
            ):
                return query.SearchQueryExpression(
                    lexemes(search_query, query.Lexeme), config=config
                )
            return super().build_search_query_content(search_query, config)

        def _build_rank_expression(self, vectors, config):
            # Wagtail sums bm25() over title and body with equal column weights,
            # so three mentions in a body outrank a headline. Weigh the columns
            # (autocomplete, body, title) as PostgreSQL's ranking does, roughly.
            return WeightedBM25()

    class WeightedBM25(query.BM25):
        def as_sql(self, compiler, connection, function=None, template=None):
            return f"bm25({query.SQLiteFTSIndexEntry._meta.db_table}, 0, 1, 10)", []

    return QueryCompiler


def SearchBackend(params):
    if connection.vendor == "postgresql":
        return postgres_backend_class()(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        backend.query_compiler_class = sqlite_query_compiler_class()
    return backend
