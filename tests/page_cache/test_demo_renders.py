"""The demo's pages are the same bytes built from fragments and the route map as
rendered plainly (Wagtail's routing, every query, every template), and a warm
uncached page takes a handful of queries (issue 14)."""

from django.test import Client
from wagtail.models import Page

from masthead.page_cache import fragments
from tests.demo.test_load_demo import demo, demo_db  # noqa: F401 (fixtures)


def test_demo_pages_are_the_same_bytes_from_fragments_and_plainly(
    demo_db,  # noqa: F811
    settings,
    page_cache,
    django_assert_max_num_queries,
):
    settings.PAGE_CACHE_ENABLED = False
    settings.PAGE_CACHE_FRAGMENTS_ENABLED = False
    client = Client()
    lead = client.get("/").context["lead"]()
    section = Page.objects.get(path=lead.path[: -Page.steplen])
    paths = {"article": lead.url, "home": "/", "section": section.url}
    plain = {name: client.get(path).content for name, path in paths.items()}

    settings.PAGE_CACHE_FRAGMENTS_ENABLED = True
    fragments.clear()
    for name, path in paths.items():
        assert client.get(path).content == plain[name], name  # rendered, kept
        # The page (route map), its view restrictions (Wagtail's hook: two
        # queries), the site settings.
        with django_assert_max_num_queries(4):
            response = client.get(path)
        assert response.status_code == 200
        assert response.content == plain[name], name  # from the fragments
