"""Every page type renders and names its template and allowed parents."""

import re

import pytest

from masthead.articles.models import ArticlePage, QioskIndexPage
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.home.models import HomePage
from masthead.sections.models import SectionPage
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model",
    [HomePage, SectionPage, ArticlePage, AuthorIndexPage, AuthorPage, QioskIndexPage],
)
def test_page_models_declare_template_and_tree_rules(model):
    assert model.template.endswith(".html")
    assert model.parent_page_types
    assert model.subpage_types is not None


def test_every_page_type_renders(client, article, author):
    ArticleFactory(
        parent=article.get_parent(),
        title="Quick item",
        slug="quick-item",
        article_type="qiosk",
        authors=[author],
    )
    urls = {
        "home": "/",
        "section": "/asia-pacific/",
        "article": article.url,
        "qiosk item": "/asia-pacific/quick-item/",
        "author index": "/authors/",
        "author": author.url,
        "qiosk": "/qiosk/",
        "latest": "/latest/",
        "tag": "/tags/trade/",
        "search": "/search/?q=ports",
        "newsletter": "/newsletter/",
    }
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert "<main" in response.content.decode(), name


def test_qiosk_items_have_their_own_listing_not_the_river(client, article, author):
    ArticleFactory(
        parent=article.get_parent(),
        title="Quick item",
        slug="quick-item",
        article_type="qiosk",
        authors=[author],
    )
    assert "Quick item" in client.get("/qiosk/").content.decode()
    latest = client.get("/latest/").content.decode()
    assert "Quick item" not in latest.split('id="latest-heading"')[0]


def test_author_page_lists_their_stories_and_handles(client, article, author):
    html = client.get(author.url).content.decode()
    assert article.title in html
    assert "https://x.com/hanatest" in html


def test_section_page_lists_only_its_stories(client, article, other_section, author):
    ArticleFactory(parent=other_section, title="Elsewhere story", authors=[author])
    html = client.get("/asia-pacific/").content.decode()
    main = html.split("<main")[1].split("</main>")[0]
    assert article.title in main
    assert "Elsewhere story" not in main


def test_pages_named_in_any_script_render_and_link(client, home, author):
    """Imported archives bring tags, sections and writers named in Arabic,
    Hebrew or German; linking to them made the page that shows them a 500."""
    section = SectionFactory(title="Zürich", slug="zürich")
    writer = AuthorFactory(title="سلمى حداد", slug="سلمى-حداد")
    story = ArticleFactory(
        parent=section, authors=[writer], tags=["بيروت", "Straße"], slug="ein-bericht"
    )
    page = client.get(story.url)
    assert page.status_code == 200
    html = page.content.decode()
    tag_urls = sorted(set(re.findall(r'href="(/tags/[^"]+)"', html)))
    assert len(tag_urls) == 2, tag_urls
    for url in [
        *tag_urls,
        section.url,
        writer.url,
        "/feed/section/zürich/",
        "/feed/author/سلمى-حداد/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert story.title in client.get(tag_urls[0]).content.decode()
