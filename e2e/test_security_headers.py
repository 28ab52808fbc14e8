"""No page trips its Content-Security-Policy in a real browser, readers' or admin.

Every ``securitypolicyviolation`` event (from any frame: the admin's preview,
an embed) and every console message about the policy is collected, then each
page type is loaded, cold and from the page cache, and the admin is used the
way an editor starts a day: log in, the dashboard, a story in the page editor
with its preview, and the site with the Wagtail user bar.
"""

import re
import secrets
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from e2e.conftest import fetch, manage

pytestmark = pytest.mark.browser

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation({
    page: document.location.href,
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
"""
EDITOR = "csp-editor"
# An embed of each default provider, and a sent newsletter issue (its web
# version keeps the email's style attributes), made in the stack's database.
SETUP = """
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from masthead.home.models import HomePage, StandardPage
from masthead.newsletter.models import IssueStatus, NewsletterIssue, NewsletterList

EMBEDS = {
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ":
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?feature=oembed",
    "https://vimeo.com/76979871": "https://player.vimeo.com/video/76979871",
}
for url, player in EMBEDS.items():
    Embed.objects.update_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "provider_name": "a video site",
            "html": f'<iframe src="{player}" width="640" height="360"'
            ' title="A video" allowfullscreen></iframe>',
        },
    )
home = HomePage.objects.get()
if not StandardPage.objects.filter(slug="csp-embeds").exists():
    home.add_child(instance=StandardPage(
        title="Videos", slug="csp-embeds",
        body=[("embed", url) for url in EMBEDS],
    ))
weekly = NewsletterList.objects.get(slug="weekly")
now = timezone.now()
issue, _ = NewsletterIssue.objects.get_or_create(
    newsletter=weekly, subject="CSP check issue",
    defaults={"status": IssueStatus.SENT, "sent_at": now,
              "period_start": now - timezone.timedelta(days=7), "period_end": now},
)
print(issue.pk)
"""


@pytest.fixture(scope="module")
def stack(server, site_url, article_url):
    password = secrets.token_urlsafe(16)
    env = {**server.env, "DJANGO_SUPERUSER_PASSWORD": password}
    manage(env, "createsuperuser", "--no-input", "--username", EDITOR,
           "--email", "csp-editor@example.com")  # fmt: skip
    issue = manage(server.env, "shell", "-v", "0", "-c", SETUP).split()[-1]
    article_html = fetch(article_url)
    tag = re.search(r'href="(/tags/[^"/]+/)"', article_html).group(1)
    author = re.search(r'href="(/authors/[^"/]+/)"', article_html).group(1)
    return {
        "password": password,
        "reader pages": {
            "home": "/",
            "article": article_url,
            "section": "/asia-pacific/",
            "author": author,
            "authors": "/authors/",
            "tag": tag,
            "latest": "/latest/",
            "qiosk": "/qiosk/",
            "search": "/search/?q=trade",
            "newsletter signup": "/newsletter/",
            "newsletter thanks": "/newsletter/thanks/",
            "newsletter archive": "/newsletter/archive/",
            "newsletter issue": f"/newsletter/archive/{issue}/",
            "corrections": "/corrections/",
            "embeds": "/csp-embeds/",
            "API docs": "/api/v3/docs",
            "404": "/no-such-page/",
        },
    }


@pytest.fixture
def watched(new_context):
    """A page whose policy violations and policy console messages are recorded."""
    violations = []
    context = new_context()

    def report(violation):
        violations.append(violation)

    def console(message):
        if "Content Security Policy" in message.text or "Permissions" in message.text:
            violations.append({"page": page.url, "console": message.text})

    context.expose_function("__cspViolation", report)
    context.add_init_script(REPORT_VIOLATIONS)
    page = context.new_page()
    page.on("console", console)
    return page, violations


def settle(page):
    # Deferred scripts, the river's first fetch, frames' own loads: all done.
    page.wait_for_load_state("networkidle")


def test_reader_pages_trip_no_policy_rendered_or_cached(watched, stack, js_errors):
    page, violations = watched
    for name, url in stack["reader pages"].items():
        # The second visit to a cacheable page is a page-cache hit.
        for visit in ("first", "second"):
            response = page.goto(url)
            expected = 404 if name == "404" else 200
            assert response.status == expected, (name, visit)
            policy = response.headers["content-security-policy"].split("; ")
            assert "script-src 'self'" in policy, (name, policy)
            assert "camera=()" in response.headers["permissions-policy"]
            settle(page)
    assert violations == []
    assert js_errors == []


def test_the_embeds_and_the_river_script_are_allowed(watched, stack):
    page, violations = watched
    page.goto("/csp-embeds/")
    frames = page.locator(".embed iframe")
    expect(frames).to_have_count(2)
    page.goto("/")
    # river.js ran: it adds "Show less" to every story's fold-out.
    page.locator(".river details.teaser__more summary").first.click()
    expect(page.get_by_role("button", name="Show less").first).to_be_visible()
    assert violations == []


def test_the_admin_works_under_its_policy(watched, stack, article_url, js_errors):
    page, violations = watched
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(stack["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    settle(page)

    # The page editor, reached from the user bar on the story, with its live
    # preview (a frame of the admin's own) and the accessibility checks.
    page.goto(article_url)
    edit = page.locator("wagtail-userbar a[href$='/edit/']").get_attribute("href")
    page.goto(urljoin(article_url, edit))
    expect(page.locator("#id_title")).not_to_have_value("")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1.article__headline")).to_be_visible()
    settle(page)
    page.locator("[data-side-panel-toggle='checks']").click()
    settle(page)
    # The editor's own widgets: a rich text field takes typing.
    page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    page.keyboard.type(" More.")
    settle(page)

    page.goto("/admin/pages/")
    settle(page)
    assert violations == []
    assert js_errors == []
