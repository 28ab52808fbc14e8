"""Sign-in lockout (django-axes): the address it counts, the page it shows.

Settings: ADMIN_LOGIN_FAILURE_LIMIT and ADMIN_LOGIN_COOLOFF_MINUTES (README);
unlocking: docs/operators.md, "Locked out of the admin".
"""

from axes.helpers import get_cool_off
from django.shortcuts import render

from masthead.core.client_address import client_ip, ip_bucket


def client_address(request):
    """AXES_CLIENT_IP_CALLABLE: the client behind our proxy; IPv6 per /64.

    A host with IPv6 usually has a whole /64 to pick addresses from, so
    counting single addresses would let it guess without end.
    """
    return ip_bucket(client_ip(request))


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a 429 page in the admin's look, not Axes' plain text."""
    cool_off = get_cool_off(request)
    # Rendered here: the middleware's response never goes back through the
    # handler that renders a view's TemplateResponse.
    response = render(
        request,
        "newsroom/locked_out.html",
        {"minutes": max(1, round(cool_off.total_seconds() / 60))},
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
