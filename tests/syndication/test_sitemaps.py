"""sitemap.xml, its paged files, the Google News sitemap and robots.txt."""

import datetime
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
import xmlschema
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from masthead.syndication.sitemaps.articles import ArticleSitemap
from masthead.syndication.sitemaps.base import MastheadSitemap
from masthead.syndication.sitemaps.news import NewsSitemap
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    hours_ago,
    make_private,
    schedule,
)
from tests.page_cache.helpers import stored_cache_control

pytestmark = pytest.mark.django_db

# Third-party reference schemas, kept with the tests; see schemas/README.md.
SCHEMAS = Path(__file__).resolve().parent / "schemas"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
SECTION_FILES = ["articles", "sections", "authors", "pages"]


@pytest.fixture(scope="module")
def urlset_schema():
    assert SCHEMAS.is_dir(), f"reference schemas not found at {SCHEMAS}"
    # The extensions are validated strictly, so all three schemas load together.
    return xmlschema.XMLSchema(
        [
            str(SCHEMAS / "sitemap.xsd"),
            str(SCHEMAS / "sitemap-image.xsd"),
            str(SCHEMAS / "sitemap-news.xsd"),
        ]
    )


@pytest.fixture(scope="module")
def index_schema():
    assert SCHEMAS.is_dir(), f"reference schemas not found at {SCHEMAS}"
    return xmlschema.XMLSchema(str(SCHEMAS / "siteindex.xsd"))


def path_of(url):
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def get_xml(client, url, schema):
    response = client.get(path_of(url))
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    # Stored by the page cache, purged on publish: its policy, not the view's.
    assert response["Cache-Control"] == stored_cache_control()
    schema.validate(response.content.decode())
    return ElementTree.fromstring(response.content)


def index_entries(client, index_schema):
    root = get_xml(client, "/sitemap.xml", index_schema)
    return [
        (entry.findtext(f"{SM}loc"), entry.findtext(f"{SM}lastmod"))
        for entry in root.iter(f"{SM}sitemap")
    ]


def all_files(client, index_schema, urlset_schema):
    """Every file the index lists, validated, as {url: parsed urlset}."""
    return {
        url: get_xml(client, url, urlset_schema)
        for url, _ in index_entries(client, index_schema)
    }


def locs(urlset):
    return [url.findtext(f"{SM}loc") for url in urlset.iter(f"{SM}url")]


def all_locs(files):
    return [loc for urlset in files.values() for loc in locs(urlset)]


def parse_datetime(value):
    parsed = datetime.datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


@pytest.fixture
def magazine(section, other_section, author, article):
    """A small magazine: stories in two sections, a QiOSK item, a second writer."""
    writer = AuthorFactory(title="Omar Testcorrespondent", slug="omar-test")
    stories = [
        article,
        ArticleFactory(
            parent=other_section, authors=[writer], published_at=hours_ago(5)
        ),
        ArticleFactory(
            parent=section,
            authors=[author, writer],
            article_type="qiosk",
            published_at=hours_ago(3),
        ),
        ArticleFactory(
            parent=other_section,
            authors=[writer],
            published_at=hours_ago(80),
            corrections=["An earlier version misnamed the port authority."],
        ),
    ]
    return stories


def test_robots_txt_disallows_admin_and_search_and_points_to_the_sitemaps(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "",
        "Sitemap: http://localhost/sitemap.xml",
        "Sitemap: http://localhost/news-sitemap.xml",
    ]


def test_absolute_urls_use_the_public_address_whatever_the_host(
    client, magazine, settings
):
    # BASE_URL is the one public address; the Host a request names is not.
    settings.BASE_URL = "https://news.example"
    host = {"HTTP_HOST": "other-name.example:8123"}
    robots = client.get("/robots.txt", **host).content.decode()
    assert "Sitemap: https://news.example/sitemap.xml" in robots
    index = client.get("/sitemap.xml", **host).content.decode()
    assert "<loc>https://news.example/sitemap-articles.xml</loc>" in index
    urlset = ElementTree.fromstring(client.get("/sitemap-articles.xml", **host).content)
    assert locs(urlset)
    assert all(loc.startswith("https://news.example/") for loc in locs(urlset))
    images = [loc.text for loc in urlset.iter(f"{IMAGE}loc")]
    assert images
    assert all(loc.startswith("https://news.example/") for loc in images)


