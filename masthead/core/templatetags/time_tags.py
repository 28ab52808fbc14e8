"""``|machine_datetime``: a datetime as HTML's ``<time datetime>`` accepts it.

Django's ``date:'c'`` keeps microseconds, and HTML's valid date-time strings
allow at most three fractional digits; readers never need sub-second precision.
"""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def machine_datetime(value):
    if not isinstance(value, datetime.date):
        return ""
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat()
