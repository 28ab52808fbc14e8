"""Fixtures shared by unit and browser tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches site root paths; rolled-back tests must not see another's.
    cache.clear()
    yield
    cache.clear()
