import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from masthead.core.models import MagazineSettings
from masthead.syndication import metadata

register = template.Library()


@register.inclusion_tag("syndication/includes/page_metadata.html", takes_context=True)
def page_metadata(context):
    request = context["request"]
    settings = MagazineSettings.for_request(request)
    meta = metadata.for_request(request, context.get("page"), settings)
    return {"meta": meta, "site_name": settings.masthead_name, "request": request}


@register.filter
def json_ld(data):
    """A schema.org block, escaped like json_script so no text can end the tag."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(
        '<script type="application/ld+json">'
        + text.translate(_json_script_escapes)
        + "</script>"
    )
