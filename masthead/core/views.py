from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse

from masthead.core.security_headers import allow_style_elements


def health(request):
    """For load balancers: the process is up and can reach its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors or queries: the database may be the fault.
    # Styled inline (no static file may be reachable), allowed by its hash.
    return allow_style_elements(
        HttpResponse(loader.render_to_string("500.html"), status=500)
    )
