"""The beacon's views for servers other than masthead/wsgi.py (and the test
client), and the newsletter's signed click links."""

import logging

from django.core import signing
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.views.decorators.csrf import csrf_exempt

from masthead.analytics import beacon, links
from masthead.analytics.models import Event
from masthead.analytics.pages import known_pages
from masthead.analytics.recording import recorder
from masthead.core.client_address import client_ip, ip_bucket

logger = logging.getLogger(__name__)


@csrf_exempt  # sendBeacon carries no token; beacon.py checks Origin instead
def view_beacon(request):
    try:
        status, headers, body = beacon.handle(request.META, request.read)
    except Exception:
        logger.exception("analytics beacon failed")
        status, headers, body = beacon._answer(503)
    response = HttpResponse(body, status=int(status.split()[0]))
    for name, value in headers:
        if name != "Content-Length":
            response[name] = value
    if not body:
        del response["Content-Type"]
    return response


def click(request, token):
    """A newsletter link: count the click (issue, position; nobody's address),
    then send the reader on. Forged or damaged tokens are a 400."""
    try:
        target = links.read_click_token(token)
    except (signing.BadSignature, ValueError):
        return HttpResponseBadRequest(
            "This link is damaged or was not made by us.",
            content_type="text/plain; charset=utf-8",
        )
    agent_ok = beacon._user_agent(request.META) is not None
    allowed = beacon.flood_guard.allow(
        ip_bucket(client_ip(request)), beacon.settings.ANALYTICS_BEACONS_PER_MINUTE
    )
    if agent_ok and allowed:
        page_id = links.page_id_of(target.url, known_pages)
        recorder.add(
            Event.Kind.CLICK,
            page_id,
            links.local_path(target.url) if page_id else "",
            issue_id=target.issue_id,
            position=target.position,
        )
    else:
        recorder.reject("bot" if not agent_ok else "flood")
    response = redirect(target.url)
    response["Cache-Control"] = "no-store"
    return response
