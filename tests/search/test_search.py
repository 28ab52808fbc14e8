import pytest

from masthead.articles.models import ArticleType
from tests.factories import ArticleFactory, AuthorFactory

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


@pytest.fixture
def stories(section, other_section, author):
    other_author = AuthorFactory(title="Lena Other", slug="lena-other")
    return {
        "ports": ArticleFactory(
            parent=section,
            title="Ports and cranes in Busan",
            slug="ports-busan",
            authors=[author],
            article_type=ArticleType.ANALYSIS,
        ),
        "grid": ArticleFactory(
            parent=other_section,
            title="Grid links across the Baltic ports",
            slug="grid-baltic",
            authors=[other_author],
            article_type=ArticleType.OPINION,
        ),
        "draft": ArticleFactory(
            parent=section,
            title="Draft ports plan",
            slug="draft-ports",
            authors=[author],
            live=False,
        ),
    }


def titles(client, query):
    response = client.get("/search/" + query)
    assert response.status_code == 200
    html = response.content.decode().split("<main")[1].split("</main>")[0]
    return {
        t
        for t in [
            "Ports and cranes in Busan",
            "Grid links across the Baltic ports",
            "Draft ports plan",
        ]
        if t in html
    }


def test_full_text_search_finds_public_stories_only(client, stories):
    assert titles(client, "?q=ports") == {
        "Ports and cranes in Busan",
        "Grid links across the Baltic ports",
    }


def test_search_filters_by_section_type_and_author(client, stories):
    assert titles(client, "?q=ports&section=europe") == {
        "Grid links across the Baltic ports"
    }
    assert titles(client, "?q=ports&type=analysis") == {"Ports and cranes in Busan"}
    assert titles(client, "?author=lena-other") == {
        "Grid links across the Baltic ports"
    }
    assert titles(client, "?q=ports&section=asia-pacific&type=opinion") == set()


def test_search_words_are_all_required(client, stories):
    assert titles(client, "?q=cranes+busan") == {"Ports and cranes in Busan"}
    assert titles(client, "?q=cranes+baltic") == set()


def test_search_page_is_noindex_and_counts_results(client, stories):
    html = client.get("/search/?q=ports").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "2 stories found." in html


def test_search_by_author_name(client, stories):
    assert "Ports and cranes in Busan" in titles(client, "?q=Testwriter")
