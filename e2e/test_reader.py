"""What a reader does: expand and fold stories, scroll the river, read on a phone."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from e2e.conftest import fetch, teaser_links

pytestmark = pytest.mark.browser

PHONES = [{"width": 320, "height": 640}, {"width": 375, "height": 667}]
NARROW_PAGES = {
    "home": "/",
    "article": None,  # the article_url fixture
    "section": "/asia-pacific/",
    "author": "/authors/amara-okafor/",
    "search": "/search/?q=trade",
}


def river_ids(page):
    return page.locator(".river .teaser").evaluate_all(
        "els => els.map(el => Number(el.dataset.story))"
    )


def open_article_from_home(page):
    """Follow the first river teaser's headline from the front page; its story id."""
    page.goto("/")
    teaser = page.locator(".river .teaser").first
    story = int(teaser.get_attribute("data-story"))
    link = teaser.locator(".teaser__headline a")
    title = link.text_content().strip()
    link.click()
    expect(page.locator("h1.article__headline")).to_have_text(title)
    return story


def expand_and_fold_first_teaser(page, js):
    teaser = (
        page.locator(".river .teaser")
        .filter(has=page.locator("details.teaser__more"))
        .first
    )
    details = teaser.locator("details.teaser__more")
    summary = details.locator("summary")
    rest = details.locator(".teaser__rest")
    first_block = rest.locator(":scope > *").first
    opener, closer = summary.locator(".teaser__open"), summary.locator(".teaser__close")

    expect(details).to_have_js_property("open", False)
    expect(first_block).to_be_hidden()
    expect(rest).to_be_hidden()
    expect(opener).to_be_visible()
    expect(opener).to_have_text("Keep reading")
    expect(closer).to_be_hidden()

    summary.click()
    expect(details).to_have_js_property("open", True)
    expect(rest).to_be_visible()
    expect(first_block).to_be_visible()
    expect(rest.locator(".teaser__permalink a")).to_be_visible()
    expect(closer).to_be_visible()
    expect(closer).to_have_text("Show less")
    expect(opener).to_be_hidden()

    show_less = rest.locator("button.show-less")
    if not js:
        expect(show_less).to_have_count(0)
        return
    expect(show_less).to_have_count(1)
    expect(show_less).to_be_visible()
    expect(show_less).to_have_text("Show less")
    assert show_less.evaluate("el => el.parentElement.lastElementChild === el"), (
        "the Show less button should close the expanded text"
    )

    show_less.click()
    expect(details).to_have_js_property("open", False)
    expect(rest).to_be_hidden()
    expect(first_block).to_be_hidden()
    expect(opener).to_be_visible()
    expect(closer).to_be_hidden()
    # The reader lands back on the story they folded, its headline in view, and
    # keyboard focus on its toggle or, if that is off screen, its headline link.
    headline = teaser.locator(".teaser__headline")
    expect(headline).to_be_in_viewport()
    focus = page.locator(":focus")
    expect(focus).to_be_in_viewport()
    assert focus.evaluate("el => el.closest('.teaser').id") == teaser.get_attribute(
        "id"
    )


def test_keep_reading_expands_and_show_less_folds(page, js_errors):
    page.goto("/")
    expand_and_fold_first_teaser(page, js=True)

    open_article_from_home(page)
    expand_and_fold_first_teaser(page, js=True)
    assert not js_errors, js_errors


