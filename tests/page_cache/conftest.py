"""Fixtures of the page cache tests: a small site, the caches on, commits that run."""

import uuid

import pytest
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from masthead.page_cache import fragments, store, tags
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_FRAGMENTS_ENABLED = True
    settings.PAGE_CACHE_TAG_FILE = tmp_path / "tags.bin"
    # Each test its own tag namespace when the store is Redis.
    settings.PAGE_CACHE_KEY_PREFIX = f"test-{uuid.uuid4().hex}"
    # No repurge timer outliving a test unless the test asks for one (it would
    # purge through whatever WAGTAILFRONTENDCACHE says when it fires).
    settings.PAGE_CACHE_REPURGE_DELAY = 0
    tags.reset_tag_store()
    store.clear()
    fragments.clear()
    yield
    tags.reset_tag_store()
    store.clear()
    fragments.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (tag bumps and purges) as a real commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def site(home, page_cache, django_capture_on_commit_callbacks):
    """Two desks; ``old`` sits alone in Culture by its own writer and topic."""
    with django_capture_on_commit_callbacks(execute=True):
        # Created on first use otherwise, which (rightly) bumps the settings tag.
        MagazineSettings.for_site(Site.objects.get(is_default_site=True))
        culture = SectionFactory(title="Culture", slug="culture")
        world = SectionFactory(title="World", slug="world")
        critic = AuthorFactory(title="Rosa Critic", slug="rosa-critic")
        reporter = AuthorFactory(title="Ivo Reporter", slug="ivo-reporter")
        old = ArticleFactory(
            parent=culture,
            title="An opera house reopens after a decade",
            slug="opera-reopens",
            authors=[critic],
            tags=["Opera"],
        )
        newer = [
            ArticleFactory(
                parent=world,
                title=f"World story number {n}",
                slug=f"world-{n}",
                authors=[reporter],
                tags=["Diplomacy"],
            )
            for n in range(11)
        ]
    return {
        "culture": culture,
        "world": world,
        "critic": critic,
        "reporter": reporter,
        "old": old,
        "newer": newer,
        "recent": newer[0],
    }
