"""The editors' desk, as an editor uses it: from the dashboard to a scheduled story.

The scenario of issue 15 — new story, headline, dek, two writers with a role,
section, tags, a top photo uploaded with alt text and credit, a body with a
pull quote and an inline photo, a time to go live — counts its interactions
(each click, fill, key press or file choice is one) and must take at most 15.

Before the desk (measured on 28 Nov 2026 against the admin of commit 93e12e6,
the page-tree route with Wagtail's editor and the same Playwright counter):
38 interactions — Pages, the home page's children, the section, "Add child
page" (4); headline and dek (2); two writers, each "Add Authors", "Choose a
page (Author page)", search, pick and role (10); tags and Enter (2); top photo
through the chooser: Upload tab, file, alt text, credit, Upload (6); pull
quote and inline photo through the block menu and the image chooser (7);
status panel, "Set schedule", date, a click on the date picker's time to get
it off the "Save schedule" button, "Save schedule", "More actions",
"Schedule to publish" (7).
"""

import json
import secrets
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from e2e.conftest import manage

pytestmark = pytest.mark.browser

EDITOR = "desk-editor"
LIMIT = 15
SCREENSHOTS = "docs/screenshots"
HEADLINE = "Harbour pilots end their strike"
# Where "Create story" leads. Waiting for the response (commit), not for every
# image and script of the editor: the test is about the request.
EDIT_PAGE = "**/admin/pages/*/edit/"


class Counted:
    """A page whose every user action is counted (click, fill, key, file)."""

    def __init__(self, page):
        self.page = page
        self.count = 0
        self.steps = []

    def _did(self, what):
        self.count += 1
        self.steps.append(what)

    def click(self, locator, what="click"):
        self._did(what)
        locator.click()

    def fill(self, locator, text, what="fill"):
        self._did(what)
        locator.fill(text)

    def press(self, locator, key, what="key"):
        self._did(what)
        locator.press(key)

    def select(self, locator, label, what="select"):
        self._did(what)
        locator.select_option(label=label)

    def choose_file(self, locator, path, what="file"):
        self._did(what)
        locator.set_input_files(path)


SETUP = """
import json
from django.contrib.auth import get_user_model
from masthead.authors.models import AuthorPage
from masthead.newsroom.models import Role
from masthead.sections.models import SectionPage

user = get_user_model().objects.create_user(
    "%(user)s", "desk-editor@example.com", "%(password)s"
)
user.groups.add(Role.objects.get(key="editor").group)
writers = AuthorPage.objects.live().order_by("path").values_list("title", flat=True)
writers = list(writers[:2])
section = SectionPage.objects.live().order_by("path").first().title
from masthead.articles.models import ArticlePage
story = ArticlePage.objects.live().order_by("-path").first().pk
print(json.dumps({"writers": writers, "section": section, "story": story}))
"""

CHECK = """
import json
from wagtail.models import Revision
from masthead.articles.models import ArticlePage

story = ArticlePage.objects.get(title=%(headline)r)
revision = Revision.page_revisions.filter(
    object_id=str(story.pk), approved_go_live_at__isnull=False
).get()
scheduled = revision.as_object()
print(json.dumps({
    "pk": story.pk,
    "live": story.live,
    "owner": story.owner.username,
    "section": story.get_parent().title,
    "go_live": revision.approved_go_live_at.isoformat(),
    "dek": scheduled.dek,
    "credits": [[c.author.title, c.role] for c in scheduled.article_authors.all()],
    "tags": sorted(scheduled.tags.names()),
    "top": [scheduled.top_image.alt_text, scheduled.top_image.credit],
    "blocks": [block.block_type for block in scheduled.body],
    "inline_alt": [b.value["image"].alt_text for b in scheduled.body
                   if b.block_type == "image"],
}))
"""


@pytest.fixture(scope="module")
def desk(server):
    password = secrets.token_urlsafe(16)
    out = manage(
        server.env, "shell", "-v", "0", "-c",
        SETUP % {"user": EDITOR, "password": password},
    )  # fmt: skip
    return {"password": password, **json.loads(out.strip().splitlines()[-1])}


def photo(path, colour):
    Image.new("RGB", (1200, 800), colour).save(path, "JPEG")
    return str(path)


def sign_in(page, password):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(password)
    # The click waits for the sign-in's answer: a password check, slow on a
    # loaded machine (10 s, the default, was once not enough).
    page.get_by_role("button", name="Sign in").click(timeout=30_000)
    page.wait_for_url("**/admin/")


