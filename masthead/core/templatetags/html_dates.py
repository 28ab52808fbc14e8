"""Dates for the machine-readable side of ``<time datetime>``."""

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def html_datetime(value):
    """ISO 8601 in the site's time zone, to the second: HTML allows at most
    three digits of a second's fraction, and Django's ``date:'c'`` gives six."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()
