"""HTTP caching on the real production stack (granian, several worker processes).

A publish from another process (as the admin or the scheduler would) must reach
every worker's page cache through the shared tag store before it returns.
"""

import re
import secrets
import urllib.request

from e2e.conftest import manage

PUBLIC_PAGES = (
    "/",
    "/latest/",
    "/qiosk/",
    "/authors/",
    "/corrections/",
    "/feed/",
    "/sitemap.xml",
    "/sitemap-articles.xml",
    "/api/v3/articles/",
)


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_public_pages_are_cached_shareable_and_set_no_cookie(site_url, article_url):
    for path in (*PUBLIC_PAGES, article_url.removeprefix(site_url)):
        # Each worker process keeps its own copies (without Redis): ask until
        # every worker has rendered the page once.
        for _ in range(6):
            get(f"{site_url}{path}")
        status, headers, _ = get(f"{site_url}{path}")
        assert status == 200, path
        assert headers["X-Page-Cache"] == "hit", path
        assert "s-maxage=" in headers["Cache-Control"], path
        assert "public" in headers["Cache-Control"], path
        assert headers.get("Set-Cookie") is None, path
        assert "Cookie" not in (headers.get("Vary") or ""), path


def test_revalidation_gets_a_304(site_url, article_url):
    _, headers, body = get(article_url)
    status, again, empty = get(article_url, {"If-None-Match": headers["ETag"]})
    assert status == 304
    assert empty == b""
    status, zipped_headers, _ = get(article_url, {"Accept-Encoding": "gzip"})
    assert zipped_headers["Content-Encoding"] == "gzip"
    assert len(body) > 10_000


def test_static_files_are_hashed_compressed_and_cached_for_a_year(site_url):
    _, _, home = get(f"{site_url}/")
    stylesheet = re.search(rb'href="(/static/css/masthead\.[0-9a-f]{12}\.css)"', home)
    assert stylesheet, "the stylesheet has a hashed name"
    status, headers, _ = get(
        f"{site_url}{stylesheet.group(1).decode()}", {"Accept-Encoding": "gzip"}
    )
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    max_age = re.search(r"max-age=(\d+)", headers["Cache-Control"])
    assert int(max_age.group(1)) >= 365 * 24 * 3600
    assert "immutable" in headers["Cache-Control"]


def test_a_publish_from_another_process_is_live_when_it_returns(server, article_url):
    path = article_url.removeprefix(server.url)
    # Every worker process caches the page (several requests reach each of them).
    for _ in range(8):
        get(article_url)
    assert get(article_url)[1]["X-Page-Cache"] == "hit"

    marker = f"Corrected-{secrets.token_hex(4)}"
    code = (
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(url_path__endswith={path!r}).specific\n"
        f"page.dek = page.dek + ' {marker}'\n"
        "page.save_revision().publish()\n"
    )
    manage(server.env, "shell", "-v", "0", "-c", code)
    for _ in range(8):  # whichever worker answers
        status, headers, body = get(article_url)
        assert status == 200
        assert marker.encode() in body
    assert marker.encode() in get(f"{server.url}/feed/")[2]
