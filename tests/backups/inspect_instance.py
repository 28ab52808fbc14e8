"""What an instance holds, as JSON, for comparing two instances across engines.

Run in the instance's own process (``python -m tests.backups.inspect_instance``).
``digests``: per model, the row count and a sha256 of every row's field values
in primary-key order, canonical so that SQLite and PostgreSQL agree (aware
datetimes in UTC, JSON with sorted keys, content types and permissions by their
natural keys, since their ids are the target's own). Then, with ``--get URL
...``, each URL's status code, fetched through Django's test client, and with
``--search TERM`` the titles of the live pages Wagtail's search finds.
"""

import argparse
import datetime
import decimal
import hashlib
import json
import uuid

import django

django.setup()

from django.apps import apps  # noqa: E402
from django.contrib.auth.models import Permission  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from wagtail.blocks import StreamValue  # noqa: E402

# Rebuilt or re-created on restore rather than copied: compared elsewhere.
SKIPPED_APPS = {"contenttypes", "wagtailsearch"}

content_types = {
    pk: f"{app}.{model}"
    for pk, app, model in ContentType.objects.values_list("pk", "app_label", "model")
}
permissions = {
    pk: f"{content_types[ct]}.{codename}"
    for pk, ct, codename in Permission.objects.values_list(
        "pk", "content_type_id", "codename"
    )
}


def canonical(value):
    if isinstance(value, StreamValue):
        value = value.get_prep_value()
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    return value


def digest(model):
    fields = model._meta.local_concrete_fields
    maps = {
        index: {ContentType: content_types, Permission: permissions}[
            field.related_model
        ]
        for index, field in enumerate(fields)
        if field.is_relation and field.related_model in (ContentType, Permission)
    }
    sha, rows = hashlib.sha256(), 0
    values = model._base_manager.order_by("pk").values_list(
        *(field.attname for field in fields)
    )
    for row in values:
        row = [
            maps[i].get(value) if i in maps and value is not None else value
            for i, value in enumerate(row)
        ]
        line = json.dumps([canonical(v) for v in row], sort_keys=True, default=str)
        sha.update(line.encode())
        rows += 1
    return [rows, sha.hexdigest()]


models = [
    model
    for model in apps.get_models(include_auto_created=True)
    if model._meta.managed
    and not model._meta.proxy
    and model._meta.app_label not in SKIPPED_APPS
    and model is not Permission
]
result = {"digests": {model._meta.label: digest(model) for model in models}}

arguments = argparse.ArgumentParser()
arguments.add_argument("--get", nargs="*", default=[])
arguments.add_argument("--search")
options = arguments.parse_args()
if options.get:
    from django.test import Client

    client = Client()
    result["status"] = {url: client.get(url).status_code for url in options.get}
if options.search:
    from wagtail.models import Page

    found = Page.objects.live().search(options.search)
    result["search"] = sorted(page.title for page in found)

print(json.dumps(result))
