"""Until sending exists, the newsletter box stores addresses honestly and safely."""

import pytest
from django.test import Client

from masthead.newsletter.models import SignupRequest

pytestmark = pytest.mark.django_db

THANKS = "We have saved your address"


def test_signup_stores_the_address_and_says_what_happens_next(client, home):
    response = client.post(
        "/newsletter/", {"email": "Reader@Example.ORG", "next": "/asia-pacific/"}
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert THANKS in page and "confirm" in page
    stored = SignupRequest.objects.get()
    assert stored.email == "reader@example.org"
    assert stored.source_url == "/asia-pacific/"
    assert stored.consent_text


def test_same_answer_whether_or_not_we_already_had_the_address(client, home):
    first = client.post("/newsletter/", {"email": "twice@example.org"})
    second = client.post("/newsletter/", {"email": "TWICE@example.org "})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert SignupRequest.objects.count() == 1


def test_unicode_addresses_are_normalised_to_one_spelling(client, home):
    decomposed = "Reader@Bu\u0308cher.example"
    composed = "reader@b\u00fccher.example"
    client.post("/newsletter/", {"email": decomposed})
    client.post("/newsletter/", {"email": composed})
    assert SignupRequest.objects.count() == 1


@pytest.mark.parametrize(
    "email",
    [
        "",
        "not-an-address",
        "reader@example.org\r\nBcc: victim@example.org",
        "a" * 250 + "@example.org",
        "@example.org",
        "reader@",
    ],
)
def test_bad_addresses_get_a_field_error_and_nothing_is_stored(client, home, email):
    response = client.post("/newsletter/", {"email": email})
    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    assert not SignupRequest.objects.exists()


def test_honeypot_is_answered_politely_but_not_stored(client, home):
    response = client.post(
        "/newsletter/", {"email": "bot@example.org", "website": "http://spam.example"}
    )
    assert response.status_code == 302
    assert not SignupRequest.objects.exists()


def test_foreign_next_url_is_not_stored(client, home):
    client.post(
        "/newsletter/", {"email": "r@example.org", "next": "https://evil.example/"}
    )
    assert SignupRequest.objects.get().source_url == ""


def test_signup_requires_a_csrf_token(home):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/newsletter/", {"email": "csrf@example.org"})
    assert response.status_code == 403
    assert not SignupRequest.objects.exists()


def test_box_form_posts_with_the_token_from_the_page(home, article):
    strict = Client(enforce_csrf_checks=True)
    html = strict.get(article.url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = strict.post(
        "/newsletter/", {"email": "box@example.org", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert SignupRequest.objects.filter(email="box@example.org").exists()


def test_signup_page_renders(client, home):
    response = client.get("/newsletter/")
    assert response.status_code == 200
    assert "Subscribe to our weekly round-up" in response.content.decode()
