"""Old addresses of imported stories answer 301, requested as a reader would."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from masthead.articles.models import ArticlePage
from masthead.importers.pipeline import run_import
from masthead.importers.records import ItemStatus
from tests.importers.helpers import ListReader, item

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(home):
    run_import(
        ListReader(
            [
                item("123"),
                item(
                    "124",
                    slug="quiet-draft",
                    status=ItemStatus.DRAFT,
                    old_urls=["/2021/03/quiet-draft/", "/?p=124"],
                ),
            ]
        )
    )
    return ArticlePage.objects.get(slug="harbour-plan-123")


def test_the_old_permalink_answers_301_to_the_new_url(client, imported):
    response = client.get("/2021/03/harbour-plan-123/")
    assert response.status_code == 301
    assert response.headers["Location"] == imported.url
    assert client.get(response.headers["Location"]).status_code == 200
    # Without its trailing slash too (Wagtail normalises both).
    assert client.get("/2021/03/harbour-plan-123").status_code == 301


def test_wordpress_query_address_answers_301_even_with_the_home_page_cached(
    client, imported
):
    # Fill the page cache with the home page first: it must not answer /?p=123.
    assert client.get("/").status_code == 200
    assert client.get("/").status_code == 200
    response = client.get("/?p=123")
    assert response.status_code == 301
    assert response.headers["Location"] == imported.url
    # On any path, and HEAD as well as GET.
    assert client.head("/?p=123").status_code == 301
    assert client.get("/?p=999").status_code == 200  # an unknown one: the home page


def test_a_drafts_old_addresses_do_not_reveal_it(client, imported):
    assert client.get("/2021/03/quiet-draft/").status_code == 404
    response = client.get("/?p=124")
    assert response.status_code == 200
    assert b"quiet-draft" not in response.content


def test_the_host_is_dropped_and_the_new_url_is_not_redirected(home):
    run_import(
        ListReader(
            [
                item(
                    "5",
                    category_keys=["news"],
                    old_urls=[
                        "https://old.example/news/harbour-plan-5/",  # = the new URL
                        "http://www.old.example/archives/5?utm=x&a=1",
                        "/",
                    ],
                )
            ]
        )
    )
    assert list(Redirect.objects.values_list("old_path", flat=True)) == [
        "/archives/5?a=1&utm=x"
    ]


def test_posting_to_an_old_query_address_is_not_redirected(client, imported):
    assert client.post("/?p=123").status_code != 301
