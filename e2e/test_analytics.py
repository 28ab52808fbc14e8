"""Reading figures in a real browser on the production stack.

Chromium reads a story: beacon.js (a static file, under the site's strict CSP)
posts the view to /a/v; the web process writes it within seconds; the second
read is answered from the page cache, the same bytes for everyone, and is
counted all the same. No cookie is set at any point.
"""

import json
import re
import time

import pytest

from e2e.conftest import fetch, manage

pytestmark = pytest.mark.browser

# A desktop Chrome: HeadlessChrome (Playwright's default) is filtered as a bot.
READER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/130.0.0.0 Safari/537.36"
)


def views_of(server, page_id):
    report = json.loads(
        manage(
            server.env, "analytics_report", "--days", "1", "--json", "--limit", "500"
        )
    )
    return next(
        (row["views"] for row in report["pages"] if row["page_id"] == page_id), 0
    )


def wait_for_views(server, page_id, expected, timeout=30):
    deadline = time.monotonic() + timeout
    views = views_of(server, page_id)
    while views < expected and time.monotonic() < deadline:
        time.sleep(1)
        views = views_of(server, page_id)
    return views


def test_a_read_is_counted_from_the_page_cache_too(
    server, new_context, article_url, js_errors
):
    page_id = int(re.search(r'data-page="(\d+)"', fetch(article_url)).group(1))
    time.sleep(3)  # beacons of earlier tests are written within 2 seconds
    before = views_of(server, page_id)

    context = new_context(user_agent=READER)
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    with page.expect_response(re.compile(r"/a/v$")) as beacon:
        first = page.goto(article_url)
    assert beacon.value.status == 204
    assert beacon.value.request.method == "POST"
    body = json.loads(beacon.value.request.post_data)
    assert body["id"] == str(page_id)
    assert body["p"] == article_url.removeprefix(server.url)

    # Read again until a worker answers from its page cache (each web worker
    # has its own copies): every read is counted, hit or miss.
    reads, cache = 1, [first.headers.get("x-page-cache")]
    while "hit" not in cache[1:] and reads < 9:
        with page.expect_response(re.compile(r"/a/v$")) as beacon:
            response = page.goto(article_url)
        assert beacon.value.status == 204
        cache.append(response.headers.get("x-page-cache"))
        reads += 1
    assert "hit" in cache[1:], cache

    assert wait_for_views(server, page_id, before + reads) == before + reads

    # What one stored view holds (docs/privacy.md shows such a row).
    row = manage(
        server.env,
        "shell",
        "-c",
        "from masthead.analytics.models import Event;"
        "print(Event.objects.filter(kind=1).values().last())",
    ).strip()
    print("stored row:", row)
    assert f"'page_id': {page_id}" in row
    assert "127.0.0.1" not in row and "Chrome" not in row
    assert context.cookies() == []
    assert violations == []
    assert js_errors == []


def test_without_javascript_the_pixel_counts(server, new_context, article_url):
    context = new_context(user_agent=READER, java_script_enabled=False)
    page = context.new_page()
    with page.expect_response(re.compile(r"/a/v\.gif\?id=\d+$")) as pixel:
        page.goto(article_url)
    assert pixel.value.status == 200
    assert pixel.value.headers["content-type"] == "image/gif"
    assert context.cookies() == []
