"""Production: DEBUG off, secret key from the environment, secure cookies on TLS."""

import os

from .base import *  # noqa: F403
from .base import LOG_FORMAT, LOGGING, SECRET_KEY, env_bool, env_int

if not SECRET_KEY:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

DEBUG = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# --- Behind TLS (HTTPS=true): docs/deploy.md, "TLS and HSTS" -------------------
if env_bool("HTTPS", False):
    # The TLS-terminating proxy (nginx) says the scheme in X-Forwarded-Proto; it
    # must set (not pass on) that header, as deploy/nginx/masthead.conf does.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SSL_REDIRECT", True)
    # Load balancers probe the health check over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 365 * 24 * 3600)
    # Off by default: every subdomain (a shop, a mail click-tracking domain) must
    # serve TLS first, and preloading is hard to undo. Left off on purpose, so
    # the deployment check's reminders (W005, W021) are silenced; README says how
    # to turn them on.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", False)
    if SECURE_HSTS_PRELOAD and not (
        SECURE_HSTS_INCLUDE_SUBDOMAINS and SECURE_HSTS_SECONDS >= 365 * 24 * 3600
    ):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            "HSTS_PRELOAD needs HSTS_INCLUDE_SUBDOMAINS=true and HSTS_SECONDS of at "
            "least 31536000 (one year): browsers' preload lists take nothing less."
        )
    SILENCED_SYSTEM_CHECKS = [
        *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
        *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
    ]

# --- Logs and error reports (docs/operators.md, "Logs and errors") -------------
# JSON lines unless LOG_FORMAT=text.
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT or "json"
# Errors to Sentry (or a Sentry-compatible service) when SENTRY_DSN is set;
# needs the optional extra: pip install 'masthead[sentry]'.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    try:
        import sentry_sdk
        from sentry_sdk.integrations.django import DjangoIntegration
    except ImportError as exc:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            "SENTRY_DSN is set but sentry-sdk is not installed: "
            "pip install 'masthead[sentry]'"
        ) from exc
    from masthead.core.diagnostics import tag_request_id

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        integrations=[DjangoIntegration()],
        # Readers' addresses and cookies stay here.
        send_default_pii=False,
        traces_sample_rate=0,
        # Each event is tagged with the request id its log lines carry.
        before_send=tag_request_id,
    )
# --- end of logs and error reports ---
