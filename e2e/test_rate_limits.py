"""Rate limits on the real production stack: several granian worker processes,
no Redis, SQLite (or the throwaway PostgreSQL database when DATABASE_URL names
one). A limit must hold across the processes, not once per process."""

import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

SIGNUPS = 40
# The production default of NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR.
DEFAULT_SIGNUP_LIMIT = 10
# A reader behind the reverse proxy on loopback (a trusted proxy): its own
# bucket, so the browser tests' signups from 127.0.0.1 are not limited by these.
READER_IP = "198.51.100.40"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _sign_up(site_url, index):
    request = urllib.request.Request(
        f"{site_url}/newsletter/",
        data=f"email=limit-{index}-{uuid.uuid4().hex[:8]}%40example.com".encode(),
        headers={
            "Origin": site_url,
            "X-Forwarded-For": READER_IP,
            "Content-Type": "application/x-www-form-urlencoded",
        },
        method="POST",
    )
    try:
        with _opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_signup_limit_holds_across_web_worker_processes(server, site_url):
    assert int(server.env["WEB_WORKERS"]) >= 2, "needs several web processes"
    assert "REDIS_URL" not in server.env, "this is the limit without Redis"
    limit = int(
        server.env.get("NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR", DEFAULT_SIGNUP_LIMIT)
    )

    # Several at a time, so that every worker process takes some of them.
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda i: _sign_up(site_url, i), range(SIGNUPS)))

    accepted = statuses.count(302)
    refused = statuses.count(429)
    assert (accepted, refused) == (limit, SIGNUPS - limit), statuses
