"""Fixtures shared by unit and browser tests."""

import pytest
from django.core.cache import caches


def _clear_caches():
    # Wagtail caches site root paths; rolled-back tests must not see another's.
    # The page cache's shared copies live in their own cache ("pages").
    for alias in ("default", "pages"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _fresh_cache():
    _clear_caches()
    yield
    _clear_caches()
