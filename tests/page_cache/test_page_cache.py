"""The page cache: hits, HTTP validators, and exact invalidation for each change.

The site below has one old story (``old``) that few other pages show: the 11
stories published after it fill LATEST, the front page's top slots and every
river (the front page shows ``old`` in Culture's section block). Changing
``old`` must invalidate the pages that show it and leave the rest cached.
"""

import gzip

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from masthead.articles.models import ArticlePage, Correction
from masthead.core.models import MagazineSettings
from masthead.page_cache import store, tags
from masthead.page_cache.middleware import PageCacheMiddleware
from masthead.page_cache.models import CacheFootprint
from masthead.page_cache.wsgi import PageCacheApplication
from tests.factories import ArticleFactory
from tests.page_cache.helpers import misses, warm


def urls(site):
    return {
        "old": site["old"].url,
        "culture": site["culture"].url,
        "critic": site["critic"].url,
        "opera": "/tags/opera/",
        "recent": site["recent"].url,
        "world": site["world"].url,
        "reporter": site["reporter"].url,
        "diplomacy": "/tags/diplomacy/",
        "home": "/",
        "authors": "/authors/",
        "feed": "/feed/",
        "culture_feed": "/feed/section/culture/",
        "world_feed": "/feed/section/world/",
        "api_old": f"/api/v3/articles/{site['old'].pk}/",
        "api_recent": f"/api/v3/articles/{site['recent'].pk}/",
        "sitemap": "/sitemap-articles.xml",
    }