def write_the_story(page, desk, tmp_path):
    """The issue's task from the dashboard, counted."""
    top = photo(tmp_path / "pilots-quay.jpg", (30, 80, 130))
    inline = photo(tmp_path / "pilots-boat.jpg", (150, 60, 40))
    go_live = timezone.localtime(timezone.now() + timedelta(days=2))
    go_live = go_live.replace(hour=9, minute=0, second=0, microsecond=0)
    desk_page = Counted(page)
    do = desk_page
    do.click(page.get_by_role("link", name="New story").last, "New story")
    form = page.locator("main form")
    do.fill(form.locator("#id_title"), HEADLINE, "headline")
    do.select(form.locator("#id_section"), desk["section"], "section")
    do.fill(
        form.locator("#id_dek"),
        "Ships queued for three days; the port reopens at dawn.",
        "dek",
    )
    do.fill(form.locator("#id_writers"), ", ".join(desk["writers"]), "writers")
    do.fill(form.locator("#id_role"), "Reporting by", "role")
    do.fill(form.locator("#id_tags"), "Ports, Labour", "tags")
    do.choose_file(form.locator("#id_top_photo"), top, "top photo")
    do.fill(
        form.locator("#id_top_photo_alt"),
        "Pilot boats moored three deep at an empty quay",
        "top photo alt text",
    )
    do.fill(form.locator("#id_top_photo_credit"), "Harbour Press / R. Tide", "credit")
    do.fill(
        form.locator("#id_body"),
        "The pilots voted on Sunday night to return.\n\n"
        "> Nobody brings a ship in without us.\n\n"
        "The first tanker is due on the morning tide.",
        "body with a pull quote",
    )
    do.choose_file(form.locator("#id_inline_photo"), inline, "photo")
    do.fill(
        form.locator("#id_inline_photo_alt"),
        "A pilot climbs a rope ladder up a tanker's side",
        "inline photo alt text",
    )
    do.fill(
        form.locator("#id_go_live_at"), go_live.strftime("%Y-%m-%d %H:%M"), "schedule"
    )
    create_the_story(
        page,
        lambda: do.click(form.get_by_role("button", name="Create story"), "create"),
    )
    return desk_page


def create_the_story(page, click):
    """Click "Create story" and wait until the editor of the new story answers.

    On failure it says what happened instead: the server's answer (a form
    error, a status), or, when none came, what the browser sent and saw."""
    seen = []
    page.on("request", lambda r: seen.append(f"sent {r.method} {r.url}"))
    page.on("requestfailed", lambda r: seen.append(f"failed {r.url}: {r.failure}"))
    page.on("response", lambda r: seen.append(f"answer {r.status} {r.url}"))
    # Two uploads, renditions and a schedule in one request: allow a loaded CI.
    try:
        with page.expect_response(
            lambda response: (
                response.request.method == "POST"
                and "/admin/new-story/" in response.url
            ),
            timeout=90_000,
        ) as answer:
            click()
        response = answer.value
    except PlaywrightTimeoutError:
        pytest.fail(
            f"no answer to Create story in 90 s; on {page.url} the browser saw: {seen}"
        )
    if response.status != 302:
        errors = page.locator(
            ".error-message, .help-critical, .messages"
        ).all_inner_texts()
        pytest.fail(f"Create story answered {response.status}: {errors}")
    page.wait_for_url(EDIT_PAGE, wait_until="commit", timeout=90_000)


def test_from_the_dashboard_to_a_scheduled_story(new_context, server, desk, tmp_path):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    sign_in(page, desk["password"])
    page.screenshot(path=f"{SCREENSHOTS}/admin-dashboard.png")
    page.goto("/admin/new-story/")
    page.screenshot(path=f"{SCREENSHOTS}/admin-new-story.png")
    page.goto("/admin/")

    counted = write_the_story(page, desk, tmp_path)
    print(f"\ninteractions, dashboard to scheduled story: {counted.count}")
    print("  " + "; ".join(counted.steps))
    assert counted.count <= LIMIT, counted.steps

    out = manage(server.env, "shell", "-v", "0", "-c", CHECK % {"headline": HEADLINE})
    story = json.loads(out.strip().splitlines()[-1])
    assert not story["live"]
    assert story["owner"] == EDITOR
    assert story["section"] == desk["section"]
    assert story["dek"] == "Ships queued for three days; the port reopens at dawn."
    assert story["credits"] == [[name, "Reporting by"] for name in desk["writers"]]
    assert story["tags"] == ["Labour", "Ports"]
    assert story["top"] == [
        "Pilot boats moored three deep at an empty quay",
        "Harbour Press / R. Tide",
    ]
    assert story["blocks"] == ["paragraph", "image", "pullquote", "paragraph"]
    assert story["inline_alt"] == ["A pilot climbs a rope ladder up a tanker's side"]
    assert story["go_live"]


def open_status_panel(page):
    schedule = page.get_by_role("button", name="Set schedule")
    if not schedule.is_visible():
        page.get_by_role("button", name="Toggle status").click()
    return schedule


def test_the_schedule_dialog_works_at_1280_by_720(new_context, desk):
    page = new_context(viewport={"width": 1280, "height": 720}).new_page()
    sign_in(page, desk["password"])
    page.goto("/admin/new-story/")
    page.locator("#id_title").fill("Schedule dialog check")
    page.locator("#id_body").fill("A body, so that the story is valid.")
    create_the_story(page, page.get_by_role("button", name="Create story").click)
    open_status_panel(page).click()
    dialog = page.locator("#schedule-publishing-dialog")
    go_live = dialog.locator("input[name='go_live_at']")
    go_live.fill("2031-03-02 09:00")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    # Playwright's actionability check: visible, stable and not covered.
    dialog.get_by_role("button", name="Save schedule").click(timeout=5_000)
    expect(dialog).to_be_hidden()


