"""What production logs and error reports carry (settings: LOG_FORMAT, SENTRY_DSN).

``JsonLineFormatter`` writes one JSON object per record (python-json-logger),
with what an operator looks for in a failed request: its id (set by
django-guid's log filter, see settings.LOGGING), method, path and status.
Django's own request logs carry the request object, which is not written as such.

``tag_request_id`` gives each Sentry event the same request id, so an event and
its request's log lines can be found from each other.
"""

from django_guid import get_guid
from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter


class JsonLineFormatter(JsonFormatter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", ["asctime", "levelname", "name", "message"])
        kwargs.setdefault(
            "rename_fields",
            {"asctime": "time", "levelname": "level", "name": "logger"},
        )
        kwargs.setdefault("reserved_attrs", [*RESERVED_ATTRS, "request", "taskName"])
        kwargs.setdefault("datefmt", "%Y-%m-%dT%H:%M:%S%z")
        super().__init__(*args, **kwargs)

    def add_fields(self, log_data, record, message_dict):
        super().add_fields(log_data, record, message_dict)
        request = getattr(record, "request", None)
        method = getattr(request, "method", None)
        if method is not None:
            log_data["method"] = method
            log_data["path"] = request.path
        if log_data.get("request_id") is None:
            log_data.pop("request_id", None)


def tag_request_id(event, hint):
    """sentry-sdk's before_send: the request id as a tag (``request_id``)."""
    request_id = get_guid()
    if request_id:
        event.setdefault("tags", {})["request_id"] = request_id
    return event
