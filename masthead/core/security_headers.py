"""Content-Security-Policy: a strict policy for readers, a looser one for the admin.

Public pages run no inline script and carry no nonce (the page cache serves the
same bytes to everyone), so ``CONTENT_SECURITY_POLICY`` allows scripts and styles
from this site only. Wagtail's admin writes inline scripts and styles, so paths
under it, and the previews it frames, get ``ADMIN_CONTENT_SECURITY_POLICY``.
The header is set inside the page cache's middleware: a cached page keeps the
policy it was rendered with.
"""

import base64
import hashlib
import re

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import NoReverseMatch, reverse

_STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        # A view's own complete policy (csp_override) still wins.
        # A preview (the admin renders the page through the middleware with a
        # dummy request for the page's own URL) is shown in an admin frame.
        in_admin = getattr(request, "is_dummy", False) or _is_admin(request)
        if not report_only and parts.config is None and in_admin:
            parts.config = default_config(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            )
        return parts


def _is_admin(request):
    try:
        admin = reverse("wagtailadmin_home")
    except NoReverseMatch:  # a URLconf without the admin
        return False
    return request.path_info.startswith(admin)


def allow_style_elements(response):
    """Allow the response's own ``<style>`` blocks by hash (pages that must not
    depend on anything else, like the 500 page)."""
    html = response.content.decode(response.charset)
    hashes = [
        "'sha256-"
        + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        + "'"
        for css in _STYLE_ELEMENT.findall(html)
    ]
    if hashes:
        response._csp_update = {"style-src": hashes}
    return response