def test_index_lists_every_section_file_and_the_news_sitemap_with_lastmod(
    client, magazine, index_schema, urlset_schema
):
    entries = index_entries(client, index_schema)
    assert [url for url, _ in entries] == [
        *(f"http://localhost/sitemap-{name}.xml" for name in SECTION_FILES),
        "http://localhost/news-sitemap.xml",
    ]
    for url, lastmod in entries:
        assert lastmod, f"{url} has no lastmod"
        # A file's lastmod in the index is the newest lastmod inside it.
        urlset = get_xml(client, url, urlset_schema)
        inner = [parse_datetime(el.text) for el in urlset.iter(f"{SM}lastmod")]
        assert parse_datetime(lastmod) == max(inner), url


def test_each_section_holds_what_it_should(
    client, magazine, section, other_section, author, index_schema, urlset_schema
):
    files = all_files(client, index_schema, urlset_schema)
    base = "http://localhost"
    articles = locs(files[f"{base}/sitemap-articles.xml"])
    # Oldest first, QiOSK items included.
    assert articles == [f"{base}{story.url}" for story in magazine]
    assert set(locs(files[f"{base}/sitemap-sections.xml"])) == {
        f"{base}/asia-pacific/",
        f"{base}/europe/",
    }
    assert set(locs(files[f"{base}/sitemap-authors.xml"])) == {
        f"{base}/authors/hana-testwriter/",
        f"{base}/authors/omar-test/",
    }
    assert locs(files[f"{base}/sitemap-pages.xml"]) == [
        f"{base}/",
        f"{base}/latest/",
        f"{base}/qiosk/",
        f"{base}/authors/",
        f"{base}/corrections/",
    ]


def test_lowered_limit_splits_every_section_into_pages(
    client, monkeypatch, magazine, section, author, index_schema, urlset_schema
):
    extra = [ArticleFactory(parent=section, authors=[author]) for _ in range(3)]
    monkeypatch.setattr(MastheadSitemap, "limit", 2)
    entries = index_entries(client, index_schema)
    base = "http://localhost"
    assert [url for url, _ in entries] == [
        f"{base}/sitemap-articles.xml",
        f"{base}/sitemap-articles.xml?p=2",
        f"{base}/sitemap-articles.xml?p=3",
        f"{base}/sitemap-articles.xml?p=4",
        f"{base}/sitemap-sections.xml",
        f"{base}/sitemap-authors.xml",
        f"{base}/sitemap-pages.xml",
        f"{base}/sitemap-pages.xml?p=2",
        f"{base}/sitemap-pages.xml?p=3",
        f"{base}/news-sitemap.xml",
    ]
    files = {url: get_xml(client, url, urlset_schema) for url, _ in entries}
    article_files = [files[url] for url, _ in entries if "articles" in url]
    assert [len(locs(urlset)) for urlset in article_files] == [2, 2, 2, 1]
    listed = [loc for urlset in article_files for loc in locs(urlset)]
    assert listed == [f"{base}{story.url}" for story in [*magazine, *extra]]
    for url, lastmod in entries:
        inner = [parse_datetime(el.text) for el in files[url].iter(f"{SM}lastmod")]
        assert parse_datetime(lastmod) == max(inner), url
    assert client.get("/sitemap-articles.xml?p=5").status_code == 404
    assert client.get("/sitemap-articles.xml?p=two").status_code == 404


def test_a_file_whose_change_time_is_unknown_has_no_lastmod(client, index_schema):
    # A fresh site: the pages created by the first migration were never
    # published through Wagtail, and there are no stories or corrections yet.
    entries = index_entries(client, index_schema)
    assert entries == [("http://localhost/sitemap-pages.xml", None)]


def test_the_articles_limit_is_the_protocols_50000():
    assert ArticleSitemap.limit == 50_000


