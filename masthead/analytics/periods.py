"""Days and hours in the site's time zone (TIME_ZONE), as UTC moments."""

from datetime import UTC, datetime, time, timedelta

from django.utils import timezone

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def day_start(day):
    """The first moment of ``day`` (local), in UTC."""
    return timezone.make_aware(datetime.combine(day, time.min)).astimezone(UTC)


def hour_floor(moment):
    """The start of the local hour ``moment`` falls in, in UTC."""
    local = timezone.localtime(moment)
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def days(first_day, last_day):
    day = first_day
    while day <= last_day:
        yield day
        day += DAY
