"""``|sanitised``: rendered rich text through the one sanitiser (see core.rich_text)."""

from django import template
from django.utils.safestring import mark_safe

from masthead.core import rich_text

register = template.Library()


@register.filter
def sanitised(html):
    return mark_safe(rich_text.clean(html))  # noqa: S308 - cleaned by nh3
