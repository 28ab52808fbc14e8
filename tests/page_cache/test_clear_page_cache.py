import io

from django.core.management import call_command
from django.test import Client


def test_clear_page_cache_makes_every_page_render_anew(site, committed):
    client = Client()
    paths = ["/", site["old"].url, "/feed/"]
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"
    call_command("clear_page_cache", stdout=io.StringIO())
    for path in paths:
        assert client.get(path)["X-Page-Cache"] == "miss", path
