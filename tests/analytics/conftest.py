import json

import pytest

from masthead.analytics import beacon, queries, recording, salts
from masthead.analytics.pages import known_pages

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/130.0.0.0 Safari/537.36"
)


@pytest.fixture(autouse=True)
def _fresh_analytics():
    """Each test starts with an empty buffer, no known pages, no salt in memory."""

    def reset():
        with recording.recorder._lock:
            recording.recorder._events.clear()
            recording.recorder._rejected.clear()
        beacon.flood_guard.reset()
        known_pages.forget()
        salts.forget()
        queries.forget_most_read()

    reset()
    yield
    reset()


def send(
    client, page, path=None, referrer="", ip="203.0.113.7", agent=BROWSER, **headers
):
    """POST a beacon for ``page`` as the script does."""
    body = {"id": page.pk, "p": path if path is not None else page.url, "r": referrer}
    return client.post(
        "/a/v",
        data=json.dumps(body),
        content_type="text/plain;charset=UTF-8",
        HTTP_USER_AGENT=agent,
        REMOTE_ADDR=ip,
        **headers,
    )


def post_raw(client, data, ip="203.0.113.7", agent=BROWSER, **extra):
    return client.generic(
        "POST",
        "/a/v",
        data,
        content_type="text/plain;charset=UTF-8",
        HTTP_USER_AGENT=agent,
        REMOTE_ADDR=ip,
        **extra,
    )
