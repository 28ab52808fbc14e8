"""One public address: the stack runs as `PORT=<port> make run` does (no BASE_URL),
and every link it mails or publishes carries that port; its files come from its
own MASTHEAD_VAR_DIR."""

import email
import re
import time
import urllib.request
import uuid
from email import policy
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from e2e.conftest import fetch

pytestmark = pytest.mark.browser

CONFIRM_LINK = re.compile(r"https?://[^\s\"'<>]+/newsletter/confirm/[^\s\"'<>]+/")


def _message_to(sink, address, server, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sink.lock:
            for message in sink.messages:
                if address in message["rcpt"]:
                    return email.message_from_bytes(
                        message["data"], policy=policy.default
                    )
        time.sleep(0.1)
    log = Path(server.var_dir, "worker.log").read_text(errors="replace")[-3000:]
    pytest.fail(
        f"no mail to {address} reached the SMTP server within {timeout}s"
        f"\n--- worker log ---\n{log}"
    )


def test_confirmation_link_follows_the_port(page, server, site_url, mail_sink):
    address = f"port-{uuid.uuid4().hex[:12]}@example.com"
    page.goto("/")
    box = page.locator(".box--newsletter")
    box.get_by_label("Email address", exact=True).fill(address)
    box.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/newsletter/thanks/")

    message = _message_to(mail_sink, address, server)
    links = {
        link
        for part in message.walk()
        if part.get_content_maintype() == "text"
        for link in CONFIRM_LINK.findall(part.get_content())
    }
    assert links, "the confirmation mail carries no confirmation link"
    for link in links:
        assert link.startswith(f"{site_url}/"), f"{link} is not on {site_url}"

    page.goto(links.pop())
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")


def test_feeds_and_sitemaps_link_to_the_public_address(site_url):
    # Asked for by another name of the same server, they still link to its address.
    port = urlsplit(site_url).port
    request = urllib.request.Request(
        f"{site_url}/sitemap.xml", headers={"Host": f"localhost:{port}"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        sitemap = response.read().decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations
    assert all(loc.startswith(f"{site_url}/") for loc in locations), locations[:3]
    feed = fetch(f"{site_url}/feed/")
    links = re.findall(r"<link>([^<]+)</link>", feed)
    assert links
    assert all(link.startswith(f"{site_url}/") for link in links), links[:3]


def test_images_are_served_from_the_instances_var_dir(server, site_url):
    html = fetch(f"{site_url}/")
    sources = re.findall(r'src="(/media/images/[^"]+)"', html)
    assert sources, "the front page shows no rendered image"
    with urllib.request.urlopen(f"{site_url}{sources[0]}", timeout=30) as response:
        assert response.status == 200
        served = response.read()
    on_disk = Path(server.var_dir, "media", sources[0].removeprefix("/media/"))
    assert on_disk.read_bytes() == served
