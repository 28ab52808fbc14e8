"""Canonical URLs, OpenGraph/Twitter cards and JSON-LD, parsed and checked per type."""

import json
import re
from datetime import datetime

import pytest

from masthead.articles.models import ArticleType, Licence
from tests.factories import ArticleFactory, AuthorFactory

pytestmark = pytest.mark.django_db

REQUIRED_ARTICLE = {
    "@context",
    "@type",
    "headline",
    "description",
    "url",
    "mainEntityOfPage",
    "datePublished",
    "dateModified",
    "author",
    "publisher",
    "image",
    "articleSection",
    "keywords",
}


def json_ld(html):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    return [json.loads(block) for block in blocks]


def by_type(html, schema_type):
    return next(b for b in json_ld(html) if b["@type"] == schema_type)


def meta(html, key):
    match = re.search(
        rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html
    )
    return match.group(1) if match else None


@pytest.mark.parametrize(
    "article_type,schema_type",
    [
        (ArticleType.ANALYSIS, "AnalysisNewsArticle"),
        (ArticleType.OPINION, "OpinionNewsArticle"),
        (ArticleType.REPORTING, "ReportageNewsArticle"),
        (ArticleType.NEWS, "NewsArticle"),
    ],
)
def test_article_json_ld_has_the_fitting_type_and_every_required_property(
    client, section, author, article_type, schema_type
):
    coauthor = AuthorFactory(title="Second Writer", slug="second-writer")
    article = ArticleFactory(
        parent=section,
        article_type=article_type,
        authors=[author, (coauthor, "Reporting by")],
        tags=["Trade", "Energy"],
        corrections=["The port handles 40 million containers, not 14 million."],
    )
    data = by_type(client.get(article.url).content.decode(), schema_type)
    assert set(data) >= REQUIRED_ARTICLE
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == article.title
    assert data["description"] == article.dek
    assert [a["name"] for a in data["author"]] == ["Hana Testwriter", "Second Writer"]
    assert all(
        a["@type"] == "Person" and a["url"].startswith("http") for a in data["author"]
    )
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["logo"]["url"].startswith("http")
    datetime.fromisoformat(data["datePublished"])
    datetime.fromisoformat(data["dateModified"])
    assert data["image"][0]["url"].startswith("http")
    assert data["image"][0]["creditText"] == "Northlight Images/ Test Photographer"
    assert data["articleSection"] == "Asia-Pacific"
    assert data["keywords"] == ["Energy", "Trade"]
    assert data["correction"][0]["@type"] == "CorrectionComment"
    assert "40 million" in data["correction"][0]["text"]
    assert data["license"] == "https://creativecommons.org/licenses/by-nd/4.0/"


def test_breadcrumbs_lead_home_section_story(client, article):
    crumbs = by_type(client.get(article.url).content.decode(), "BreadcrumbList")
    names = [item["name"] for item in crumbs["itemListElement"]]
    assert names[1:] == ["Asia-Pacific", article.title]
    assert [i["position"] for i in crumbs["itemListElement"]] == [1, 2, 3]


def test_open_graph_and_twitter_cards(client, article):
    html = client.get(article.url).content.decode()
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == article.title
    assert meta(html, "og:description") == article.dek
    assert meta(html, "og:image").endswith(".jpg")
    assert meta(html, "og:image:alt").startswith("Container cranes")
    assert int(meta(html, "og:image:width")) > 0
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image:alt") == meta(html, "og:image:alt")
    assert meta(html, "article:section") == "Asia-Pacific"
    assert meta(html, "description") == article.dek


def test_canonical_honours_the_override(client, section, author):
    article = ArticleFactory(
        parent=section, authors=[author], canonical_url="https://example.org/first"
    )
    html = client.get(article.url).content.decode()
    assert '<link rel="canonical" href="https://example.org/first">' in html
    assert html.count('rel="canonical"') == 1
    data = by_type(html, "AnalysisNewsArticle")
    assert data["mainEntityOfPage"]["@id"] == "https://example.org/first"


