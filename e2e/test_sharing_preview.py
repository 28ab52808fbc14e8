"""The story editor's "Search and sharing preview" redraws as the editor types.

Chromium against the production stack: typing a social headline changes the
card's title (and, for a story without photos, its drawn picture, fetched from
the admin-only endpoint); typing a search title changes the search result;
nothing breaks the admin's Content-Security-Policy.
"""

import secrets

import pytest
from playwright.sync_api import expect

from e2e.conftest import manage

pytestmark = pytest.mark.browser

EDITOR = "sharing-editor"
# A story without photos, so its card is the drawn one.
SETUP = """
from masthead.articles.models import ArticleAuthor, ArticlePage, ArticleType
from masthead.authors.models import AuthorPage
from masthead.sections.models import SectionPage

story = ArticlePage(
    title="Harbour dredging resumes after a quiet winter",
    slug="sharing-preview-dredging",
    dek="The port's deepening project is back on schedule.",
    article_type=ArticleType.NEWS,
    body=[("paragraph", "<p>Dredgers returned to the harbour mouth on Monday.</p>")],
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
           "--email", "sharing-editor@example.com")  # fmt: skip
    story = manage(server.env, "shell", "-v", "0", "-c", SETUP).split()[-1]
    return {"password": password, "story": story}


def test_typing_a_social_headline_changes_the_card(
    new_context, site_url, editor, js_errors
):
    context = new_context()
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    page.goto(f"{site_url}/admin/login/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(editor["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{site_url}/admin/pages/{editor['story']}/edit/")
    page.get_by_role("tab", name="Promote").click()

    card_title = page.locator("[data-preview='card-title']")
    card_image = page.locator("[data-preview='card-image']")
    search_title = page.locator("[data-preview='search-title']")
    expect(card_title).to_have_text("Harbour dredging resumes after a quiet winter")
    first_image = card_image.get_attribute("src")
    assert "/admin/sharing/card-preview/" in first_image

    page.locator("#id_social_title").fill("The harbour is getting deeper again")
    expect(card_title).to_have_text("The harbour is getting deeper again")
    # The drawn card follows once typing pauses, and is a real picture.
    expect(card_image).to_have_attribute(
        "src",
        "/admin/sharing/card-preview/?title=The+harbour+is+getting+deeper+again"
        "&kicker=" + first_image.split("kicker=")[1],
    )
    page.wait_for_function(
        "() => { const img = document.querySelector(\"[data-preview='card-image']\");"
        " return img.complete && img.naturalWidth === 1200; }"
    )
    # The search result keeps the search title (the headline), cut as Google does.
    expect(search_title).to_have_text("Harbour dredging resumes after a quiet winter")
    page.locator("#id_seo_title").fill(
        "Harbour dredging resumes: what the deeper channel means for ships and the town"
    )
    expect(search_title).to_have_text(
        "Harbour dredging resumes: what the deeper channel means for…"
    )
    # The social headline still wins on the card.
    expect(card_title).to_have_text("The harbour is getting deeper again")

    page.locator("#id_social_description").fill("Ships wait less; the town argues.")
    expect(page.locator("[data-preview='card-description']")).to_have_text(
        "Ships wait less; the town argues."
    )
    assert not violations, violations
    assert not js_errors, js_errors
