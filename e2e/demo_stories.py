"""Every demo story as the public API describes it (url, type, reading_time,
top_image, body_html): how the browser tests pick the stories they need."""

import functools
import json

from e2e.conftest import fetch

PAGE_SIZE = 20  # the API renders each story's body: small pages answer sooner
TIMEOUT = 120  # seconds; the first view of a story renders its image sizes


@functools.cache
def demo_stories(site_url):
    stories, offset = [], 0
    while True:
        answer = json.loads(
            fetch(
                f"{site_url}/api/v3/articles/?limit={PAGE_SIZE}&offset={offset}",
                timeout=TIMEOUT,
            )
        )
        stories += answer["items"]
        offset += PAGE_SIZE
        if offset >= answer["count"]:
            return stories
