"""Listings kept between requests: one page of a listing, with its tags, in the
fragment store (masthead.page_cache.fragments) until one of them is bumped."""

from masthead.articles.queries import paginate
from masthead.page_cache import fragments


def canonical_page_number(request):
    """``?page=`` as a cache key: "1" when absent, the number when written the
    one canonical way, else "" (such a request is served but not cached)."""
    raw = request.GET.get("page", "")
    if raw == "":
        return "1"
    if raw.isascii() and raw.isdigit() and len(raw) <= 6 and not raw.startswith("0"):
        return raw
    return ""


def cached_paginate(request, name, queryset, **kwargs):
    """``paginate(request, queryset(), …)`` kept between requests while the
    listing's tags are unchanged (a lazy value: loaded only if used)."""
    number = canonical_page_number(request)

    def load():
        return paginate(request, queryset(), **kwargs)

    if not number:
        return fragments.lazy(load)
    return fragments.lazy(
        lambda: fragments.cached(f"listing:{name}:{request.path}:{number}", load)
    )
