"""axe-core on every kind of reader page: no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "article": None,  # the article_url fixture
    "section": "/asia-pacific/",
    "author": "/authors/amara-okafor/",
    "search": "/search/?q=trade",
    "latest": "/latest/",
    # The front page again, every "Keep reading" open: the text axe cannot see
    # while it is folded, and the expanded state's controls.
    "home-expanded": "/",
}
BLOCKING_IMPACTS = {"serious", "critical"}
TARGETS_SHOWN = 3

axe = Axe()


def describe(violation):
    nodes = violation["nodes"]
    targets = [" ".join(map(str, node["target"])) for node in nodes[:TARGETS_SHOWN]]
    more = (
        f" (+{len(nodes) - TARGETS_SHOWN} more)" if len(nodes) > TARGETS_SHOWN else ""
    )
    return (
        f"- {violation['id']} [{violation['impact']}] {violation['help']}"
        f"\n    {'; '.join(targets)}{more}\n    {violation['helpUrl']}"
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(new_context, article_url, name, scheme):
    page = new_context(color_scheme=scheme).new_page()
    response = page.goto(PAGES[name] or article_url)
    assert response.status == 200
    if name.endswith("-expanded"):
        page.locator("details.teaser__more > summary").first.wait_for()
        page.evaluate(
            "() => document.querySelectorAll('details').forEach(d => d.open = true)"
        )
    results = axe.run(page)
    blocking = [
        v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, (
        f"axe found {len(blocking)} serious/critical violation(s) on {name}, {scheme}"
        f" ({page.url}):\n" + "\n".join(describe(v) for v in blocking)
    )