def republish(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()
    return page


def test_a_cached_page_is_served_with_shared_cache_headers_and_no_cookie(
    site, committed
):
    client = Client()
    first = client.get(site["old"].url)
    assert first["X-Page-Cache"] == "miss"
    second = client.get(site["old"].url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    cache_control = {
        part.strip() for part in second["Cache-Control"].split(",") if part.strip()
    }
    assert {"public", "max-age=0", "s-maxage=600", "stale-while-revalidate=30"} <= (
        cache_control
    )
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    assert not first.cookies and not second.cookies
    assert "Set-Cookie" not in second


def test_conditional_requests_get_304_and_gzip_is_its_own_representation(
    site, committed
):
    client = Client()
    url = site["old"].url
    plain = client.get(url)
    hit = client.get(url, headers={"if-none-match": plain["ETag"]})
    assert hit.status_code == 304
    assert hit.content == b""
    assert hit["ETag"] == plain["ETag"]
    since = client.get(url, headers={"if-modified-since": plain["Last-Modified"]})
    assert since.status_code == 304
    other = client.get(url, headers={"if-none-match": '"something-else"'})
    assert other.status_code == 200

    zipped = client.get(url, headers={"accept-encoding": "gzip, br"})
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["ETag"] != plain["ETag"]
    assert zipped["Vary"] == "Accept-Encoding"
    refused = client.get(url, headers={"accept-encoding": "gzip;q=0"})
    assert "Content-Encoding" not in refused
    again = client.get(
        url, headers={"accept-encoding": "gzip", "if-none-match": zipped["ETag"]}
    )
    assert again.status_code == 304


def test_logged_in_editors_and_posts_bypass_the_cache(site, django_user_model):
    url = site["old"].url
    Client().get(url)
    editor = Client()
    editor.force_login(
        django_user_model.objects.create_superuser("ed", "ed@example.com", "pw")
    )
    response = editor.get(url)
    assert "X-Page-Cache" not in response
    assert Client().post(url).status_code == 405


def test_a_correction_to_a_story_invalidates_exactly_the_pages_that_show_it(
    site, committed
):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    old = Page.objects.get(pk=site["old"].pk).specific
    old.corrections.add(Correction(text="The reopening is in May, not March."))
    with committed():
        old.save_revision().publish()

    assert misses(client, paths) == {
        "old",
        "culture",  # its section lists it
        "critic",  # its writer's page lists it
        "opera",  # its topic's page lists it
        "home",  # the front page's Culture block shows it
        "feed",  # the site feed carries the full text of the 30 newest
        "culture_feed",
        "api_old",
        "sitemap",  # its lastmod changed
    }
    assert b"not March" in client.get(paths["old"]).content


def test_publishing_a_new_story_refreshes_latest_everywhere_but_not_unrelated_api(
    site, committed
):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    with committed():
        ArticleFactory(
            parent=site["culture"],
            title="A new gallery opens downtown",
            slug="new-gallery",
            authors=[site["critic"]],
            tags=["Opera"],
        )
    # LATEST and QiOSK are on every page, so every page changed; an API
    # response about a story of another desk and that desk's feed did not. (The
    # old Culture story's response did: the new one may be among its related.)
    assert misses(client, paths) == set(paths) - {
        "api_recent",
        "world_feed",  # the World desk's feed has no LATEST box
    }
    assert b"A new gallery opens downtown" in client.get("/").content
    assert b"A new gallery opens downtown" in client.get(paths["recent"]).content


def test_unpublishing_a_story_takes_it_off_every_cached_surface(site, committed):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    with committed():
        site["old"].unpublish()

    gone = misses(client, paths)
    assert {"old", "culture", "critic", "opera", "feed", "api_old", "sitemap"} <= gone
    assert "api_recent" not in gone
    assert client.get(paths["old"]).status_code == 404
    assert client.get(paths["api_old"]).status_code == 404
    for name in ("culture", "critic", "feed", "sitemap"):
        assert b"opera-reopens" not in client.get(paths[name]).content, name


def test_deleting_a_story_takes_it_off_every_cached_surface(site, committed):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    with committed():
        Page.objects.get(pk=site["old"].pk).delete()

    gone = misses(client, paths)
    assert {"old", "culture", "critic", "opera", "feed", "api_old", "sitemap"} <= gone
    assert "api_recent" not in gone
    assert client.get(paths["old"]).status_code == 404
    assert b"opera-reopens" not in client.get(paths["culture"]).content
    assert not CacheFootprint.objects.filter(page_id=site["old"].pk).exists()


def test_moving_a_story_updates_both_sections_and_leaves_others_cached(site, committed):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    old = Page.objects.get(pk=site["old"].pk)
    with committed():
        old.move(site["world"], pos="last-child")

    gone = misses(client, paths)
    assert {"old", "culture", "world", "critic", "opera", "api_old"} <= gone
    # The World story now shares its section with the moved one, which may join
    # its related stories: its page and API response go too.
    assert {"recent", "api_recent"} <= gone
    moved = ArticlePage.objects.get(pk=site["old"].pk)
    # Wagtail leaves a redirect from the old address; the old page is not served.
    assert client.get(paths["old"])["Location"] == moved.url
    assert moved.url.startswith("/world/")
    assert moved.url.encode() in client.get(paths["world"]).content


def test_making_a_story_private_removes_it_from_cached_pages(site, committed):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    with committed():
        PageViewRestriction.objects.create(
            page=site["old"],
            restriction_type=PageViewRestriction.PASSWORD,
            password="x",
        )
    gone = misses(client, paths)
    assert {"old", "culture", "critic", "opera", "feed", "api_old"} <= gone
    response = client.get(paths["old"])
    assert b"An opera house reopens" not in response.content
    assert b"opera-reopens" not in client.get(paths["culture"]).content


def test_editing_a_writer_invalidates_their_bylines_only(site, committed):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    with committed():
        republish(site["critic"], title="Rosa Critic-Valdés")

    assert misses(client, paths) == {
        "old",  # byline
        "culture",  # teaser byline
        "critic",
        "opera",
        "authors",
        "home",  # the Culture block's byline
        "feed",  # dc:creator
        "culture_feed",
        "api_old",
    }
    assert "Rosa Critic-Valdés" in client.get(paths["old"]).content.decode()


def test_renaming_a_section_changes_the_navigation_on_every_page(site, committed):
    client = Client()
    paths = urls(site)
    warm(client, paths)
    with committed():
        republish(site["culture"], title="Arts & Culture")
    gone = misses(client, paths)
    for name in ("home", "recent", "world", "reporter", "old", "culture"):
        assert name in gone
    assert "Arts &amp; Culture" in client.get("/").content.decode()


def test_site_settings_change_every_page(site, committed):
    client = Client()
    paths = {"home": "/", "recent": site["recent"].url, "feed": "/feed/"}
    warm(client, paths)
    settings = MagazineSettings.for_site(Site.objects.get(is_default_site=True))
    settings.masthead_name = "The Longitude Review"
    with committed():
        settings.save()
    assert misses(client, paths) == set(paths)
    assert b"The Longitude Review" in client.get("/").content


def test_editing_a_photo_credit_invalidates_pages_showing_that_photo(site, committed):
    client = Client()
    paths = {"old": site["old"].url, "recent": site["recent"].url}
    warm(client, paths)
    image = site["old"].top_image
    image.credit = "Harbour Light Agency/ Mira Oduya"
    with committed():
        image.save()
    assert misses(client, paths) == {"old"}
    assert b"Mira Oduya" in client.get(paths["old"]).content


def test_search_newsletter_and_admin_are_never_cached(site, committed):
    client = Client()
    for path in ("/search/?q=opera", "/newsletter/", "/admin/login/"):
        client.get(path)
        assert "X-Page-Cache" not in client.get(path), path


def test_the_wsgi_fast_path_answers_hits_without_django(site, committed):
    url = site["old"].url
    django_response = Client().get(url)
    assert django_response["X-Page-Cache"] == "miss"

    calls = []

    def django_app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response("500 Internal Server Error", [])
        return [b"Django was called"]

    app = PageCacheApplication(django_app)
    environ = RequestFactory().get(url).environ
    environ["HTTP_HOST"] = "testserver"
    captured = {}

    def start_response(status, headers):
        captured["status"] = status
        captured["headers"] = dict(headers)

    body = b"".join(app(environ, start_response))
    assert calls == []
    assert captured["status"] == "200 OK"
    assert body == django_response.content
    assert captured["headers"]["X-Page-Cache"] == "hit"
    assert int(captured["headers"]["Content-Length"]) == len(body)

    # A host Django never accepted has no entry: the request goes to Django.
    environ = RequestFactory().get(url).environ
    environ["HTTP_HOST"] = "evil.example"
    app(environ, start_response)
    assert calls == [url]


def test_a_render_that_overlaps_a_change_is_neither_stored_nor_shared(db, page_cache):
    def view(request):
        from django.http import HttpResponse

        tags.add_tags("page:42")
        tags.tag_store().bump(["page:42"])  # an editor publishes meanwhile
        return HttpResponse("rendered from possibly old data")

    middleware = PageCacheMiddleware(view)
    request = RequestFactory().get("/overlap/")
    response = middleware(request)
    assert "no-cache" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert store.lookup(store.cache_key(request.META)) is None


def test_a_page_of_the_cache_is_answered_with_constant_queries(
    site, django_assert_max_num_queries
):
    client = Client()
    url = site["recent"].url
    client.get(url)
    with django_assert_max_num_queries(0):
        assert client.get(url)["X-Page-Cache"] == "hit"


def test_pages_still_render_when_the_tag_store_is_down(site, monkeypatch):
    class DownStore:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise ConnectionError("tag store unreachable")

            return fail

    monkeypatch.setattr(tags, "_store", DownStore())
    client = Client()
    for path in ("/", site["old"].url, "/feed/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "X-Page-Cache" not in response
    # Nothing served from copies that can no longer be checked.
    assert client.get(site["old"].url).status_code == 200


def test_a_river_teaser_is_rendered_once_and_refreshed_when_its_story_changes(
    site, committed, settings
):
    settings.PAGE_CACHE_ENABLED = False  # fragments only
    client = Client()
    newest = site["newer"][-1]
    url = site["old"].url
    assert b"World story number 10" in client.get(url).content
    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with committed():
        republish(newest, dek="A dek rewritten after the facts changed.")
    response = client.get(url)
    assert b"A dek rewritten after the facts changed." in response.content
    with CaptureQueriesContext(connection) as again:
        client.get(url)
    # Teasers cached again: the same queries as before the change.
    assert len(again.captured_queries) == len(first.captured_queries)


def test_a_change_whose_footprint_cannot_be_worked_out_flushes_everything(
    site, committed, monkeypatch
):
    from masthead.page_cache import invalidation

    def broken(pk, candidate):
        raise RuntimeError("footprint table unavailable")

    client = Client()
    paths = {"old": site["old"].url, "recent": site["recent"].url, "home": "/"}
    warm(client, paths)
    monkeypatch.setattr(invalidation, "settle", broken)
    with committed():
        republish(site["old"], dek="Changed while the footprints were unreadable.")
    assert misses(client, paths) == set(paths)
    assert b"unreadable" in client.get(paths["old"]).content
