"""Fixed-window counters in the Django cache.

The counters use ``cache.add`` (atomic create-if-missing) then ``cache.incr``
(atomic on Redis and within one process on the local-memory cache), so two
requests arriving together never both see "first hit". If the cache is down
(django-redis with IGNORE_EXCEPTIONS answers None) the limit fails open: a
newsletter signup is not worth an outage.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from masthead.core.client_address import ip_bucket


def hit(scope, identity, limit, window):
    """Count one hit for ``identity``; True while it is within ``limit``."""
    digest = hashlib.sha256(str(identity).encode()).hexdigest()[:32]
    key = f"masthead:ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=window):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:
        # The window expired between add() and incr(): start a new one.
        cache.add(key, 1, timeout=window)
        count = 1
    if count is None:
        return True
    return count <= limit


def allow_signup(ip):
    """Count a signup from ``ip``; False once it is over the hourly limit."""
    return hit(
        "signup-ip",
        ip_bucket(ip),
        settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR,
        3600,
    )
