"""Phones first (issue 12 §2), at 375 px on the demo: the river stops loading by
itself after two batches so the footer's newsletter box, LATEST and QiOSK stay
reachable; a signup card after the story and in the river; LATEST near the top;
"Show less" brings the folded story's headline back."""

import re
import uuid

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from e2e.conftest import fetch

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}
AUTO_LOADS = 2  # batches river.js loads by itself (masthead/static/js/river.js)
TEASER = re.compile(
    r'<article class="teaser"[^>]*data-story="(\d+)".*?</article>', re.S
)

# Where an element's top sits on the page, in CSS px from the top of the document.
PAGE_Y = "el => Math.round(el.getBoundingClientRect().top + window.scrollY)"


@pytest.fixture
def phone(new_context):
    return new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()


def demo_items(site_url):
    """(href, type label, has a photo) of the demo's stories, from the plain
    /latest/ pages, and of its QiOSK items."""
    items = []
    for number in range(1, 6):
        html = fetch(f"{site_url}/latest/?page={number}")
        for match in TEASER.finditer(html):
            teaser = match.group(0)
            href = re.search(r'teaser__headline"[^>]*><a href="([^"]+)"', teaser)
            kind = re.search(r'class="label__type">([^<]+)<', teaser)
            items.append(
                (
                    href.group(1),
                    kind.group(1) if kind else "",
                    "teaser__image" in teaser,
                )
            )
    home = fetch(f"{site_url}/")
    qiosk_box = home[home.index('class="box box--qiosk"') :]
    href = re.search(r'<a href="([^"]+)"', qiosk_box).group(1)
    items.append((href, "QiOSK", False))
    return items


def one_of_each(site_url):
    """A story of each type and a QiOSK item (the demo's items without a photo:
    all its full stories have one)."""
    chosen = {}
    for href, kind, _has_photo in demo_items(site_url):
        chosen.setdefault(kind, href)
    assert {"QiOSK", "News", "Analysis", "Opinion", "Reporting"} <= chosen.keys()
    return chosen


def test_river_loads_two_batches_then_a_button_and_the_footer_is_reachable(
    phone, article_url, js_errors
):
    partial_loads = []
    phone.on(
        "request",
        lambda r: partial_loads.append(r.url) if "partial=1" in r.url else None,
    )
    phone.goto(article_url)
    first = phone.locator(".river .teaser").count()
    assert first == 6
    # Scroll to the river's end, again and again, until it stops loading by
    # itself. (The very bottom of the page would skip past it: on a phone the
    # aside's boxes follow the river.)
    phone.wait_for_function(
        """() => {
            const end = document.querySelector('.river a[data-river-next]');
            if (end) end.scrollIntoView({block: 'end', behavior: 'instant'});
            return document.querySelector('.river [data-river-more]')
                && !document.querySelector('.river[aria-busy]');
        }""",
        polling=100,
        timeout=90_000,
    )
    count = phone.locator(".river .teaser").count()
    # Two batches in, the river stops by itself: "More stories" is a button now.
    more = phone.locator(".river [data-river-more]")
    expect(more).to_have_count(1)
    expect(more).to_have_text("More stories")
    assert more.evaluate("el => el.tagName") == "BUTTON"
    expect(phone.locator(".river a[data-river-next]")).to_have_count(0)

    # The reader scrolls to the end: the aside and footer are there to read.
    phone.evaluate(
        "window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'})"
    )
    newsletter = phone.locator(".box--newsletter")
    expect(phone.locator(".site-footer")).to_be_in_viewport()
    newsletter.scroll_into_view_if_needed()
    expect(newsletter).to_be_in_viewport()
    expect(phone.locator(".box--latest")).to_be_attached()
    expect(phone.locator(".box--qiosk")).to_be_attached()
    assert len(partial_loads) == AUTO_LOADS, partial_loads
    assert phone.locator(".river .teaser").count() == count == first * 3

    positions = {
        "article card": phone.locator(".signup-card--article").evaluate(PAGE_Y),
        "river card": phone.locator(".signup-card--river").evaluate(PAGE_Y),
        "footer newsletter box": newsletter.evaluate(PAGE_Y),
        "page height": phone.evaluate("document.documentElement.scrollHeight"),
    }
    print(f"\nsignup positions at 375 px after the river loaded twice: {positions}")
    assert positions["footer newsletter box"] < 40_000, positions

    # The button loads the next batch where the reader is, and stays for more.
    more.click()
    # (The server renders the batch's image sizes on first view: slow here.)
    expect(phone.locator(".river .teaser")).to_have_count(first * 4, timeout=30_000)
    expect(more).to_be_visible()
    assert len(partial_loads) == AUTO_LOADS + 1
    ids = phone.locator(".river .teaser").evaluate_all(
        "els => els.map(el => el.dataset.story)"
    )
    assert len(ids) == len(set(ids)), "a story repeats in the river"
    assert not js_errors, js_errors


