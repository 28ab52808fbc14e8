"""The print stylesheet: the story and its credits on A4, nothing else.

Pages are counted in Chromium's own PDF (what "Save as PDF" makes), read with pypdf.
"""

import io
import re

import pytest
from pypdf import PdfReader

from e2e.demo_stories import demo_stories

pytestmark = pytest.mark.browser

MAX_PAGES_THREE_MINUTES = 3
HIDDEN_IN_PRINT = (
    ".site-nav",
    ".layout__aside",
    ".river",
    ".social",
    ".site-footer__links",
)


@pytest.fixture(scope="module")
def stories(site_url):
    return demo_stories(site_url)


def printed_pages(page, url):
    page.emulate_media(media="print")
    assert page.goto(url).status == 200
    pdf = page.pdf(format="A4", print_background=False)
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_a_three_minute_story_prints_on_three_a4_pages_at_most(
    page, stories, record_property
):
    three_minutes = [s for s in stories if s["reading_time"] == 3]
    assert three_minutes, "the demo has no three-minute story"
    # With a photo when there is one, then the longest: the hardest case.
    story = max(
        three_minutes, key=lambda s: (bool(s["top_image"]), len(s["body_html"]))
    )
    pages = printed_pages(page, story["url"])
    record_property("three_minute_story", f"{story['url']}: {pages} pages")
    print(f"\nthree-minute story {story['url']}: {pages} A4 pages")
    assert pages <= MAX_PAGES_THREE_MINUTES


def test_the_longest_demo_story_prints_without_the_page_around_it(
    page, stories, record_property
):
    story = max(stories, key=lambda s: s["reading_time"])
    pages = printed_pages(page, story["url"])
    record_property("longest_story", f"{story['url']}: {pages} pages")
    print(
        f"\nlongest story {story['url']} ({story['reading_time']} min):"
        f" {pages} A4 pages"
    )
    # At 230 words a minute and ~750 printed words a page, with room for the photo.
    assert pages <= story["reading_time"] // 3 + 2
    for selector in HIDDEN_IN_PRINT:
        hidden = page.eval_on_selector_all(
            selector,
            "els => els.every(el => getComputedStyle(el).display === 'none')",
        )
        assert hidden, f"{selector} is printed"
    assert page.locator(".article__headline").is_visible()
    assert page.locator(".byline").first.is_visible()
    assert page.locator(".site-header__name").is_visible()


def test_printed_credits_and_link_addresses(page, stories, site_url):
    def links_out(story):
        # The API's body also links its endnotes back to our own page.
        hrefs = re.findall(r'href="(http[^"]+)"', story["body_html"])
        return [href for href in hrefs if not href.startswith(site_url)]

    with_credit_and_link = [s for s in stories if s["top_image"] and links_out(s)]
    assert with_credit_and_link, "no demo story has a photo and an outside link"
    story = with_credit_and_link[0]
    page.emulate_media(media="print")
    assert page.goto(story["url"]).status == 200
    assert page.locator(".article__image .credit").is_visible()
    shown = page.eval_on_selector_all(
        ".article__body a[href^='http']",
        "els => els.map(el => [el.href, getComputedStyle(el, '::after').content])",
    )
    assert shown
    for href, after in shown:
        assert href.rstrip("/") in after, (href, after)
    # Links elsewhere (the byline's author page) are not spelled out.
    byline_link = page.eval_on_selector(
        ".byline a", "el => getComputedStyle(el, '::after').content"
    )
    assert byline_link in ("none", "normal", "")