def test_keep_reading_works_without_javascript(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/")
    expand_and_fold_first_teaser(page, js=False)

    first_page = set(river_ids(page))
    more = page.locator(".river a[data-river-next]")
    expect(more).to_have_count(1)
    expect(more).to_have_text("More stories")
    with page.expect_response(re.compile(r"/latest/\?")) as response_info:
        more.click()
    assert response_info.value.status == 200
    page.wait_for_url(re.compile(r"/latest/\?"))
    teasers = page.locator(".teaser")
    expect(teasers.first).to_be_visible()
    assert teasers.count() > 0
    second_page = set(
        teasers.evaluate_all("els => els.map(el => Number(el.dataset.story))")
    )
    assert not first_page & second_page, (
        f"the next page repeats stories already shown: {first_page & second_page}"
    )
    expand_and_fold_first_teaser(page, js=False)


RIVER_LOADS = 3  # pages the river test scrolls in (each costs a server round trip)


def test_river_loads_more_on_scroll(page, site_url, js_errors):
    own_id = open_article_from_home(page)
    first = river_ids(page)
    assert first, "no river under the article"
    assert own_id not in first, "the river under a story repeats the story itself"
    expect(page.locator(".river a[data-river-next]")).to_have_count(1)

    # Scroll to the end until the river has grown RIVER_LOADS times (or ran out).
    loads, count = 0, len(first)
    while page.locator(".river a[data-river-next]").count() and loads < RIVER_LOADS:
        page.wait_for_function(
            """n => {
                window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'});
                return document.querySelectorAll('.river .teaser').length > n
                    && !document.querySelector('.river[aria-busy]');
            }""",
            arg=count,
            polling=100,
            timeout=30_000,
        )
        loads += 1
        count = page.locator(".river .teaser").count()
    assert loads >= 1

    ids = river_ids(page)
    assert len(ids) > len(first)
    assert ids[: len(first)] == first, "loading more changed the stories already shown"
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    assert not repeated, f"stories repeat in the river: {repeated}"
    assert own_id not in ids, f"the river under story {own_id} shows it again"
    # Nothing skipped, nothing out of order: the same stories, in the same order,
    # as the plain "More stories" pages a reader without JavaScript walks through.
    expected = []
    for number in range(1, loads + 2):
        html = fetch(f"{site_url}/latest/?exclude={own_id}&page={number}")
        expected += [story for story, _ in teaser_links(html)]
    assert ids == expected, f"the river shows {ids}, the pages list {expected}"
    assert not js_errors, js_errors


# Page width against the viewport, and the elements that stick out past its right
# edge (skipping those an overflow:auto/hidden ancestor clips, like the scrolling
# section nav). A mobile viewport zooms out to fit a too-wide page, which widens
# window.innerWidth, so the limit is the width the test asked for.
MEASURE_OVERFLOW = """width => {
    const limit = Math.min(width, document.documentElement.clientWidth);
    const describe = el => el.tagName.toLowerCase()
        + (el.id ? '#' + el.id : '')
        + [...el.classList].map(c => '.' + c).join('');
    const clipped = el => {
        for (let up = el.parentElement; up !== document.body; up = up.parentElement) {
            if (!up || getComputedStyle(up).overflowX !== 'visible') return !!up;
        }
        return false;
    };
    const offenders = [];
    for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (!box.width && !box.height) continue;
        const right = box.right + window.scrollX;
        if (right > limit + 0.5 && !clipped(el)) {
            const path = [el.parentElement, el].filter(Boolean).map(describe);
            offenders.push(`${path.join(' > ')} (right edge ${right.toFixed(1)}px,`
                + ` width ${box.width.toFixed(1)}px)`);
        }
    }
    return {
        scrollWidth: document.documentElement.scrollWidth,
        limit,
        innerWidth: window.innerWidth,
        offenders,
    };
}"""


@pytest.mark.parametrize("name", NARROW_PAGES)
@pytest.mark.parametrize("viewport", PHONES, ids=lambda v: f"{v['width']}px")
def test_phone_width_has_no_horizontal_scroll(new_context, article_url, viewport, name):
    page = new_context(viewport=viewport, is_mobile=True, has_touch=True).new_page()
    response = page.goto(NARROW_PAGES[name] or article_url)
    assert response.status == 200
    problems = []
    for state in ("as loaded", "with every story expanded"):
        if state != "as loaded":
            page.evaluate(
                "() => document.querySelectorAll('details').forEach(d => d.open = true)"
            )
        result = page.evaluate(MEASURE_OVERFLOW, viewport["width"])
        if max(result["scrollWidth"], result["innerWidth"]) > result["limit"]:
            offenders = result["offenders"]
            listed = "\n  ".join(offenders[:15])
            more = (
                f"\n  … and {len(offenders) - 15} more" if len(offenders) > 15 else ""
            )
            problems.append(
                f"{state}: page is {result['scrollWidth']}px wide in a"
                f" {result['limit']}px viewport; elements past the right edge:"
                f"\n  {listed}{more}"
            )
    assert not problems, f"{name} ({page.url}) scrolls sideways\n" + "\n".join(problems)


# The thanks page's message: "saved" wording, or the double opt-in wording that
# the newsletter rework (in progress while these tests were written) introduces.
NEWSLETTER_THANKS = re.compile(r"we have sent it an email with a link to confirm")


def test_newsletter_box_stores_address(page):
    page.goto("/")
    box = page.locator(".box--newsletter")
    box.get_by_label("Email address", exact=True).fill(
        f"e2e-{uuid.uuid4().hex[:12]}@example.com"
    )
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/newsletter/" in r.url
    ) as posted:
        box.get_by_role("button", name="Subscribe").click()
    response = posted.value
    assert response.status in (302, 303), (
        f"the signup POST answered {response.status}, not a redirect to the thanks"
        f" page:\n{response.text()[:2000]}"
    )
    page.wait_for_url("**/newsletter/thanks/")
    expect(page.get_by_role("status")).to_contain_text(NEWSLETTER_THANKS)
