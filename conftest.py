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


def _uses_the_stack(item):
    """Does the test use the browser tests' stack (e2e/conftest.py's
    ``server``)? Not any fixture called server: tests/importers has its own."""
    definitions = item._fixtureinfo.name2fixturedefs.get("server", ())
    return any(definition.baseid == "e2e" for definition in definitions)


def _shares_module_data(item):
    """Does the test use a module-scoped fixture that fills the database (the
    demo, a week of stories)? Such a fixture is made once per process."""
    fixture_definitions = item._fixtureinfo.name2fixturedefs.values()
    return any(
        definition.scope == "module" and "django_db_blocker" in definition.argnames
        for definitions in fixture_definitions
        for definition in definitions
    )


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Which tests pytest-xdist keeps in one process.

    - The browser tests that share the stack (e2e/conftest.py's ``server``),
      the "stack" group. pytest-xdist hands out the largest groups first, so
      the stack starts at once while the other worker takes the unit tests.
    - A module whose tests share data a module-scoped fixture loads (the demo
      takes 10-20 s): spread over both processes, each would load it.
    """
    for item in items:
        if _uses_the_stack(item):
            item.add_marker(pytest.mark.xdist_group("stack"))
        elif not item.get_closest_marker("xdist_group") and _shares_module_data(item):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__))
