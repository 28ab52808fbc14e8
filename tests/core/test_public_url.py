"""One public address for every absolute URL (masthead.core.public_url)."""

import pytest
from wagtail.models import Site

from masthead.core import public_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(settings):
    settings.BASE_URL = ""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 8123
    site.save()
    return site


def test_without_base_url_it_is_the_default_sites_address(site):
    assert public_url.base_url() == "http://127.0.0.1:8123"
    assert public_url.absolute("/feed/") == "http://127.0.0.1:8123/feed/"


def test_a_site_edit_is_seen_at_once(site):
    public_url.base_url()  # cached now
    site.hostname, site.port = "news.example", 443
    site.save()
    assert public_url.base_url() == "https://news.example"


def test_base_url_wins_over_the_site(site, settings):
    settings.BASE_URL = "https://magazine.example"
    assert public_url.absolute("/a/") == "https://magazine.example/a/"


def test_absolute_and_protocol_relative_urls(site, settings):
    settings.BASE_URL = "https://magazine.example"
    assert public_url.absolute("https://cdn.example/x.jpg") == (
        "https://cdn.example/x.jpg"
    )
    assert public_url.absolute("//cdn.example/x.jpg") == "https://cdn.example/x.jpg"
    assert public_url.absolute("media/x.jpg") == "https://magazine.example/media/x.jpg"
