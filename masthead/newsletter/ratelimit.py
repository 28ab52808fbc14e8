"""The per-IP signup limit.

The counting is masthead.core.ratelimit's (shared by every web process), the
client's address masthead.core.client_address's (shared with the admin's login
lockout). If the counter's store fails, a signup is let through (fail open):
the limit is against floods of confirmation mail, which the per-address daily
mail limit and double opt-in also bound, and a reader should not be turned
away for our fault.
"""

from django.conf import settings

from masthead.core import ratelimit
from masthead.core.client_address import ip_bucket

SIGNUP_WINDOW_SECONDS = 3600


def allow_signup(ip):
    """Count a signup from ``ip``; False once it is over the hourly limit."""
    return ratelimit.hit(
        "signup-ip",
        ip_bucket(ip),
        settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR,
        SIGNUP_WINDOW_SECONDS,
        fail_open=True,
    )
