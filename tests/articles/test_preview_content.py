"""The editor's preview of a story holds the story, for Wagtail's content checks.

Wagtail's Checks panel counts the words of the preview's ``<main>``; the river
of other stories and the republish panel (a copy of the story) are left out of
the preview, and stay on the page readers get. The browser test
e2e/test_content_checks.py reads the count in the admin itself.
"""

import pytest

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def main_html(response):
    response.render()
    return response.content.decode().split("<main")[1].split("</main>")[0]


def test_preview_main_holds_the_story_without_river_or_republish_panel(
    rf, client, admin_user, section, author, article
):
    for n in range(3):
        ArticleFactory(parent=section, authors=[author], slug=f"other-{n}")
    request = rf.get(f"/admin/pages/{article.pk}/edit/preview/")
    request.user = admin_user
    preview = main_html(article.make_preview_request(request))
    assert article.title in preview
    assert "Paragraph 1 of the ports-race" in preview
    assert "data-river" not in preview
    assert 'id="republish"' not in preview

    live = client.get(article.url).content.decode().split("<main")[1]
    assert "data-river" in live
    assert 'id="republish"' in live
