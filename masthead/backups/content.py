"""What an instance holds: a restore goes only into an empty one, unless forced.

Empty means nobody has made anything yet: no user accounts, no pages but the
structure ``migrate`` creates (the root, and the page types allowed once: the
home page, the writers' index, the QiOSK index), no images, documents,
subscribers or newsletter issues, and no files in MEDIA_ROOT. A freshly
migrated database is empty; one where ``make run`` has created the admin
account is not (use ``migrate`` alone before restoring, or --force).
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connections

# (what it is called, "app_label.Model") for the counts.
CONTENT_MODELS = (
    ("user accounts", None),
    ("images", "core.MastheadImage"),
    ("documents", "wagtaildocs.Document"),
    ("subscribers", "newsletter.Subscriber"),
    ("newsletter issues", "newsletter.NewsletterIssue"),
)


def content_counts(alias="default", media_root=None):
    """{what: count} of everything that makes the instance not empty."""
    tables = set(connections[alias].introspection.table_names())
    found = {}
    for label, model_name in CONTENT_MODELS:
        model = get_user_model() if model_name is None else _model(model_name)
        if model is not None and model._meta.db_table in tables:
            count = model._base_manager.using(alias).count()
            if count:
                found[label] = count
    Page = apps.get_model("wagtailcore", "Page")
    if Page._meta.db_table in tables:
        pages = _content_pages(Page, alias)
        if pages:
            found["pages"] = pages
    files = count_files(media_root)
    if files:
        found["files in MEDIA_ROOT"] = files
    return found


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _content_pages(Page, alias):
    ContentType = apps.get_model("contenttypes", "ContentType")
    structural = [
        content_type.pk
        for content_type in ContentType.objects.db_manager(alias).filter(
            pk__in=Page.objects.using(alias).values("content_type")
        )
        if getattr(content_type.model_class(), "max_count", None) == 1
    ]
    return (
        Page.objects.using(alias)
        .exclude(depth=1)
        .exclude(content_type__in=structural)
        .count()
    )


def count_files(media_root=None):
    root = Path(media_root or settings.MEDIA_ROOT)
    if not root.is_dir():
        return 0
    return sum(1 for path in root.rglob("*") if path.is_file())


def describe(found):
    return ", ".join(f"{what}: {count}" for what, count in found.items())
