"""Stemmed, phrase, prefix and ranked search on factory stories (both engines)."""

import pytest

from tests.factories import ArticleFactory, hours_ago

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


def paragraphs(*texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def slugs(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200, response.content[:500]
    return [article.slug for article in response.context["listing"].items]


@pytest.fixture
def harbour_stories(section, author):
    return {
        "crane": ArticleFactory(
            parent=section,
            title="Night shift at the container terminal",
            slug="night-shift",
            authors=[author],
            body=paragraphs(
                "The harbour crane stopped at midnight when the wind rose.",
                "Dockers waited for the gusts to pass before unloading resumed.",
            ),
        ),
        "scattered": ArticleFactory(
            parent=section,
            title="A town that lives by its tides",
            slug="tides-town",
            authors=[author],
            body=paragraphs(
                "A crane was parked by the old harbour for the festival.",
                "Fishing boats arrived with the morning tide and the dockers cheered.",
            ),
        ),
        "telecoms": ArticleFactory(
            parent=section,
            title="Regulators weigh a merger of telecommunications firms",
            slug="telecoms-merger",
            authors=[author],
            body=paragraphs("Two operators want to share masts in rural valleys."),
        ),
    }


def test_singular_and_plural_find_the_same_stories(client, harbour_stories):
    assert slugs(client, "cranes") == slugs(client, "crane") != []
    assert set(slugs(client, "docker")) == {"night-shift", "tides-town"}


def test_quoted_phrase_finds_the_exact_phrase_only(client, harbour_stories):
    assert set(slugs(client, "harbour crane")) == {"night-shift", "tides-town"}
    assert slugs(client, '"harbour crane"') == ["night-shift"]
    # A phrase and loose words together: both must match.
    assert slugs(client, '"harbour crane" tide') == []
    assert slugs(client, 'festival "old harbour"') == ["tides-town"]


def test_word_ending_in_star_matches_words_that_begin_with_it(client, harbour_stories):
    assert slugs(client, "telecom") == []
    assert slugs(client, "telecom*") == ["telecoms-merger"]
    assert slugs(client, "rural telecom*") == ["telecoms-merger"]


def test_title_match_ranks_first(client, section, author):
    for n in range(3):
        ArticleFactory(
            parent=section,
            title=f"Notes from the coast, part {n}",
            slug=f"coast-notes-{n}",
            authors=[author],
            body=paragraphs(
                "The lighthouse keeper logged the ships.",
                "Later the lighthouse lamp was cleaned and the lighthouse painted.",
            ),
        )
    ArticleFactory(
        parent=section,
        title="The last lighthouse keeper retires",
        slug="lighthouse-keeper-retires",
        authors=[author],
        body=paragraphs("After forty years on the rock he moves inland."),
    )
    results = slugs(client, "lighthouses")
    assert len(results) == 4
    assert results[0] == "lighthouse-keeper-retires"


def test_more_headline_words_first_then_newest(client, section, author):
    def story(slug, title, hours):
        ArticleFactory(
            parent=section,
            title=title,
            slug=slug,
            authors=[author],
            published_at=hours_ago(hours),
            body=paragraphs("Grain barges wait while the river port reopens."),
        )

    story("old-both", "River port grain barges queue", 90)
    story("new-one", "Barges queue at the mouth", 2)
    story("older-body", "Shipping notes for the week", 50)
    story("newer-body", "What the harbour master said", 10)
    story("newest-one", "A port waits", 1)
    # Two words in the headline, then one (newest first), then the body only.
    assert slugs(client, "port barges") == [
        "old-both",
        "newest-one",
        "new-one",
        "newer-body",
        "older-body",
    ]


def test_drafts_are_never_found(client, section, author, harbour_stories):
    ArticleFactory(
        parent=section,
        title="Draft: harbour cranes sold",
        slug="draft-cranes",
        authors=[author],
        live=False,
        body=paragraphs("The harbour cranes will be sold to a scrap merchant."),
    )
    for query in ["cranes", "crane", '"harbour cranes"', "cran*", "scrap merchant"]:
        assert "draft-cranes" not in slugs(client, query)


@pytest.mark.parametrize(
    "query, status, message",
    [
        ("x" * 201, 400, "at most 200 characters"),
        ("!!! ??? ...", 400, "Search for words or a"),
        ('"', 400, "Search for words or a"),
        ("*", 400, "Search for words or a"),
        ("nul\x00byte", 400, "Null characters are not allowed"),
        ('"harbour crane', 200, "found"),
        ('harbour" crane"" "', 200, "found"),
        ('crane" OR "tide', 200, "found"),
        ("crane AND NOT (tide", 200, "found"),
        ("NEAR(crane tide) ^title:x {body}: -y", 200, "found"),
        ("'; DROP TABLE wagtailcore_page; --", 200, "found"),
        ("crane*** **tide", 200, "found"),
    ],
)
def test_awkward_queries_get_an_answer_not_an_error(
    client, harbour_stories, query, status, message
):
    response = client.get("/search/", {"q": query})
    assert response.status_code == status
    assert message in response.content.decode()