def test_author_page_is_a_profile_page(client, author, article):
    html = client.get(author.url).content.decode()
    profile = by_type(html, "ProfilePage")
    assert profile["mainEntity"]["@type"] == "Person"
    assert profile["mainEntity"]["name"] == "Hana Testwriter"
    assert "https://x.com/hanatest" in profile["mainEntity"]["sameAs"]
    assert meta(html, "og:type") == "profile"


def test_home_is_a_website_with_a_search_action(client, article):
    html = client.get("/").content.decode()
    site = by_type(html, "WebSite")
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert "{search_term_string}" in action["target"]["urlTemplate"]
    assert "/search/?q=" in action["target"]["urlTemplate"]
    assert by_type(html, "Organization")["name"]


def test_json_ld_cannot_be_broken_out_of(client, section, author):
    article = ArticleFactory(
        parent=section, authors=[author], dek="Dek </script><script>alert(1)</script>"
    )
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert json_ld(html)


def test_every_page_has_a_canonical_and_description(client, article, author):
    for url in [
        "/",
        "/asia-pacific/",
        article.url,
        author.url,
        "/qiosk/",
        "/latest/",
        "/corrections/",
        "/tags/trade/",
    ]:
        html = client.get(url).content.decode()
        assert html.count('<link rel="canonical"') == 1, url
        assert meta(html, "description"), url


def test_corrections_page_lists_newest_first_and_links_stories(client, section, author):
    first = ArticleFactory(
        parent=section,
        authors=[author],
        title="First story",
        corrections=["Older fix."],
    )
    second = ArticleFactory(
        parent=section,
        authors=[author],
        title="Second story",
        corrections=["Newer fix."],
    )
    hidden = ArticleFactory(
        parent=section,
        authors=[author],
        title="Hidden story",
        corrections=["Secret fix."],
        live=False,
    )
    html = client.get("/corrections/").content.decode()
    assert html.index("Newer fix.") < html.index("Older fix.")
    assert f'href="{first.url}"' in html and f'href="{second.url}"' in html
    assert "Secret fix." not in html and hidden.title not in html


def test_republish_panel_gives_clean_html_with_credit(client, section, author):
    article = ArticleFactory(parent=section, authors=[author], title="Free to share")
    html = client.get(article.url).content.decode()
    assert "Republish this story" in html
    code = html.split('<textarea id="republish-html"')[1].split("</textarea>")[0]
    assert "&lt;h1&gt;Free to share&lt;/h1&gt;" in code
    assert "By Hana Testwriter" in code
    assert "originally published by" in code
    assert "creativecommons.org/licenses/by-nd/4.0/" in code
    assert "Paragraph 4 of the" in code
    assert "&lt;script" not in code and "&lt;img" not in code


def test_no_republish_panel_when_all_rights_are_reserved(client, section, author):
    article = ArticleFactory(
        parent=section, authors=[author], licence=Licence.ALL_RIGHTS_RESERVED
    )
    html = client.get(article.url).content.decode()
    assert "Republish this story" not in html
    assert "license" not in by_type(html, "AnalysisNewsArticle")


@pytest.mark.parametrize(
    "url,feeds",
    [
        ("/", ["/feed/", "/feed/atom/"]),
        (
            "/asia-pacific/",
            ["/feed/section/asia-pacific/", "/feed/section/asia-pacific/atom/"],
        ),
        ("/authors/hana-testwriter/", ["/feed/author/hana-testwriter/"]),
        ("/tags/trade/", ["/feed/tag/trade/", "/feed/tag/trade/atom/"]),
        ("/qiosk/", ["/feed/qiosk/", "/feed/qiosk/atom/"]),
        ("/corrections/", ["/feed/corrections/"]),
    ],
)
def test_feed_autodiscovery_links(client, article, url, feeds):
    html = client.get(url).content.decode()
    links = re.findall(
        r'<link rel="alternate" type="application/(?:rss|atom)\+xml"'
        r'[^>]*href="([^"]+)"',
        html,
    )
    assert "/feed/" in links and "/feed/atom/" in links
    for feed in feeds:
        assert feed in links
        assert client.get(feed).status_code == 200