def test_every_kind_of_story_has_the_signup_card_after_it_and_in_the_river(
    phone, site_url
):
    for kind, href in one_of_each(site_url).items():
        phone.goto(href)
        order = phone.evaluate(
            """() => {
                const card = document.querySelector('.signup-card--article');
                const article = document.querySelector('article.article');
                const river = document.querySelector('.river');
                const riverCard = document.querySelector('.signup-card--river');
                const teasers = [...document.querySelectorAll('.river .teaser')];
                const before = n => n.compareDocumentPosition(riverCard)
                    & Node.DOCUMENT_POSITION_FOLLOWING;
                return {
                    afterBody: !!(article.compareDocumentPosition(card)
                        & Node.DOCUMENT_POSITION_FOLLOWING),
                    beforeRiver: !!(card.compareDocumentPosition(river)
                        & Node.DOCUMENT_POSITION_FOLLOWING),
                    storiesBeforeRiverCard: teasers.filter(before).length,
                    cards: document.querySelectorAll('.signup-card').length,
                };
            }"""
        )
        assert order == {
            "afterBody": True,
            "beforeRiver": True,
            "storiesBeforeRiverCard": 3,
            "cards": 2,
        }, f"{kind} ({href}): {order}"
        card = phone.locator(".signup-card--article")
        expect(card.get_by_role("heading")).to_contain_text("Subscribe")
        card_y = card.evaluate(PAGE_Y)
        print(f"\n{kind}: in-article signup card at {card_y} px ({href})")


def test_the_card_signs_a_reader_up_without_javascript(new_context, article_url):
    page = new_context(viewport=PHONE, java_script_enabled=False).new_page()
    page.goto(article_url)
    card = page.locator(".signup-card--article")
    card.get_by_label("Email address", exact=True).fill(
        f"e2e-card-{uuid.uuid4().hex[:12]}@example.com"
    )
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/newsletter/" in r.url
    ) as posted:
        card.get_by_role("button", name="Subscribe").click()
    assert posted.value.status in (302, 303), posted.value.text()[:2000]
    page.wait_for_url("**/newsletter/thanks/")
    expect(page.get_by_role("status")).to_contain_text("link to confirm")


def test_show_less_brings_the_headline_back_for_every_kind_of_teaser(
    phone, site_url, js_errors
):
    """Stories of every type, folded from the bottom of their text on a phone;
    each again without its photo (the demo's full stories all have one: taking
    the figure out gives the markup a story without a top photo has)."""
    seen, folded_from_below = set(), 0
    for number in range(1, 8):
        for without_photo in (False, True):
            phone.goto(f"/latest/?page={number}")
            if without_photo:
                phone.evaluate(
                    "() => document.querySelectorAll('.teaser__image')"
                    ".forEach(el => el.remove())"
                )
            teasers = phone.locator(".teaser").filter(has=phone.locator("details"))
            for index in range(teasers.count()):
                teaser = teasers.nth(index)
                kind = (
                    teaser.locator(".label__type").text_content().strip(),
                    teaser.locator(".teaser__image").count() > 0,
                )
                if kind in seen:
                    continue
                seen.add(kind)
                folded_from_below += fold_from_the_bottom(phone, teaser, kind)
    assert seen >= {
        (kind, photo)
        for kind in ("News", "Analysis", "Opinion", "Reporting")
        for photo in (True, False)
    }, seen
    assert folded_from_below, "no story's headline was out of view when folded"
    assert not js_errors, js_errors


def fold_from_the_bottom(page, teaser, kind):
    teaser.locator("summary").click()
    show_less = teaser.locator("button.show-less")
    show_less.scroll_into_view_if_needed()
    headline = teaser.locator(".teaser__headline")
    was_above = headline.evaluate("el => el.getBoundingClientRect().top") < 0
    show_less.click()
    expect(teaser.locator("details")).to_have_js_property("open", False)
    # Smooth scrolling (no reduced motion asked for): wait until it lands.
    page.wait_for_function(
        """el => {
            const top = el.getBoundingClientRect().top;
            return top >= 0 && top < window.innerHeight;
        }""",
        arg=headline.element_handle(),
        polling=100,
    )
    focused = page.evaluate(
        "() => document.activeElement.closest('.teaser')?.dataset.story"
    )
    assert focused == teaser.get_attribute("data-story"), kind
    expect(page.locator(":focus")).to_be_in_viewport()
    return was_above


def test_latest_strip_near_the_top_on_phones_only(new_context, article_url):
    phone = new_context(viewport=PHONE).new_page()
    phone.goto(article_url)
    strip = phone.get_by_role("navigation", name="Latest stories")
    expect(strip).to_be_visible()
    expect(strip.get_by_role("link").first).to_be_in_viewport()
    assert strip.get_by_role("link").count() >= 4
    desktop = new_context().new_page()
    desktop.goto(article_url)
    expect(desktop.locator(".latest-strip")).to_be_hidden()
    expect(desktop.locator(".box--latest")).to_be_visible()


@pytest.mark.parametrize("path", ["article", "/"])
def test_phone_pages_pass_axe(phone, article_url, path):
    phone.goto(article_url if path == "article" else path)
    violations = [
        v
        for v in Axe().run(phone).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert not violations, [(v["id"], v["nodes"][0]["target"]) for v in violations]
