import uuid

import pytest
from wagtail.models import Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from masthead.analytics.recording import recorder
from masthead.core.models import MagazineSettings
from masthead.home.models import HomePage
from masthead.page_cache import fragments, store, tags
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory


@pytest.fixture(autouse=True)
def _analytics_buffer():
    """Page views a test buffered go with its database: without this the
    process writes them at exit, to a test database that no longer exists."""
    yield
    recorder.discard()


@pytest.fixture(autouse=True)
def _page_cache(request, settings):
    """The page cache as production runs it, empty at the start of each test.

    Tests marked ``no_page_cache`` measure what rendering costs (queries), or
    are about responses without it.
    """
    if request.node.get_closest_marker("no_page_cache"):
        settings.PAGE_CACHE_ENABLED = False
        settings.PAGE_CACHE_FRAGMENTS_ENABLED = False
    tags.reset_tag_store()
    store.clear()
    fragments.clear()
    yield
    tags.reset_tag_store()
    store.clear()
    fragments.clear()


@pytest.fixture
def page_cache(settings, tmp_path):
    """The caches are on in every test (tests/conftest.py); here each test also
    gets a tag store of its own, so versions start from zero."""
    settings.PAGE_CACHE_TAG_FILE = tmp_path / "tags.bin"
    # Each test its own tag namespace when the store is Redis.
    settings.PAGE_CACHE_KEY_PREFIX = f"test-{uuid.uuid4().hex}"
    tags.reset_tag_store()
    yield
    tags.reset_tag_store()


@pytest.fixture(autouse=True)
def _index_updates(request, settings):
    """Search and reference indexes are updated only where a test reads them.

    Every page saved otherwise runs both index tasks at once (the immediate task
    backend); tests about search are marked ``search_index``.
    """
    if request.node.get_closest_marker("search_index"):
        yield
        return
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with disable_reference_index_auto_update():
        yield


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def section(home):
    return SectionFactory(title="Asia-Pacific", slug="asia-pacific")


@pytest.fixture
def other_section(home):
    return SectionFactory(title="Europe", slug="europe")


@pytest.fixture
def author(db):
    return AuthorFactory(
        title="Hana Testwriter",
        slug="hana-testwriter",
        bio="Hana covers Northeast Asia from Tokyo.",
        x_handle="hanatest",
    )


@pytest.fixture
def article(section, author):
    return ArticleFactory(
        parent=section,
        title="Ports race to automate as shipping lanes shift",
        slug="ports-race",
        authors=[author],
        tags=["Trade", "Maritime"],
    )


@pytest.fixture
def social_links(home):
    settings = MagazineSettings.for_site(Site.objects.get(is_default_site=True))
    settings.x_url = "https://x.com/testmagazine"
    settings.mastodon_url = "https://example.social/@testmagazine"
    settings.save()
    return settings
