"""The site's URLs, plus stand-ins for newsletter link pages that do not exist yet.

Mail links are built by ``masthead.newsletter.links`` from the URL names
``newsletter_unsubscribe``, ``newsletter_preferences`` and ``newsletter_confirm``.
The sending tests need those names to reverse; where ``masthead.urls`` already
defines one, the real route is used and no stand-in is added.
"""

from django.http import HttpResponse
from django.urls import NoReverseMatch, path, reverse

from masthead.urls import urlpatterns as site_urlpatterns

LINK_ROUTES = {
    "newsletter_confirm": "newsletter/confirm/<str:token>/",
    "newsletter_preferences": "newsletter/preferences/<str:token>/",
    "newsletter_unsubscribe": "newsletter/unsubscribe/<str:token>/",
}


def _defined(name):
    try:
        reverse(name, args=["token"], urlconf="masthead.urls")
    except NoReverseMatch:
        return False
    return True


def stand_in(request, token):
    return HttpResponse("stand-in for a newsletter link page")


urlpatterns = [
    path(route, stand_in, name=name)
    for name, route in LINK_ROUTES.items()
    if not _defined(name)
] + list(site_urlpatterns)
