"""Related stories and notes in the API, notes in JSON-LD and republished copies."""

import json
import re

import pytest

from masthead.syndication.content import body_html
from tests.articles.test_reading_kit import NOTES
from tests.factories import ArticleFactory, hidden_stories

pytestmark = pytest.mark.django_db

API = "/api/v3"


@pytest.fixture
def noted(section, author):
    return ArticleFactory(
        parent=section,
        title="Cranes and counts",
        authors=[author],
        tags=["Trade"],
        body=[
            ("paragraph", "<p>Tonnage rose by a third.[1] Operators disagree.[2]</p>"),
            ("notes", NOTES),
        ],
    )


def test_api_detail_lists_related_stories_and_notes(client, noted, section, author):
    hidden_stories(section, author)
    neighbour = ArticleFactory(parent=section, title="Trade neighbour", tags=["Trade"])
    data = client.get(f"{API}/articles/{noted.pk}/").json()

    (related,) = data["related"]
    assert related["api_url"].endswith(f"{API}/articles/{neighbour.pk}/")
    assert (related["id"], related["headline"], related["url"]) == (
        neighbour.pk,
        "Trade neighbour",
        neighbour.get_full_url(),
    )
    url = noted.get_full_url()
    assert [(n["number"], n["url"]) for n in data["notes"]] == [
        (1, f"{url}#fn-1"),
        (2, f"{url}#fn-2"),
        (3, f"{url}#fn-3"),
    ]
    assert (
        '<a href="https://example.org/tonnage?y=2025&amp;t=1">table 4</a>'
        in data["notes"][0]["html"]
    )
    assert f'<sup><a href="{url}#fn-1">1</a></sup>' in data["body_html"]
    assert "Interview with a crane operator" in data["body_html"]
    assert "role=" not in data["body_html"]
    # The list carries notes but not related (one query set for a whole page).
    (listed,) = [
        a for a in client.get(f"{API}/articles/").json()["items"] if a["id"] == noted.pk
    ]
    assert listed["notes"] == data["notes"]
    assert "related" not in listed
    schema = client.get(f"{API}/openapi.json").json()
    assert "related" in schema["components"]["schemas"]["ArticleDetail"]["properties"]
    assert "notes" in schema["components"]["schemas"]["Article"]["properties"]


def test_api_related_drops_an_unpublished_story(
    client, section, page_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticleFactory(parent=section, tags=["Trade"])
        neighbour = ArticleFactory(parent=section, title="Neighbour", tags=["Trade"])
    path = f"{API}/articles/{story.pk}/"
    assert [r["id"] for r in client.get(path).json()["related"]] == [neighbour.pk]
    cached = client.get(path)
    assert cached["X-Page-Cache"] == "hit"
    assert [r["id"] for r in cached.json()["related"]] == [neighbour.pk]
    with django_capture_on_commit_callbacks(execute=True):
        neighbour.unpublish()
    assert client.get(path).json()["related"] == []


def test_json_ld_cites_the_notes(client, noted):
    html = client.get(noted.url).content.decode()
    (ld,) = [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
        if '"citation"' in block
    ]
    graph = ld.get("@graph", [ld])
    (article,) = [node for node in graph if "citation" in node]
    assert article["citation"] == [
        {
            "@type": "CreativeWork",
            "name": "Harbour Board of Lowmere, Annual Tonnage Return (fictional), "
            "table 4.",
            "url": "https://example.org/tonnage?y=2025&t=1",
        },
        {"@type": "CreativeWork", "name": "Interview with a crane operator, 12 March."},
        {"@type": "CreativeWork", "name": "Never cited in the text."},
    ]


def test_republished_copy_carries_citations_and_endnotes(noted):
    html = body_html(noted)
    url = noted.get_full_url()
    assert f'<sup><a href="{url}#fn-2">2</a></sup>' in html
    assert "<h2>Notes and sources</h2><ol><li>" in html
    assert "Never cited in the text." in html