PAGE_HEIGHT = "() => document.scrollingElement.scrollHeight"


def test_the_date_picker_does_not_move_create_story(new_context, desk):
    """The picker opens under "Go live at", the form's last field, and closes on
    the press of the next click. Had it made the page taller, closing it would
    shorten the page under the pointer, and a click on "Create story" would
    land beside the button: a lost click (it failed the desk test in CI)."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    sign_in(page, desk["password"])
    page.goto("/admin/new-story/")
    height = page.evaluate(PAGE_HEIGHT)
    go_live = page.locator("#id_go_live_at")
    go_live.scroll_into_view_if_needed()  # where the editor sees it
    go_live.fill("2031-03-02 09:00")
    picker = page.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_have_count(1)
    assert page.evaluate(PAGE_HEIGHT) == height
    # And the editor sees it, by the field (newsroom/editor.js places it).
    for _ in range(50):
        box = picker.bounding_box()
        if box and box["y"] >= 0 and box["y"] + box["height"] <= 800:
            break
        page.wait_for_timeout(100)
    assert box and 0 <= box["y"] <= box["y"] + box["height"] <= 800, box


# What the editor's form did, for the wait below and for the report when the
# test fails: each connection of Wagtail's unsaved-changes controller (ready),
# each copy of the form it compares with (watch-edits, and whether the copy
# holds the dek), each change it found (add) and each autosave.
EDITOR_EVENTS = """
window.__editorEvents = [];
window.__copies = 0;
window.__connectsBeforeACopy = 0;
for (const type of ['w-unsaved:ready', 'w-unsaved:watch-edits', 'w-unsaved:add',
    'w-unsaved:clear', 'w-autosave:save', 'w-autosave:success', 'w-autosave:error']) {
  document.addEventListener(type, (event) => {
    const copy = (event.detail && event.detail.initialFormData) || '';
    window.__editorEvents.push([Math.round(performance.now()), type,
      copy.includes('dek=A+first') ? 'copy holds the dek' : '']);
    if (type === 'w-unsaved:ready' && window.__copies === 0) {
      window.__connectsBeforeACopy += 1;
    }
    if (type === 'w-unsaved:watch-edits') {
      window.__copies += 1;
    }
  }, true);
}
"""
# The copy to compare with is taken 2 s after the controller connects, and it
# connects twice: Wagtail's w-init controller takes itself out of the form's
# data-controller once the editor is ready, and Stimulus then reconnects the
# controllers named after it. Each connection before the first copy schedules
# a copy of its own, so the form is watched once w-init is gone and there are
# as many copies as those connections; a change made between two copies is
# in the second and is never seen (it failed this test in CI).
FORM_WATCHED = """() =>
  !document.querySelector('#page-edit-form[data-controller~="w-init"]')
  && window.__copies > 0 && window.__copies >= window.__connectsBeforeACopy"""


def editor_events(page):
    return page.evaluate(
        "[...window.__editorEvents, [Math.round(performance.now()), 'now', '']]"
    )


def test_the_saved_indicator_never_says_saved_over_a_later_change(new_context, desk):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.add_init_script(EDITOR_EVENTS)
    sign_in(page, desk["password"])
    page.goto("/admin/new-story/")
    page.locator("#id_title").fill("Autosave indicator check")
    page.locator("#id_body").fill("A first paragraph.")
    page.get_by_role("button", name="Create story").click()
    page.wait_for_url(EDIT_PAGE, wait_until="commit", timeout=90_000)
    indicator = page.locator("#w-autosave-indicator")
    dek = page.locator("#id_dek")
    # Wagtail compares the form with a copy it takes 2 s after the editor
    # opens (w-unsaved:watch-edits); a change before that is not a change.
    page.wait_for_function(FORM_WATCHED, timeout=60_000)

    dek.fill("A first dek, autosaved.")
    filled = editor_events(page)[-1][0]
    # Wagtail's autosave posts the draft and reports "saved".
    try:
        expect(indicator).to_have_attribute(
            "data-w-autosave-state-value", "saved", timeout=30_000
        )
    except AssertionError as error:
        raise AssertionError(
            f"{error}\nThe dek was filled at {filled} ms; the editor's events "
            f"(ms, event): {editor_events(page)}"
        ) from None
    expect(indicator.get_by_text("Saved", exact=True)).to_be_visible()

    dek.press_sequentially(" More")
    # At once, before any autosave could have answered: not "Saved".
    assert indicator.get_attribute("data-w-autosave-state-value") != "saved"
    expect(indicator.get_by_text("Saved", exact=True)).to_be_hidden()
    # Then the change is saved in its turn, and the indicator says so again.
    expect(indicator).to_have_attribute(
        "data-w-autosave-state-value", "saved", timeout=30_000
    )
