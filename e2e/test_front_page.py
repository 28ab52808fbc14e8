"""The front page on the demo: lead, top stories, section blocks and the QiOSK
strip are visible on a 375 px phone (one column) and at 1280 px (several), with
no sideways scrolling and no serious accessibility violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

VIEWPORTS = {
    "375px": ({"width": 375, "height": 667}, {"is_mobile": True, "has_touch": True}),
    "1280px": ({"width": 1280, "height": 900}, {}),
}
BLOCKING_IMPACTS = {"serious", "critical"}

axe = Axe()


def columns(page, selector):
    """How many distinct left edges the visible elements matching selector have."""
    lefts = page.locator(selector).evaluate_all(
        "els => els.filter(el => el.offsetParent)"
        ".map(el => Math.round(el.getBoundingClientRect().left))"
    )
    return len(set(lefts))


@pytest.mark.parametrize("name", VIEWPORTS)
def test_front_page_blocks_are_visible_in_columns_without_sideways_scroll(
    new_context, name
):
    viewport, options = VIEWPORTS[name]
    page = new_context(viewport=viewport, **options).new_page()
    response = page.goto("/")
    assert response.status == 200

    for slot in ("lead", "top", "qiosk"):
        locator = page.locator(f"[data-front-slot={slot}]")
        locator.scroll_into_view_if_needed()
        assert locator.is_visible(), f"{slot} is not visible at {name}"
    assert page.locator("[data-front-slot=top] .card").count() == 4
    blocks = page.locator("[data-front-slot=section]")
    assert blocks.count() >= 3
    for n in range(blocks.count()):
        block = blocks.nth(n)
        block.scroll_into_view_if_needed()
        assert block.is_visible()
        assert 1 <= block.locator(".card").count() <= 3

    first_block_cards = "[data-front-slot=section] >> nth=0 >> .card"
    if name == "375px":
        assert columns(page, "[data-front-slot=top] .card") == 1
        assert columns(page, first_block_cards) == 1
    else:
        assert columns(page, "[data-front-slot=top] .card") == 2
        assert columns(page, first_block_cards) == 3
        assert columns(page, ".qiosk-strip__item") == 2

    width = page.evaluate(
        "() => [document.documentElement.scrollWidth,"
        " document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"page is {width[0]}px wide in {width[1]}px"

    results = axe.run(page)
    blocking = [
        f"{v['id']} [{v['impact']}] {v['help']}: {v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, "\n".join(blocking)
