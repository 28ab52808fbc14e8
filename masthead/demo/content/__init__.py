"""The demo magazine’s text: written for masthead, fictional, original."""

from . import people


def all_articles():
    """Every demo story, whichever content files have been written."""
    from importlib import import_module

    articles = []
    for name in (
        "articles_asia_mideast",
        "articles_europe_africa",
        "articles_americas_washington",
    ):
        articles += import_module(f"{__name__}.{name}").ARTICLES
    return articles


__all__ = ["people", "all_articles"]
