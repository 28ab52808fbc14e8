import pytest
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from masthead.home.models import HomePage
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory


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
