"""Unknown addresses and junk parameters get a 404 or a clean page, never a 500."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

NOT_FOUND = [
    "/no-such-page/",
    "/asia-pacific/no-such-story/",
    "/authors/nobody/",
    "/tags/no-such-tag/",
    "/latest/?page=0",
    "/latest/?page=9999",
    "/latest/?page=abc",
    "/latest/?page=-1",
    "/latest/?page=1e3",
    "/asia-pacific/?page=50",
    "/asia-pacific/?page=%00",
    "/qiosk/?page=99",
    "/authors/hana-testwriter/?page=abc",
    "/tags/trade/?page=7",
    "/search/?q=ports&page=40",
    "/%E2%80%AE/",
    "/static/nope.css",
]

CLEAN = [
    "/?page=abc",
    "/?utm_source=x&utm_medium=y",
    "/asia-pacific/ports-race/?page=zz&exclude=abc",
    "/latest/?exclude=1,abc,-3,,9999999999999999999999",
    "/latest/?exclude=" + ",".join(str(n) for n in range(500)),
    "/latest/?partial=yes",
    "/search/?q=" + "x" * 150,
    "/search/?q=<script>alert(1)</script>",
    "/search/?q=ports&type=",
    "/qiosk/?junk=1",
]

BAD_REQUEST = [
    "/search/?type=poetry",
    "/search/?section=atlantis",
    "/search/?author=nobody",
    "/search/?q=" + "x" * 500,
    "/search/?q=%00%01ports",
]


@pytest.mark.parametrize("url", NOT_FOUND)
def test_unknown_or_out_of_range_is_404_in_the_site_design(client, article, url):
    response = client.get(url)
    assert response.status_code == 404
    if not url.startswith("/static/"):
        assert "We could not find that page" in response.content.decode()


@pytest.mark.parametrize("url", CLEAN)
def test_junk_parameters_give_a_clean_page(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("url", BAD_REQUEST)
def test_impossible_search_filters_are_a_400_with_a_message(client, article, url):
    response = client.get(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field-error"' in html


def test_post_to_a_page_is_not_a_500(client, article):
    response = client.post("/asia-pacific/ports-race/", {"x": "1"})
    assert response.status_code in {403, 405}


def test_server_error_page_needs_no_database():
    from django.test import RequestFactory

    from masthead.core.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


def test_health_check(client, db):
    call_command("scheduler", once=True)  # tests/core/test_health.py has the rest
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_health_check_with_an_unknown_check(client, db):
    assert client.get("/healthz?checks=everything").status_code == 400
