"""“Republish this story” under an article licensed for it."""

from django import template

from masthead.core.models import MagazineSettings
from masthead.syndication.republish import republish_html

register = template.Library()


@register.inclusion_tag("syndication/includes/republish_panel.html", takes_context=True)
def republish_panel(context, article):
    if not article.licence_terms.allows_republishing:
        return {"republish_html": ""}
    request = context["request"]
    return {
        "page": article,
        "request": request,
        "republish_html": republish_html(
            article, request, MagazineSettings.for_request(request)
        ),
    }
