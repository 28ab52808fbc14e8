"""The public read API at /api/v3/: routes, filters, pagination, errors, visibility."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.embeds.blocks import EmbedValue

from masthead.articles.models import ArticleAuthor, ArticlePage, Correction, Licence
from masthead.authors.models import AuthorPage
from masthead.newsletter.models import Subscriber
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    body,
    hours_ago,
    make_private,
    schedule,
)

pytestmark = pytest.mark.django_db

API = "/api/v3"
PROBLEM_JSON = "application/problem+json"


def get(client, path, **params):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def problem(client, path, status, **params):
    response = client.get(f"{API}{path}", params)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM_JSON
    data = response.json()
    assert data["status"] == status
    assert data["title"]
    return data


def to_ms(moment):
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def ids(data):
    return [item["id"] for item in data["items"]]


# --- Articles: shape ------------------------------------------------------------------


@pytest.fixture
def rich_article(section, author):
    """A story with every kind of body block, a correction, an update and a licence."""
    co_author = AuthorFactory(title="Omar Second", slug="omar-second")
    inline = ImageFactory(alt_text="A crowded ferry terminal at dusk")
    article = ArticleFactory(
        parent=section,
        title="Ferries return to the strait",
        slug="ferries-return",
        dek="Three operators resume crossings after a decade.",
        authors=[author, (co_author, "Additional reporting by")],
        tags=["Shipping", "Trade"],
        corrections=["An earlier version misnamed the port."],
        licence=Licence.CC_BY,
        canonical_url="https://partner.example/ferries",
        top_image_caption="The harbour at Keelung.",
        updated_at=hours_ago(1),
        update_note="Adds the ministry's response.",
        body=[
            (
                "paragraph",
                '<p onclick="steal()">Crossings <b>resume</b> '
                '<a href="/asia-pacific/">today</a>.<script>alert(1)</script>'
                '<a href="javascript:alert(2)">click</a></p>',
            ),
            ("heading", "What changes <now>"),
            ("quote", {"text": "We are back.\nFor good.", "source": "A captain"}),
            ("pullquote", "Ten years of waiting"),
            ("image", {"image": inline, "caption": "Terminal", "credit": ""}),
            ("embed", EmbedValue("https://video.example/watch?v=ferry")),
        ],
    )
    return article


def test_article_list_items_carry_the_full_story(client, rich_article, author):
    data = get(client, "/articles/")
    assert data["count"] == 1
    (item,) = data["items"]
    assert item["id"] == rich_article.pk
    assert item["url"] == "http://localhost/asia-pacific/ferries-return/"
    assert item["api_url"] == f"http://localhost{API}/articles/{rich_article.pk}/"
    assert item["headline"] == "Ferries return to the strait"
    assert item["dek"] == "Three operators resume crossings after a decade."
    assert item["type"] == "analysis"
    assert item["section"] == {
        "slug": "asia-pacific",
        "title": "Asia-Pacific",
        "url": "http://localhost/asia-pacific/",
    }
    assert item["authors"] == [
        {
            "name": "Hana Testwriter",
            "slug": "hana-testwriter",
            "url": "http://localhost/authors/hana-testwriter/",
            "role": "",
        },
        {
            "name": "Omar Second",
            "slug": "omar-second",
            "url": "http://localhost/authors/omar-second/",
            "role": "Additional reporting by",
        },
    ]
    assert item["tags"] == ["Shipping", "Trade"]
    # JSON datetimes carry milliseconds (Django's encoder), like JavaScript's Date.
    assert datetime.datetime.fromisoformat(item["first_published"]) == to_ms(
        rich_article.first_published_at
    )
    assert datetime.datetime.fromisoformat(item["updated_at"]) == to_ms(
        rich_article.updated_at
    )
    assert item["update_note"] == "Adds the ministry's response."
    assert item["reading_time"] == rich_article.reading_time >= 1
    assert item["licence"] == {
        "code": "cc-by-4.0",
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
        "allows_republishing": True,
    }
    assert item["canonical_url"] == "https://partner.example/ferries"
    assert [c["text"] for c in item["corrections"]] == [
        "An earlier version misnamed the port."
    ]
    assert datetime.datetime.fromisoformat(item["corrections"][0]["corrected_at"])


def test_top_image_has_alt_credit_caption_and_renditions(client, rich_article):
    (item,) = get(client, "/articles/")["items"]
    image = item["top_image"]
    assert image["alt"] == rich_article.top_image.alt_text
    assert image["credit"] == "Northlight Images/ Test Photographer"
    assert image["caption"] == "The harbour at Keelung."
    assert (image["width"], image["height"]) == (64, 36)
    renditions = image["renditions"]
    # width-N never enlarges: every size of the 64px test original is 64px
    # wide, so each format is listed once (one rendition per width).
    assert [(r["format"]) for r in renditions] == ["webp", "jpeg"]
    for rendition in renditions:
        assert rendition["url"].startswith("http://localhost/media/images/")
        assert (rendition["width"], rendition["height"]) == (64, 36)
    specs = [re.search(r"width-(\d+)", r["url"]).group(1) for r in renditions]
    assert specs == ["480", "480"]
    assert renditions[0]["url"].endswith(".webp")
    assert renditions[1]["url"].endswith(".jpg")


def test_article_without_top_image_or_canonical_url(client, section, author):
    article = ArticleFactory(parent=section, authors=[author], top_image=None)
    (item,) = get(client, "/articles/")["items"]
    assert item["top_image"] is None
    assert item["canonical_url"] == item["url"] == article.get_full_url()
    assert item["licence"]["code"] == "cc-by-nd-4.0"
    assert item["corrections"] == []
    assert item["updated_at"] is None


def test_all_rights_reserved_licence_has_no_url(client, section, author):
    ArticleFactory(
        parent=section, authors=[author], licence=Licence.ALL_RIGHTS_RESERVED
    )
    (item,) = get(client, "/articles/")["items"]
    assert item["licence"] == {
        "code": "all-rights-reserved",
        "name": "All rights reserved",
        "url": None,
        "allows_republishing": False,
    }


def test_body_html_is_the_full_text_sanitised(client, rich_article):
    html = get(client, f"/articles/{rich_article.pk}/")["body_html"]
    # Kept: the words, simple markup, headings, quotes, figures.
    assert "Crossings <b>resume</b>" in html
    assert "<h2>What changes &lt;now&gt;</h2>" in html
    assert "<blockquote><p>We are back.<br>For good.</p><p>— A captain</p>" in html
    assert "<blockquote><p>Ten years of waiting</p></blockquote>" in html
    assert "<figcaption>Terminal (Northlight Images/ Test Photographer)" in html
    assert 'alt="A crowded ferry terminal at dusk"' in html
    # Links and image sources are absolute; embeds are plain links.
    assert 'href="http://localhost/asia-pacific/"' in html
    assert re.search(r'<img src="http://localhost/media/images/[^"]+\.jpg"', html)
    assert 'href="https://video.example/watch?v=ferry"' in html
    # Removed: scripts, event handlers, javascript: URLs, classes, iframes.
    for dangerous in (
        "<script",
        "alert(1)",
        "onclick",
        "javascript:",
        "class=",
        "<iframe",
    ):
        assert dangerous not in html


def test_corrections_are_oldest_first(client, article):
    Correction.objects.create(
        page=article, corrected_at=hours_ago(1), text="Second fix."
    )
    Correction.objects.create(
        page=article, corrected_at=hours_ago(5), text="First fix."
    )
    (item,) = get(client, "/articles/")["items"]
    assert [c["text"] for c in item["corrections"]] == ["First fix.", "Second fix."]


# --- Caching --------------------------------------------------------------------------

ERROR_AND_DOCS_PATHS = (
    "/articles/999999/",
    "/articles/?limit=abc",
    "/sections/atlantis/",
    "/authors/nobody/",
    "/openapi.json",
    "/docs",
)


def stated_cache_control(client, bullet):
    """The Cache-Control the OpenAPI description states in the bullet so named."""
    description = get(client, "/openapi.json")["info"]["description"]
    match = re.search(
        rf"^- {bullet}[^\n]*?``Cache-Control: ([^`]+)``", description, re.MULTILINE
    )
    assert match, description
    return match[1]


def route_paths(article):
    """A path for every route in the schema, naming something that exists."""
    return {
        "/articles/": "/articles/",
        "/articles/{article_id}/": f"/articles/{article.pk}/",
        "/qiosk/": "/qiosk/",
        "/sections/": "/sections/",
        "/sections/{slug}/": "/sections/asia-pacific/",
        "/authors/": "/authors/",
        "/authors/{slug}/": "/authors/hana-testwriter/",
    }


@pytest.mark.no_page_cache
def test_without_the_page_cache_every_response_is_cacheable_for_a_minute(
    client, article
):
    stated = stated_cache_control(client, "Every response")
    assert stated == "public, max-age=60"
    for path in (*route_paths(article).values(), *ERROR_AND_DOCS_PATHS):
        response = client.get(f"{API}{path}")
        assert response["Cache-Control"] == stated, path


def test_every_route_sends_the_cache_control_the_description_states(
    client, article, page_cache, settings
):
    # Unusual values, so the description is seen to follow the settings.
    settings.PAGE_CACHE_SHARED_MAX_AGE = 321
    settings.PAGE_CACHE_STALE_WHILE_REVALIDATE = 17
    stated = stated_cache_control(client, "Successful responses")
    assert stated == "public, max-age=0, s-maxage=321, stale-while-revalidate=17"
    schema = get(client, "/openapi.json")
    paths = route_paths(article)
    assert {f"{API}{route}" for route in paths} == set(schema["paths"])
    for path in paths.values():
        first = client.get(f"{API}{path}")
        assert first.status_code == 200, path
        assert first["Cache-Control"] == stated, path
        # Stored, so purged when what it shows changes: the promise holds.
        assert first["X-Page-Cache"] == "miss", path
        assert first["ETag"] and first["Last-Modified"], path
        again = client.get(f"{API}{path}")
        assert (again["X-Page-Cache"], again["Cache-Control"]) == ("hit", stated)
        revalidated = client.get(f"{API}{path}", HTTP_IF_NONE_MATCH=first["ETag"])
        assert revalidated.status_code == 304, path
        assert revalidated["Cache-Control"] == stated, path

    unpurged = stated_cache_control(client, "Errors")
    assert unpurged == "public, max-age=60"
    for path in ERROR_AND_DOCS_PATHS:
        response = client.get(f"{API}{path}")
        assert "X-Page-Cache" not in response, path
        assert response["Cache-Control"] == unpurged, path


def test_section_and_author_responses_go_when_what_they_show_changes(
    client, home, page_cache, django_capture_on_commit_callbacks
):
    # Made with the page cache on, so their footprints are recorded as in production.
    with django_capture_on_commit_callbacks(execute=True):
        SectionFactory(title="Asia-Pacific", slug="asia-pacific")
        author = AuthorFactory(title="Hana Testwriter", slug="hana-testwriter")
    paths = {
        "sections": "/sections/",
        "section": "/sections/asia-pacific/",
        "authors": "/authors/",
        "author": "/authors/hana-testwriter/",
        "filtered": "/articles/?author=omar-later",
    }

    def cached():
        return {
            name
            for name, path in paths.items()
            if client.get(f"{API}{path}").get("X-Page-Cache") == "hit"
        }

    for path in paths.values():
        assert client.get(f"{API}{path}")["X-Page-Cache"] == "miss", path
    assert cached() == set(paths)

    with django_capture_on_commit_callbacks(execute=True):
        SectionFactory(title="Oceans", slug="oceans")
    assert cached() == {"authors", "author", "filtered"}

    with django_capture_on_commit_callbacks(execute=True):
        AuthorFactory(title="Omar Later", slug="omar-later")
    assert cached() == {"sections", "section"}

    with django_capture_on_commit_callbacks(execute=True):
        author.bio = "Hana now covers Seoul."
        author.save_revision().publish()
    assert cached() == {"sections", "section", "filtered"}
    assert get(client, "/authors/hana-testwriter/")["bio"] == "Hana now covers Seoul."


# --- Articles: listing, ordering and filters ------------------------------------------


@pytest.fixture
def newsroom(section, other_section, author):
    """Stories across sections, types, authors, tags and publication times."""
    other_author = AuthorFactory(title="Lena Other", slug="lena-other")
    made = {
        "analysis": ArticleFactory(
            parent=section,
            authors=[author],
            tags=["Trade"],
            published_at=hours_ago(1),
        ),
        "opinion": ArticleFactory(
            parent=other_section,
            authors=[other_author],
            tags=["Energy"],
            article_type="opinion",
            published_at=hours_ago(2),
        ),
        "news": ArticleFactory(
            parent=section,
            authors=[author, other_author],
            tags=["Trade", "Energy"],
            article_type="news",
            published_at=hours_ago(30),
        ),
        "reporting": ArticleFactory(
            parent=other_section,
            authors=[author],
            article_type="reporting",
            published_at=hours_ago(50),
        ),
        "qiosk": ArticleFactory(
            parent=section,
            authors=[other_author],
            tags=["Trade"],
            article_type="qiosk",
            published_at=hours_ago(3),
        ),
    }
    return made


def test_articles_are_newest_first_and_include_qiosk_items(client, newsroom):
    data = get(client, "/articles/")
    assert data["count"] == 5
    assert ids(data) == [
        newsroom[kind].pk
        for kind in ("analysis", "opinion", "qiosk", "news", "reporting")
    ]


def test_filter_by_type(client, newsroom):
    for kind in ("analysis", "opinion", "news", "reporting", "qiosk"):
        data = get(client, "/articles/", type=kind)
        assert ids(data) == [newsroom[kind].pk]
        assert data["items"][0]["type"] == kind


def test_filter_by_section(client, newsroom):
    assert ids(get(client, "/articles/", section="europe")) == [
        newsroom["opinion"].pk,
        newsroom["reporting"].pk,
    ]
    assert ids(get(client, "/articles/", section="asia-pacific", type="news")) == [
        newsroom["news"].pk
    ]


def test_filter_by_author(client, newsroom):
    assert ids(get(client, "/articles/", author="lena-other")) == [
        newsroom["opinion"].pk,
        newsroom["qiosk"].pk,
        newsroom["news"].pk,
    ]


def test_filter_by_tag(client, newsroom):
    assert ids(get(client, "/articles/", tag="energy")) == [
        newsroom["opinion"].pk,
        newsroom["news"].pk,
    ]


def test_filter_by_publication_window(client, newsroom):
    cutoff = hours_ago(10).isoformat()
    assert ids(get(client, "/articles/", published_after=cutoff)) == [
        newsroom["analysis"].pk,
        newsroom["opinion"].pk,
        newsroom["qiosk"].pk,
    ]
    assert ids(get(client, "/articles/", published_before=cutoff)) == [
        newsroom["news"].pk,
        newsroom["reporting"].pk,
    ]
    window = get(
        client,
        "/articles/",
        published_after=hours_ago(40).isoformat(),
        published_before=hours_ago(4).isoformat(),
    )
    assert ids(window) == [newsroom["news"].pk]


def test_publication_window_bounds_and_timezones(client, newsroom):
    published = newsroom["analysis"].first_published_at
    exact = published.isoformat()
    assert newsroom["analysis"].pk in ids(
        get(client, "/articles/", published_after=exact)
    )
    assert newsroom["analysis"].pk not in ids(
        get(client, "/articles/", published_before=exact)
    )
    # The same moment written with another offset, or naive (read as UTC).
    tokyo = published.astimezone(datetime.timezone(datetime.timedelta(hours=9)))
    naive = published.astimezone(datetime.UTC).replace(tzinfo=None)
    for moment in (tokyo.isoformat(), naive.isoformat()):
        assert ids(get(client, "/articles/", published_after=moment)) == [
            newsroom["analysis"].pk
        ]


def test_filters_combine(client, newsroom):
    data = get(
        client,
        "/articles/",
        section="asia-pacific",
        tag="trade",
        author="hana-testwriter",
    )
    assert ids(data) == [newsroom["analysis"].pk, newsroom["news"].pk]


@pytest.mark.parametrize(
    "params",
    [
        {"section": "atlantis"},
        {"author": "nobody-at-all"},
        {"tag": "no-such-tag"},
        {"published_after": "2999-01-01T00:00:00Z"},
        {"published_before": "1999-01-01T00:00:00Z"},
    ],
)
def test_filters_that_match_nothing_give_an_empty_page(client, newsroom, params):
    assert get(client, "/articles/", **params) == {"items": [], "count": 0}
    assert get(client, "/qiosk/", **params) == {"items": [], "count": 0}


def test_qiosk_lists_only_qiosk_items_with_the_same_filters(client, newsroom, section):
    later = ArticleFactory(
        parent=section,
        article_type="qiosk",
        tags=["Energy"],
        published_at=hours_ago(0.5),
    )
    data = get(client, "/qiosk/")
    assert ids(data) == [later.pk, newsroom["qiosk"].pk]
    assert {item["type"] for item in data["items"]} == {"qiosk"}
    assert set(data["items"][0]) == set(get(client, "/articles/")["items"][0])
    assert ids(get(client, "/qiosk/", tag="energy")) == [later.pk]
    assert ids(get(client, "/qiosk/", author="lena-other")) == [newsroom["qiosk"].pk]
    assert ids(get(client, "/qiosk/", section="europe")) == []


def test_qiosk_ignores_a_type_parameter(client, newsroom):
    assert ids(get(client, "/qiosk/", type="opinion")) == [newsroom["qiosk"].pk]


# --- Pagination -----------------------------------------------------------------------


@pytest.fixture
def many_articles(section, author):
    return [
        ArticleFactory(
            parent=section,
            authors=[author],
            top_image=None,
            body=body(paragraphs=1),
            published_at=hours_ago(n),
        )
        for n in range(1, 24)
    ]


def test_default_page_is_twenty_newest(client, many_articles):
    data = get(client, "/articles/")
    assert data["count"] == 23
    assert ids(data) == [a.pk for a in many_articles[:20]]


def test_limit_and_offset_walk_the_listing(client, many_articles):
    assert ids(get(client, "/articles/", limit=5, offset=10)) == [
        a.pk for a in many_articles[10:15]
    ]
    assert ids(get(client, "/articles/", limit=100)) == [a.pk for a in many_articles]
    tail = get(client, "/articles/", limit=10, offset=20)
    assert tail["count"] == 23
    assert ids(tail) == [a.pk for a in many_articles[20:]]
    seen = []
    for offset in range(0, 23, 7):
        seen += ids(get(client, "/articles/", limit=7, offset=offset))
    assert seen == [a.pk for a in many_articles]


@pytest.mark.parametrize("offset", ["23", "1000", str(2**63), "9" * 40])
def test_offsets_past_the_end_are_empty_not_errors(client, many_articles, offset):
    assert get(client, "/articles/", offset=offset) == {"items": [], "count": 23}


@pytest.mark.parametrize(
    "params, field",
    [
        ({"limit": "101"}, "limit"),
        ({"limit": "1000000"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "-3"}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"limit": "2.5"}, "limit"),
        ({"limit": ""}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"offset": "ten"}, "offset"),
    ],
)
@pytest.mark.parametrize("path", ["/articles/", "/qiosk/", "/sections/", "/authors/"])
def test_bad_pagination_is_422_problem_json(client, path, params, field):
    data = problem(client, path, 422, **params)
    assert data["detail"] == "Validation failed"
    assert [error["loc"] for error in data["errors"]] == [["query", field]]
    assert data["errors"][0]["msg"]


# --- Bad parameters -------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, field",
    [
        ({"published_after": "notadate"}, "published_after"),
        ({"published_before": "2024-13-45"}, "published_before"),
        ({"published_after": "9999-12-31T23:59:59-05:00"}, "published_after"),
        ({"published_before": "0001-01-01T00:00:00+05:00"}, "published_before"),
        ({"type": "poetry"}, "type"),
        ({"type": "QIOSK"}, "type"),
        ({"section": "no spaces allowed"}, "section"),
        ({"author": "../../etc/passwd"}, "author"),
        ({"tag": "nul\x00byte"}, "tag"),
        ({"tag": "x" * 300}, "tag"),
        ({"section": ""}, "section"),
    ],
)
def test_bad_filters_are_422_with_the_parameter_named(client, params, field):
    for path in ("/articles/", "/qiosk/") if field != "type" else ("/articles/",):
        data = problem(client, path, 422, **params)
        assert [error["loc"] for error in data["errors"]] == [["query", field]]
        assert data["errors"][0]["msg"]


def test_unknown_parameters_are_ignored(client, article):
    assert ids(get(client, "/articles/", colour="blue")) == [article.pk]


def test_error_messages_do_not_echo_the_input(client):
    response = client.get(f"{API}/articles/", {"type": "<script>poetry</script>"})
    assert response.status_code == 422
    assert b"<script>" not in response.content


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, article, method):
    for path in ("/articles/", f"/articles/{article.pk}/", "/sections/", "/authors/"):
        response = getattr(client, method)(f"{API}{path}")
        assert response.status_code == 405, (method, path)


# --- Article detail -------------------------------------------------------------------


def test_article_detail_matches_the_list_item(client, rich_article):
    (listed,) = get(client, "/articles/")["items"]
    detail = get(client, f"/articles/{rich_article.pk}/")
    assert detail.pop("related") == []  # the detail's only extra: no other story
    assert detail == listed


def test_qiosk_item_detail(client, section):
    item = ArticleFactory(parent=section, article_type="qiosk")
    assert get(client, f"/articles/{item.pk}/")["type"] == "qiosk"


def test_article_detail_404s_unless_public_and_live(client, section, author, home):
    draft = ArticleFactory(parent=section, authors=[author], live=False)
    scheduled = schedule(ArticleFactory(parent=section, authors=[author], live=False))
    private = ArticleFactory(parent=section, authors=[author])
    make_private(private)
    unpublished = ArticleFactory(parent=section, authors=[author])
    unpublished.unpublish()
    for page_id in (
        draft.pk,
        scheduled.pk,
        private.pk,
        unpublished.pk,
        section.pk,
        home.pk,
    ):
        data = problem(client, f"/articles/{page_id}/", 404)
        assert data["detail"] == "No published article has this id."
    for page_id in ("0", "-1", "999999", str(2**31), str(2**63), "9" * 40):
        problem(client, f"/articles/{page_id}/", 404)
    data = problem(client, "/articles/abc/", 422)
    assert data["errors"][0]["loc"] == ["path", "article_id"]


def test_private_section_hides_its_stories(client, section, other_section, author):
    hidden = ArticleFactory(parent=section, authors=[author])
    shown = ArticleFactory(parent=other_section, authors=[author])
    make_private(section)
    assert ids(get(client, "/articles/")) == [shown.pk]
    problem(client, f"/articles/{hidden.pk}/", 404)
    assert get(client, "/articles/", section="asia-pacific")["count"] == 0
    assert [s["slug"] for s in get(client, "/sections/")["items"]] == ["europe"]
    problem(client, "/sections/asia-pacific/", 404)


def test_story_under_an_unpublished_section_has_no_section(client, section, author):
    article = ArticleFactory(parent=section, authors=[author])
    section.unpublish()  # the section only; its stories stay live
    (item,) = get(client, "/articles/")["items"]
    assert item["id"] == article.pk
    assert item["section"] is None
    assert get(client, "/articles/", section="asia-pacific")["count"] == 0
    problem(client, "/sections/asia-pacific/", 404)


def test_bylines_leave_out_authors_whose_pages_are_not_public(client, section, author):
    draft_author = AuthorFactory(
        title="Unpublished Writer", slug="unpub-writer", live=False
    )
    private_author = AuthorFactory(title="Private Writer", slug="private-writer")
    make_private(private_author)
    article = ArticleFactory(
        parent=section, authors=[draft_author, author, private_author]
    )
    item = get(client, f"/articles/{article.pk}/")
    assert [a["slug"] for a in item["authors"]] == ["hana-testwriter"]
    assert get(client, "/articles/", author="unpub-writer")["count"] == 0
    assert get(client, "/articles/", author="private-writer")["count"] == 0


# --- Sections and authors -------------------------------------------------------------


def test_sections_list_and_detail(client, section, other_section):
    SectionFactory(title="Hidden desk", slug="hidden-desk", live=False)
    data = get(client, "/sections/")
    assert data["count"] == 2
    assert data["items"] == [
        {
            "slug": "asia-pacific",
            "title": "Asia-Pacific",
            "intro": "Coverage of the region’s politics and economy.",
            "url": "http://localhost/asia-pacific/",
            "api_url": f"http://localhost{API}/sections/asia-pacific/",
            "articles_url": f"http://localhost{API}/articles/?section=asia-pacific",
        },
        {
            "slug": "europe",
            "title": "Europe",
            "intro": "Coverage of the region’s politics and economy.",
            "url": "http://localhost/europe/",
            "api_url": f"http://localhost{API}/sections/europe/",
            "articles_url": f"http://localhost{API}/articles/?section=europe",
        },
    ]
    assert get(client, "/sections/europe/") == data["items"][1]
    assert get(client, "/sections/", limit=1, offset=1)["items"] == [data["items"][1]]
    problem(client, "/sections/hidden-desk/", 404)
    problem(client, "/sections/atlantis/", 404)
    problem(client, "/sections/not a slug/", 422)


def test_authors_list_and_detail(client, author):
    photo = ImageFactory(alt_text="Portrait of Zoe", credit="Studio K")
    AuthorFactory(
        title="Zoe Photographed",
        slug="zoe",
        role="Economics editor",
        bio="Zoe writes about money.",
        photo=photo,
        mastodon_handle="@zoe@example.social",
        linkedin_handle="zoe-econ",
        website="https://zoe.example",
        x_handle="@zoe_x",
    )
    AuthorFactory(title="Aaron Draft", slug="aaron-draft", live=False)
    data = get(client, "/authors/")
    assert data["count"] == 2
    assert [a["slug"] for a in data["items"]] == ["hana-testwriter", "zoe"]
    hana, zoe = data["items"]
    assert hana == {
        "name": "Hana Testwriter",
        "slug": "hana-testwriter",
        "role": "Correspondent",
        "bio": "Hana covers Northeast Asia from Tokyo.",
        "url": "http://localhost/authors/hana-testwriter/",
        "api_url": f"http://localhost{API}/authors/hana-testwriter/",
        "articles_url": f"http://localhost{API}/articles/?author=hana-testwriter",
        "photo": None,
        "handles": {
            "x": "hanatest",
            "mastodon": None,
            "linkedin": None,
            "website": None,
        },
    }
    assert zoe["handles"] == {
        "x": "zoe_x",
        "mastodon": "@zoe@example.social",
        "linkedin": "zoe-econ",
        "website": "https://zoe.example",
    }
    assert zoe["photo"]["alt"] == "Portrait of Zoe"
    assert zoe["photo"]["credit"] == "Studio K"
    assert [(r["width"], r["format"]) for r in zoe["photo"]["renditions"]] == [
        (36, "webp"),
        (36, "jpeg"),
    ]
    assert get(client, "/authors/zoe/") == zoe
    problem(client, "/authors/aaron-draft/", 404)
    problem(client, "/authors/nobody/", 404)
    problem(client, "/authors/bad%20slug/", 422)


def test_unicode_slugs_work(client, home):
    SectionFactory(title="Ελλάδα", slug="ελλάδα")
    assert get(client, "/sections/ελλάδα/")["title"] == "Ελλάδα"
    assert get(client, "/articles/", section="ελλάδα")["count"] == 0


# --- Schema and docs ------------------------------------------------------------------


def test_openapi_schema_and_docs(client):
    schema = get(client, "/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        f"{API}/articles/",
        f"{API}/articles/{{article_id}}/",
        f"{API}/qiosk/",
        f"{API}/sections/",
        f"{API}/sections/{{slug}}/",
        f"{API}/authors/",
        f"{API}/authors/{{slug}}/",
    }
    for path, operations in schema["paths"].items():
        assert set(operations) == {"get"}, path
        responses = operations["get"]["responses"]
        assert "application/json" in responses["200"]["content"]
        assert PROBLEM_JSON in responses["422"]["content"]
        assert "security" not in operations["get"]
        if "{" in path:
            assert PROBLEM_JSON in responses["404"]["content"]
    limit = next(
        p
        for p in schema["paths"][f"{API}/articles/"]["get"]["parameters"]
        if p["name"] == "limit"
    )
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (1, 100)
    docs = client.get(f"{API}/docs")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()
    assert b"/api/v3/openapi.json" in docs.content


# --- Query count ----------------------------------------------------------------------


@pytest.mark.no_page_cache
def test_list_query_count_does_not_grow_with_page_size(
    client, section, other_section, author
):
    co_author = AuthorFactory(title="Second Byline", slug="second-byline")
    for n in range(20):
        ArticleFactory(
            parent=section if n % 2 else other_section,
            authors=[author, co_author] if n % 3 else [co_author],
            tags=["Trade", f"Tag {n}"],
            corrections=[f"Fix {n}"],
            published_at=hours_ago(n + 1),
            body=[
                *body(paragraphs=2, marker=f"story {n}"),
                (
                    "image",
                    {"image": ImageFactory(), "caption": f"Inline {n}", "credit": ""},
                ),
                ("quote", {"text": f"Quoted {n}", "source": "Someone"}),
            ],
        )
    # The first request makes every rendition; after that they are found, not made.
    assert len(get(client, "/articles/", limit=20)["items"]) == 20

    def count_queries(limit):
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            data = get(client, "/articles/", limit=limit)
        assert len(data["items"]) == limit
        return len(captured)

    small, large = count_queries(3), count_queries(20)
    assert small == large, f"{small} queries for 3 items, {large} for 20"
    assert large <= 15


@pytest.mark.no_page_cache
def test_author_list_query_count_does_not_grow(client, author):
    for n in range(6):
        AuthorFactory(photo=ImageFactory(), slug=f"photographed-{n}")
    get(client, "/authors/", limit=7)

    def count_queries(limit):
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            get(client, "/authors/", limit=limit)
        return len(captured)

    assert count_queries(2) == count_queries(7)


# --- Nothing unpublished, ever --------------------------------------------------------

SECRETS = [
    "REVISION-SECRET",
    "DRAFT-SECRET",
    "draft-secret-slug",
    "SCHEDULED-SECRET",
    "scheduled-secret-slug",
    "PRIVATE-SECRET",
    "private-secret-slug",
    "QIOSK-DRAFT-SECRET",
    "DRAFT-AUTHOR-SECRET",
    "draft-author-secret",
    "PRIVATE-AUTHOR-SECRET",
    "DRAFT-SECTION-SECRET",
    "draft-section-secret",
    "secret-subscriber",
    "@example.org",
    "admin@",
    "password",
    "pbkdf2",
    "md5$",
]


@pytest.fixture
def hidden_content(section, author, article, admin_user):
    """One public story with an unpublished revision, and every kind of hidden thing."""
    draft_author = AuthorFactory(
        title="DRAFT-AUTHOR-SECRET Writer",
        slug="draft-author-secret",
        bio="DRAFT-AUTHOR-SECRET bio",
        live=False,
    )
    private_author = AuthorFactory(title="PRIVATE-AUTHOR-SECRET", slug="private-author")
    make_private(private_author)
    # Credit the hidden authors on the public story too: the byline must skip them.
    ArticleAuthor.objects.create(
        page=article, author=draft_author, role="With", sort_order=5
    )
    ArticleAuthor.objects.create(
        page=article, author=private_author, role="And", sort_order=6
    )

    article.title = "REVISION-SECRET headline"
    article.dek = "REVISION-SECRET dek"
    article.save_revision()  # saved, not published

    ArticleFactory(
        parent=section,
        title="DRAFT-SECRET story",
        slug="draft-secret-slug",
        authors=[author, draft_author],
        tags=["Trade", "DRAFT-SECRET-TAG"],
        live=False,
    )
    schedule(
        ArticleFactory(
            parent=section,
            title="SCHEDULED-SECRET story",
            slug="scheduled-secret-slug",
            authors=[author],
            tags=["Trade"],
            live=False,
        )
    )
    make_private(
        ArticleFactory(
            parent=section,
            title="PRIVATE-SECRET story",
            slug="private-secret-slug",
            authors=[author],
            tags=["Trade"],
            corrections=["PRIVATE-SECRET correction"],
        )
    )
    ArticleFactory(
        parent=section,
        title="QIOSK-DRAFT-SECRET item",
        article_type="qiosk",
        authors=[author],
        live=False,
    )
    draft_section = SectionFactory(
        title="DRAFT-SECTION-SECRET desk", slug="draft-section-secret", live=False
    )
    ArticleFactory(
        parent=draft_section, title="DRAFT-SECRET in a draft section", live=False
    )
    Subscriber.objects.create(email="secret-subscriber@example.org", consent_source="/")
    ArticleFactory(parent=section, article_type="qiosk", title="Public quick item")
    return article


def fill_path(template, values):
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), template)


def walk_api(client):
    """GET every route in the OpenAPI schema: each list (unfiltered and with every
    filter value seen), then each detail route for every id/slug a list returned.
    Returns {url: body}."""
    schema = client.get(f"{API}/openapi.json").json()
    bodies = {f"{API}/openapi.json": json.dumps(schema)}
    list_paths = [p for p in schema["paths"] if "{" not in p]
    detail_paths = [p for p in schema["paths"] if "{" in p]
    seen = {}  # list path -> items
    for path in list_paths:
        response = client.get(path, {"limit": 100})
        assert response.status_code == 200, path
        bodies[path] = response.content.decode()
        seen[path] = response.json()["items"]
    for path in detail_paths:
        list_path, param = re.match(r"(.*/)\{(\w+)\}/$", path).groups()
        key = "id" if param.endswith("_id") else param
        values = {item[key] for item in seen[list_path]}
        assert values, f"nothing listed at {list_path} to walk {path}"
        for value in values:
            url = fill_path(path, {param: value})
            response = client.get(url)
            assert response.status_code == 200, url
            bodies[url] = response.content.decode()
    # Every filter value the public listing shows, applied to every story listing.
    articles = seen[f"{API}/articles/"]
    filters = (
        [("section", s["slug"]) for s in seen[f"{API}/sections/"]]
        + [("author", a["slug"]) for a in seen[f"{API}/authors/"]]
        + [("tag", tag.lower()) for item in articles for tag in item["tags"]]
        + [
            ("type", kind)
            for kind in ("analysis", "opinion", "news", "reporting", "qiosk")
        ]
    )
    for name, value in filters:
        for path in (f"{API}/articles/", f"{API}/qiosk/"):
            response = client.get(path, {name: value, "limit": 100})
            assert response.status_code == 200
            bodies[f"{path}?{name}={value}"] = response.content.decode()
    return bodies


def assert_no_secrets(bodies):
    for url, content in bodies.items():
        for secret in SECRETS:
            assert secret.lower() not in content.lower(), f"{secret!r} leaked at {url}"


def test_walking_every_route_finds_nothing_unpublished(client, hidden_content):
    # The secrets really are in the database, one step away from the public story.
    revision = hidden_content.get_latest_revision()
    assert revision.content["title"] == "REVISION-SECRET headline"
    assert hidden_content.has_unpublished_changes
    live = ArticlePage.objects.get(pk=hidden_content.pk)
    assert live.title == "Ports race to automate as shipping lanes shift"
    assert live.article_authors.count() == 3
    assert Subscriber.objects.filter(email__startswith="secret-subscriber").exists()

    bodies = walk_api(client)
    assert_no_secrets(bodies)
    # The walk really covered the public content.
    listed = json.loads(bodies[f"{API}/articles/"])
    assert listed["count"] == 2
    assert (
        "Ports race to automate as shipping lanes shift" in bodies[f"{API}/articles/"]
    )
    assert f"{API}/articles/{hidden_content.pk}/" in bodies
    assert f"{API}/authors/hana-testwriter/" in bodies
    assert f"{API}/sections/asia-pacific/" in bodies


def test_an_editor_logged_in_sees_only_what_readers_see(
    admin_client, client, hidden_content
):
    anonymous = walk_api(client)
    editor = walk_api(admin_client)
    assert editor == anonymous
    assert_no_secrets(editor)


def test_hidden_things_are_404_or_empty_by_id_and_slug(client, hidden_content, section):
    hidden_articles = ArticlePage.objects.exclude(
        pk__in=[item["id"] for item in get(client, "/articles/")["items"]]
    )
    assert hidden_articles.count() == 5
    for article in hidden_articles:
        body_text = problem(client, f"/articles/{article.pk}/", 404)
        assert "SECRET" not in json.dumps(body_text)
    for author in AuthorPage.objects.filter(
        slug__in=["draft-author-secret", "private-author"]
    ):
        problem(client, f"/authors/{author.slug}/", 404)
        assert get(client, "/articles/", author=author.slug)["count"] == 0
    problem(client, "/sections/draft-section-secret/", 404)
    assert get(client, "/articles/", section="draft-section-secret")["count"] == 0
    assert get(client, "/articles/", tag="draft-secret-tag")["count"] == 0
