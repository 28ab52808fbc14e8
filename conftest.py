"""Fixtures shared by unit and browser tests."""

import pytest
from django.core.cache import caches


def _clear_caches():
    # Wagtail caches site root paths; rolled-back tests must not see another's.
    # The page cache's shared copies live in their own cache ("pages"). In Redis
    # only this process's keys go (another pytest-xdist worker shares the server).
    for alias in ("default", "pages"):
        cache = caches[alias]
        if hasattr(cache, "delete_pattern"):
            cache.delete_pattern("*")
        else:
            cache.clear()


@pytest.fixture(autouse=True)
def _fresh_cache():
    _clear_caches()
    yield
    _clear_caches()
