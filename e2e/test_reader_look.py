"""How the reader's pages look in Chromium: inline photos, text-only cards,
social icons and dark mode, at 375 px and 1280 px."""

import pytest

from e2e.demo_stories import demo_stories

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture(scope="module")
def stories(site_url):
    return demo_stories(site_url)


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_inline_photos_fill_the_column(new_context, stories, viewport):
    story = next(s for s in stories if "<figure" in s["body_html"])
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    assert page.goto(story["url"]).status == 200
    figure = page.locator(".article__body .inline-image img").first
    figure.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.inline-image img')]"
        ".every(img => img.complete && img.naturalWidth > 0)"
    )
    column = box(page, ".article__body")
    photo = figure.bounding_box()
    assert photo["width"] == pytest.approx(column["width"], abs=1)
    # The file chosen from srcset is at least as wide as it is shown (1x screens).
    natural = figure.evaluate("img => img.naturalWidth")
    assert natural >= photo["width"]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_qiosk_cards_use_the_full_width(new_context, stories, viewport):
    qiosk = next(s for s in stories if s["type"] == "qiosk")
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    assert page.goto(qiosk["section"]["url"]).status == 200
    card = page.locator(".listing .card--text-only").first
    card.wait_for()
    text = card.locator(".card__text").bounding_box()
    assert text["width"] == pytest.approx(card.bounding_box()["width"], abs=1)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_social_links_show_icons_with_names(new_context, viewport):
    page = new_context(viewport=VIEWPORTS[viewport]).new_page()
    assert page.goto("/").status == 200
    for placement in ("header", "footer"):
        links = page.locator(f".social--{placement} .social__link")
        assert links.count() >= 3
        for n in range(links.count()):
            link = links.nth(n)
            icon = link.locator("svg").bounding_box()
            assert icon["width"] >= 16 and icon["height"] >= 16
            assert link.inner_text().strip() or link.text_content().strip()
            # Big enough to tap (WCAG 2.2 target size, 24 px).
            assert link.bounding_box()["height"] >= 24


def test_dark_mode_follows_the_reader_s_system(new_context, stories):
    light = new_context(color_scheme="light").new_page()
    dark = new_context(color_scheme="dark").new_page()
    background = "() => getComputedStyle(document.body).backgroundColor"
    for page in (light, dark):
        assert page.goto(stories[0]["url"]).status == 200
    assert light.evaluate(background) == "rgb(255, 253, 248)"
    assert dark.evaluate(background) == "rgb(20, 19, 17)"
