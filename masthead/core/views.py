from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from masthead.core import health as health_checks
from masthead.core.security_headers import allow_style_elements


@never_cache
def health(request):
    """For monitors and load balancers: 200 when every check passes, else 503.

    ``?checks=database,cache`` runs only those (a load balancer that should not
    drop a web server because the scheduler stopped).
    """
    names = health_checks.CHECKS
    if "checks" in request.GET:
        names = [name.strip() for name in request.GET["checks"].split(",")]
        unknown = [name for name in names if name not in health_checks.CHECKS]
        if unknown or not names:
            return JsonResponse(
                {
                    "error": f"Unknown checks: {', '.join(unknown)}. "
                    f"Choose from {', '.join(health_checks.CHECKS)}."
                },
                status=400,
            )
    result = health_checks.report(names)
    return JsonResponse(result, status=200 if result["status"] == "ok" else 503)


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors or queries: the database may be the fault.
    # Styled inline (no static file may be reachable), allowed by its hash.
    return allow_style_elements(
        HttpResponse(loader.render_to_string("500.html"), status=500)
    )
