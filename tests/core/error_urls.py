"""The site's URLs plus a view that fails, for tests/core/test_error_reports.py."""

from django.urls import path

from masthead.urls import handler404, handler500
from masthead.urls import urlpatterns as site_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


class ExplodingViewError(Exception):
    pass


def explode(request):
    raise ExplodingViewError("the view fell over")


urlpatterns = [path("explode/", explode), *site_urlpatterns]