def test_every_listed_url_answers_200(
    client, monkeypatch, magazine, index_schema, urlset_schema
):
    monkeypatch.setattr(MastheadSitemap, "limit", 2)
    files = all_files(client, index_schema, urlset_schema)
    listed = all_locs(files)
    assert len(listed) > 10
    for loc in listed:
        assert client.get(path_of(loc)).status_code == 200, loc
    # Media is not served by Django in tests: check the image files exist instead.
    for urlset in files.values():
        for image in urlset.iter(f"{IMAGE}loc"):
            name = urlsplit(image.text).path.removeprefix("/media/")
            assert default_storage.exists(name), image.text


def test_drafts_scheduled_and_private_pages_are_never_listed(
    client, magazine, section, index_schema, urlset_schema
):
    hidden = [
        ArticleFactory(parent=section, slug="draft-secret", live=False),
        schedule(ArticleFactory(parent=section, slug="scheduled-secret", live=False)),
        ArticleFactory(
            parent=section,
            slug="qiosk-draft-secret",
            article_type="qiosk",
            live=False,
        ),
    ]
    private = ArticleFactory(
        parent=section, slug="private-secret", published_at=hours_ago(1)
    )
    make_private(private)
    private_section = SectionFactory(title="Members", slug="members-secret")
    inside = ArticleFactory(
        parent=private_section, slug="members-story-secret", published_at=hours_ago(2)
    )
    make_private(private_section)
    AuthorFactory(slug="draft-writer-secret", live=False)
    private_writer = AuthorFactory(slug="private-writer-secret")
    make_private(private_writer)
    # Reached through a public story's byline, still not listed.
    ArticleFactory(parent=section, authors=[private_writer], slug="public-story")

    files = all_files(client, index_schema, urlset_schema)
    assert "http://localhost/news-sitemap.xml" in files
    listed = all_locs(files)
    assert any("public-story" in loc for loc in listed)
    assert not [loc for loc in listed if "secret" in loc]
    for page in [*hidden, private, inside]:
        assert not [loc for loc in listed if f"/{page.slug}/" in loc]


def test_news_sitemap_holds_the_last_48_hours_newest_first(
    client, section, author, index_schema, urlset_schema
):
    settings = MagazineSettings.for_site(Site.objects.get(is_default_site=True))
    settings.masthead_name = "The Test Gazette"
    settings.save()
    fresh = ArticleFactory(
        parent=section, title="Fresh & “quoted”", published_at=hours_ago(1)
    )
    qiosk = ArticleFactory(
        parent=section, article_type="qiosk", published_at=hours_ago(6)
    )
    older = ArticleFactory(parent=section, published_at=hours_ago(47))
    ArticleFactory(parent=section, slug="stale", published_at=hours_ago(49))
    ArticleFactory(parent=section, slug="ancient", published_at=hours_ago(400))

    urlset = get_xml(client, "/news-sitemap.xml", urlset_schema)
    urls = list(urlset.iter(f"{SM}url"))
    assert [url.findtext(f"{SM}loc") for url in urls] == [
        f"http://localhost{story.url}" for story in (fresh, qiosk, older)
    ]
    first = urls[0].find(f"{NEWS}news")
    assert first.findtext(f"{NEWS}publication/{NEWS}name") == "The Test Gazette"
    assert first.findtext(f"{NEWS}publication/{NEWS}language") == "en"
    assert first.findtext(f"{NEWS}title") == "Fresh & “quoted”"
    published = parse_datetime(first.findtext(f"{NEWS}publication_date"))
    assert published == fresh.first_published_at.replace(microsecond=0)


def test_news_sitemap_is_left_out_of_the_index_when_there_is_no_news(
    client, section, index_schema
):
    ArticleFactory(parent=section, published_at=hours_ago(72))
    urls = [url for url, _ in index_entries(client, index_schema)]
    assert "http://localhost/news-sitemap.xml" not in urls
    # Still answers, for the robots.txt line, with no URLs.
    response = client.get("/news-sitemap.xml")
    assert response.status_code == 200
    assert b"<url>" not in response.content


