"""The page editor's content checks measure the story, not the page around it.

Wagtail's Checks panel counts the words of the preview's ``main`` element
(``main, [role="main"]``, innerText). An 80-word story must read as about 80
words, not as the thousands of words in the river of other stories.
"""

import secrets

import pytest
from playwright.sync_api import expect

from e2e.conftest import manage

pytestmark = pytest.mark.browser

EDITOR = "checks-editor"
STORY_WORDS = 80
# A short story of exactly 80 words (two paragraphs of 40), no photo.
SETUP = """
from masthead.articles.models import ArticleAuthor, ArticlePage, ArticleType
from masthead.authors.models import AuthorPage
from masthead.sections.models import SectionPage

first = "The ferry to the outer islands ran late this morning. " * 4
second = "Islanders waited on the pier in the cold rain again. " * 4
story = ArticlePage(
    title="Ferry late", slug="checks-ferry-late", dek="",
    article_type=ArticleType.NEWS,
    body=[("paragraph", f"<p>{first.strip()}</p>"),
          ("paragraph", f"<p>{second.strip()}</p>")],
)
story.article_authors.add(ArticleAuthor(author=AuthorPage.objects.live().first()))
SectionPage.objects.live().order_by("path").first().add_child(instance=story)
story.save_revision().publish()
print(story.pk)
"""


@pytest.fixture(scope="module")
def editor(server):
    password = secrets.token_urlsafe(16)
    env = {**server.env, "DJANGO_SUPERUSER_PASSWORD": password}
    manage(env, "createsuperuser", "--no-input", "--username", EDITOR,
           "--email", "checks-editor@example.com")  # fmt: skip
    story = manage(server.env, "shell", "-v", "0", "-c", SETUP).split()[-1]
    return {"password": password, "story": story}


def test_checks_panel_counts_the_story_words(new_context, site_url, editor):
    page = new_context().new_page()
    page.goto(f"{site_url}/admin/login/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(editor["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{site_url}/admin/pages/{editor['story']}/edit/")
    page.locator("[data-side-panel-toggle='checks']").click()
    count = page.locator("[data-content-word-count]")
    expect(count).not_to_have_text("-", timeout=30_000)
    words = int(count.inner_text())
    print(f"checks panel word count: {words}")
    # The headline, byline and the author's note (about 60 words) come with
    # the story's own words; the river and the republish panel (which repeats
    # the story) do not.
    measured = page.frame_locator("#w-preview-iframe").locator("main").inner_text()
    assert STORY_WORDS <= words <= STORY_WORDS + 80, measured
