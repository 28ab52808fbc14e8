"""The per-IP signup limit, and the client's address it is counted against.

The counting is masthead.core.ratelimit's (shared by every web process). If its
store fails, a signup is let through (fail open): the limit is against floods
of confirmation mail, which the per-address daily mail limit and double opt-in
also bound, and a reader should not be turned away for our fault.
"""

import ipaddress

from django.conf import settings

from masthead.core import ratelimit

SIGNUP_WINDOW_SECONDS = 3600


def _trusted_networks():
    # Requests from these came through our own reverse proxy, which appends the
    # real client to X-Forwarded-For (bin/serve listens on 127.0.0.1).
    return [
        ipaddress.ip_network(net, strict=False)
        for net in settings.NEWSLETTER_TRUSTED_PROXIES
    ]


def _parse(address):
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return None
    # "::ffff:192.0.2.1" is an IPv4 client on a dual-stack socket.
    return getattr(parsed, "ipv4_mapped", None) or parsed


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the nearest untrusted X-Forwarded-For.

    X-Forwarded-For is read right to left and only while the hop that added the
    entry is a trusted proxy, so a client cannot spoof it by sending the header.
    """
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    trusted = _trusted_networks()
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    current = remote
    hops = [hop for hop in forwarded.split(",") if hop.strip()]
    while hops and any(current in net for net in trusted):
        previous = _parse(hops.pop())
        if previous is None:
            break
        current = previous
    return str(current)


def ip_bucket(ip):
    """IPv6 hosts usually own a whole /64, so they share one bucket per /64."""
    address = _parse(ip)
    if address is None:
        return ip or "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def allow_signup(ip):
    """Count a signup from ``ip``; False once it is over the hourly limit."""
    return ratelimit.hit(
        "signup-ip",
        ip_bucket(ip),
        settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR,
        SIGNUP_WINDOW_SECONDS,
        fail_open=True,
    )
