"""Forgery protection without a cookie, for the signup form on every page.

Django's usual protection puts a token in the form and a ``csrftoken`` cookie
on the response. The signup box is on every public page, so every page would
set that cookie, and a shared cache or CDN must not store (or hand to the next
reader) a response that sets a cookie. So the box carries no token, and the
signup endpoint instead checks where the POST came from, which browsers state
themselves and a forging page cannot change:

* ``Sec-Fetch-Site``, if the browser sends it, must be ``same-origin``;
* the ``Origin`` header or, only when there is none, the origin of the
  ``Referer`` must be this site or one of ``settings.CSRF_TRUSTED_ORIGINS``;
* a POST with neither Origin nor Referer is refused: every current browser
  sends Origin with a form POST.

The origin is judged by Django's own ``CsrfViewMiddleware._origin_verified``
rather than by a copy of it, so it honours ``request.get_host()`` (and with it
USE_X_FORWARDED_HOST and ALLOWED_HOSTS), ``request.is_secure()`` (and
SECURE_PROXY_SSL_HEADER) and wildcard trusted origins exactly as the rest of the
site does. The subclass keeps that and the rejection logging, and drops
everything to do with the token and its cookie.

Unlike the middleware, this check does not step aside for the test client's
``enforce_csrf_checks=False``: it needs no secret, so tests send the header a
browser would.
"""

import copy
from urllib.parse import urlsplit

from django.middleware.csrf import CsrfViewMiddleware, logger
from django.template.response import TemplateResponse
from django.utils.decorators import decorator_from_middleware
from django.utils.log import log_response

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

REASON_CROSS_SITE = "Sec-Fetch-Site is %r, not same-origin."
REASON_NO_ORIGIN = "Neither Origin nor Referer was sent."
REASON_BAD_ORIGIN = "Origin %r is not this site or a trusted origin."
REASON_BAD_REFERER = "Referer %r is not from this site or a trusted origin."


def referer_origin(referer):
    """``scheme://host[:port]`` of a Referer URL, or None if it is not one."""
    try:
        parts = urlsplit(referer)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


class SameOriginMiddleware(CsrfViewMiddleware):
    """CsrfViewMiddleware's origin check alone; no token, so no cookie."""

    # The parent caches these per instance, and a view decorator's instance
    # lives as long as the process: read CSRF_TRUSTED_ORIGINS afresh each time
    # (a short list) so that overriding the setting takes effect.
    allowed_origins_exact = property(CsrfViewMiddleware.allowed_origins_exact.func)
    allowed_origin_subdomains = property(
        CsrfViewMiddleware.allowed_origin_subdomains.func
    )

    def process_request(self, request):
        return None  # Nothing to read from (or to plan for) a CSRF cookie.

    def process_response(self, request, response):
        return response  # Never set the CSRF cookie.

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method in SAFE_METHODS:
            return None
        fetch_site = request.headers.get("Sec-Fetch-Site")
        if fetch_site is not None and fetch_site != "same-origin":
            return self._reject(request, REASON_CROSS_SITE % fetch_site)
        if "HTTP_ORIGIN" in request.META:
            if not self._origin_verified(request):
                return self._reject(
                    request, REASON_BAD_ORIGIN % request.META["HTTP_ORIGIN"]
                )
            return None
        referer = request.META.get("HTTP_REFERER")
        if not referer:
            return self._reject(request, REASON_NO_ORIGIN)
        origin = referer_origin(referer)
        if origin is None or not self._origin_verified(_as_origin(request, origin)):
            return self._reject(request, REASON_BAD_REFERER % referer)
        return None

    def _reject(self, request, reason):
        # The reason goes to the log only, as on Django's own failure page.
        response = TemplateResponse(request, "newsletter/forbidden.html", status=403)
        log_response(
            "Forbidden (%s): %s",
            reason,
            request.path,
            response=response,
            request=request,
            logger=logger,
        )
        return response


def _as_origin(request, origin):
    """The request as ``_origin_verified`` would see it had it sent ``origin``.

    A shallow copy with its own META, so the view never sees the made-up header.
    """
    judged = copy.copy(request)
    judged.META = {**request.META, "HTTP_ORIGIN": origin}
    return judged


# Use with ``csrf_exempt`` outside it, so the site-wide middleware leaves the
# view to this check (and does not ask for the token the form no longer has).
same_origin_required = decorator_from_middleware(SameOriginMiddleware)
