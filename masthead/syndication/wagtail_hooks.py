from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail import hooks

from masthead.core.models import MagazineSettings
from masthead.syndication import social_cards

PREVIEW_TEXT_LIMIT = 300


@require_GET
@never_cache
def social_card_preview(request):
    """The drawn card for the headline an editor is typing (the story's
    sharing preview): the same drawing the published story gets, for the
    admin only (``register_admin_urls`` views require admin access)."""
    title = request.GET.get("title", "").strip()
    kicker = request.GET.get("kicker", "").strip()
    if len(title) > PREVIEW_TEXT_LIMIT or len(kicker) > PREVIEW_TEXT_LIMIT:
        return HttpResponseBadRequest(
            "A card's headline is at most 300 characters.", content_type="text/plain"
        )
    settings = MagazineSettings.for_request(request)
    png = social_cards.draw_card(title or "…", settings.masthead_name, kicker=kicker)
    return HttpResponse(png, content_type="image/png")


@hooks.register("register_admin_urls")
def social_card_preview_urls():
    return [
        path(
            "sharing/card-preview/",
            social_card_preview,
            name="masthead_social_card_preview",
        )
    ]
