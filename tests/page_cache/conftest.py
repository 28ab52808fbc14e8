"""Fixtures of the page cache tests: a small site, the caches on, commits that run."""

import pytest
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory


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
