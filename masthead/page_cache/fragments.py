"""Fragments every page shows (LATEST, QiOSK, navigation, footer), rendered once.

A fragment is cached in the web process with the tags it collected while it
rendered and their versions, exactly like a whole response; a page that includes
it inherits those tags, so the page cache invalidates the page whenever the
fragment changes. Works whether or not the page cache is on (it is what keeps an
uncached page render to a handful of queries).
"""

import logging
import threading
from collections import OrderedDict

from django.conf import settings
from django.utils.safestring import mark_safe

from masthead.page_cache.tags import add_tags, collecting, tag_store

logger = logging.getLogger(__name__)

# Least recently used first: a crawler walking the archive evicts old stories'
# fragments, not the LATEST box every page shows.
_fragments = OrderedDict()
_lock = threading.Lock()


def lazy(compute):
    """A callable that computes once, when first used: templates call callables,
    so a context value made lazy is only loaded if a fragment misses. Each use
    adds the tags the value collected to the current collector, so a fragment
    that shows it depends on it even when another part loaded it first."""
    done = []

    def value():
        if not done:
            with collecting() as collected:
                result = compute()
            done.append((result, tuple(collected)))
        result, tags = done[0]
        add_tags(*tags)
        return result

    return value


def cached_for(request, key, compute):
    """``cached``, except for previews, which show a draft under the live id."""
    if getattr(request, "is_preview", False):
        return compute()
    return cached(key, compute)


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
    _touch(key)
    add_tags(*tags)
    return html


def _touch(key):
    with _lock:
        if key in _fragments:
            _fragments.move_to_end(key)


def render_cached(key, render, started=None):
    """The HTML ``render()`` returns, from the cache while its tags are unchanged."""
    return cached(key, lambda: mark_safe(render()), started=started)


def cached(key, compute, started=None):
    """What ``compute()`` returns (HTML, or data such as a listing's ids), from
    the cache while the tags it collected are unchanged. The value is shared by
    every request of the process: it must not be changed by its users."""
    if not settings.PAGE_CACHE_FRAGMENTS_ENABLED:
        return compute()
    store = tag_store()
    try:
        if started is None:
            started = store.sequence()
        cached = _fragments.get(key)
        if cached is not None:
            value, tags, versions = cached
            if tuple(store.versions(tags)) == versions:
                _touch(key)
                add_tags(*tags)
                return value
    except Exception:  # the tag store is down: compute, keep nothing
        logger.warning("fragment cache: tag store unavailable", exc_info=True)
        return compute()
    with collecting() as collected:
        value = compute()
    tags = tuple(sorted(collected))
    if tags and started is not None:
        try:
            store.stamp(tags)
            versions = tuple(store.versions(tags))
        except Exception:
            return value
        if max(versions) <= started:
            with _lock:
                _fragments[key] = (value, tags, versions)
                _fragments.move_to_end(key)
                while len(_fragments) > settings.PAGE_CACHE_FRAGMENTS_MAX:
                    _fragments.popitem(last=False)
    return value
