"""The reading kit in Chromium: share box, notes and related stories, on a phone."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from e2e.test_reader import MEASURE_OVERFLOW

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
# A demo story that cites three notes.
NOTED = "/europe/baltic-undersea-cables-repair-ships/"
SERVICES = ["Email", "Bluesky", "Mastodon", "X", "LinkedIn"]

axe = Axe()


def phone(new_context, **options):
    return new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, **options
    ).new_page()


def blocking(page):
    return [
        f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes'][:3]]}"
        for v in axe.run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_share_box_on_a_phone_is_usable_and_fits(new_context, site_url, js_errors):
    page = phone(new_context)
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=site_url
    )
    assert page.goto(NOTED).status == 200
    share = page.get_by_role("region", name="Share this story")
    share.scroll_into_view_if_needed()
    for service in SERVICES:
        link = share.get_by_role(
            "link", name=f"Share {'by' if service == 'Email' else 'on'} {service}"
        )
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["height"] >= 24  # a finger-sized target
    url = page.evaluate("() => location.href")
    address = share.get_by_label("Link to this story")
    expect(address).to_have_value(url)
    # The system share sheet is offered only where the browser has one.
    has_share = page.evaluate("() => typeof navigator.share === 'function'")
    native = share.get_by_role("button", name="Share…")
    expect(native).to_be_visible() if has_share else expect(native).to_be_hidden()
    copy = share.get_by_role("button", name="Copy link")
    expect(copy).to_be_visible()
    copy.click()
    expect(share.get_by_role("status")).to_have_text("Link copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == url
    result = page.evaluate(MEASURE_OVERFLOW, PHONE["width"])
    assert result["scrollWidth"] <= result["limit"], result["offenders"][:10]
    assert not js_errors, js_errors


def test_share_links_work_without_javascript(new_context):
    page = phone(new_context, java_script_enabled=False)
    assert page.goto(NOTED).status == 200
    share = page.get_by_role("region", name="Share this story")
    expect(share.get_by_role("link")).to_have_count(len(SERVICES))
    expect(share.get_by_label("Link to this story")).to_be_visible()
    expect(share.get_by_role("button")).to_have_count(0)  # hidden: no script


def test_notes_link_both_ways_and_related_stories_show(new_context):
    page = phone(new_context)
    assert page.goto(NOTED).status == 200
    page.get_by_role("link", name="Note 1", exact=True).first.click()
    note = page.locator("#fn-1")
    expect(note).to_be_in_viewport()
    note.get_by_role("link", name="Back to citation 1").click()
    expect(page.locator("#fnref-1")).to_be_in_viewport()
    related = page.get_by_role("complementary", name="Related stories")
    expect(related.get_by_role("link")).not_to_have_count(0)


@pytest.mark.parametrize(
    "viewport", [PHONE, {"width": 1280, "height": 900}], ids=["375px", "1280px"]
)
def test_noted_story_has_no_serious_accessibility_violations(new_context, viewport):
    page = new_context(viewport=viewport).new_page()
    assert page.goto(NOTED).status == 200
    found = blocking(page)
    assert not found, "\n".join(found)
