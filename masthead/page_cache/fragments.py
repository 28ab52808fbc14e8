"""Fragments every page shows (LATEST, QiOSK, navigation, footer), rendered once.

A fragment is cached in the web process with the tags it collected while it
rendered and their versions, exactly like a whole response; a page that includes
it inherits those tags, so the page cache invalidates the page whenever the
fragment changes. Works whether or not the page cache is on (it is what keeps an
uncached page render to a handful of queries).
"""

import logging
import threading

from django.conf import settings
from django.utils.safestring import mark_safe

from masthead.page_cache.tags import add_tags, collecting, tag_store

logger = logging.getLogger(__name__)

_fragments = {}
_lock = threading.Lock()
MAX_FRAGMENTS = 2_000


def clear():
    with _lock:
        _fragments.clear()


def sequence():
    """The tag store's sequence number now: pass it to ``render_cached`` as
    ``started`` when the fragment's data was loaded before it is rendered."""
    try:
        return tag_store().sequence()
    except Exception:
        return None


def fresh(key):
    """The cached HTML for ``key`` if still valid (its tags join the page's)."""
    if not settings.PAGE_CACHE_FRAGMENTS_ENABLED:
        return None
    cached = _fragments.get(key)
    if cached is None:
        return None
    html, tags, versions = cached
    try:
        if tuple(tag_store().versions(tags)) != versions:
            return None
    except Exception:
        return None
    add_tags(*tags)
    return html


def render_cached(key, render, started=None):
    """The HTML ``render()`` returns, from the cache while its tags are unchanged."""
    if not settings.PAGE_CACHE_FRAGMENTS_ENABLED:
        return mark_safe(render())
    store = tag_store()
    try:
        if started is None:
            started = store.sequence()
        cached = _fragments.get(key)
        if cached is not None:
            html, tags, versions = cached
            if tuple(store.versions(tags)) == versions:
                add_tags(*tags)
                return html
    except Exception:  # the tag store is down: render, keep nothing
        logger.warning("fragment cache: tag store unavailable", exc_info=True)
        return mark_safe(render())
    with collecting() as collected:
        html = mark_safe(render())
    tags = tuple(sorted(collected))
    if tags and started is not None:
        try:
            store.stamp(tags)
            versions = tuple(store.versions(tags))
        except Exception:
            return html
        if max(versions) <= started:
            with _lock:
                if len(_fragments) >= MAX_FRAGMENTS:
                    _fragments.clear()
                _fragments[key] = (html, tags, versions)
    return html