def test_news_sitemap_is_capped_at_1000(client, monkeypatch, section):
    assert NewsSitemap.limit == 1000
    monkeypatch.setattr(NewsSitemap, "limit", 2)
    for hours in (1, 2, 3):
        ArticleFactory(parent=section, published_at=hours_ago(hours))
    urlset = ElementTree.fromstring(client.get("/news-sitemap.xml").content)
    assert len(locs(urlset)) == 2
    assert client.get("/news-sitemap.xml?p=2").status_code == 404


def test_articles_carry_their_top_photo(client, section, urlset_schema):
    with_photo = ArticleFactory(parent=section)
    without = ArticleFactory(parent=section, top_image=None)
    urlset = get_xml(client, "/sitemap-articles.xml", urlset_schema)
    by_loc = {url.findtext(f"{SM}loc"): url for url in urlset.iter(f"{SM}url")}
    images = by_loc[f"http://localhost{with_photo.url}"].findall(f"{IMAGE}image")
    assert len(images) == 1
    [child] = list(images[0])
    assert child.tag == f"{IMAGE}loc"
    assert child.text.startswith("http://localhost/media/images/")
    assert child.text.endswith(".jpg")
    assert by_loc[f"http://localhost{without.url}"].findall(f"{IMAGE}image") == []


def test_lastmod_is_the_update_time_or_the_last_publication(client, section):
    plain = ArticleFactory(parent=section, published_at=hours_ago(10))
    updated = ArticleFactory(parent=section, published_at=hours_ago(10))
    updated.updated_at = hours_ago(2)
    updated.save(update_fields=["updated_at"])
    urlset = ElementTree.fromstring(client.get("/sitemap-articles.xml").content)
    lastmods = {
        url.findtext(f"{SM}loc"): parse_datetime(url.findtext(f"{SM}lastmod"))
        for url in urlset.iter(f"{SM}url")
    }
    assert lastmods[f"http://localhost{plain.url}"] == (
        plain.last_published_at.replace(microsecond=0)
    )
    assert lastmods[f"http://localhost{updated.url}"] == (
        updated.updated_at.replace(microsecond=0)
    )


def test_stories_first_published_elsewhere_are_left_to_their_canonical_url(
    client, section
):
    ours = ArticleFactory(parent=section, published_at=hours_ago(1))
    theirs = ArticleFactory(
        parent=section,
        canonical_url="https://partner.example/original",
        published_at=hours_ago(1),
    )
    for url in ("/sitemap-articles.xml", "/news-sitemap.xml"):
        listed = locs(ElementTree.fromstring(client.get(url).content))
        assert f"http://localhost{ours.url}" in listed
        assert f"http://localhost{theirs.url}" not in listed


def test_unknown_sections_and_writes_are_refused(client, magazine):
    assert client.get("/sitemap-tags.xml").status_code == 404
    assert client.post("/sitemap.xml").status_code == 405
    assert client.post("/robots.txt").status_code == 405
    response = client.get("/sitemap-articles.xml")
    assert response["X-Robots-Tag"].startswith("noindex")


@pytest.mark.no_page_cache
def test_articles_sitemap_costs_the_same_queries_for_3_or_20_articles(
    client, section, author
):
    def count_queries():
        assert client.get("/sitemap-articles.xml").status_code == 200  # renditions
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/sitemap-articles.xml")
        return response.content.count(b"<url>"), len(captured)

    for _ in range(3):
        ArticleFactory(parent=section, authors=[author], tags=["Trade"])
    few_urls, few = count_queries()
    for _ in range(17):
        ArticleFactory(parent=section, authors=[author], tags=["Trade"])
    many_urls, many = count_queries()
    assert (few_urls, many_urls) == (3, 20)
    assert few < 10
    assert many == few


def test_non_ascii_slugs_are_percent_encoded(client, section, urlset_schema):
    story = ArticleFactory(parent=section, title="Zürich talks", slug="zürich-talks")
    urlset = get_xml(client, "/sitemap-articles.xml", urlset_schema)
    [loc] = locs(urlset)
    assert loc == "http://localhost/asia-pacific/z%C3%BCrich-talks/"
    assert client.get(path_of(loc)).status_code == 200
    assert story.slug == "zürich-talks"
