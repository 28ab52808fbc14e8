"""Restoring a SQLite backup into PostgreSQL: the move a growing magazine makes.

A SQLite file cannot be loaded by pg_restore, so the rows are copied model by
model through Django: the archived SQLite file is opened as a second database,
every table of the (fully migrated, emptied) target is filled with the source's
rows, primary keys kept, in one transaction.

Why not ``dumpdata --natural-foreign --natural-primary`` / ``loaddata``: natural
keys would also be used for pages (their URL path), users and groups, which
breaks the references kept as plain ids (revisions' and log entries' object_id,
tags, the reference index, StreamField blocks pointing at pages and images).
Here every id stays what it was, and only the two tables whose ids the target's
``migrate`` assigns differently are translated by their natural keys:
content types and permissions. Wagtail's search index is engine-specific (FTS5
on SQLite, tsvector on PostgreSQL): it is rebuilt with ``update_index`` instead.
Sequences are set past the highest ids at the end.
"""

from django.apps import apps
from django.core.management.color import no_style
from django.db import connections, transaction

from masthead.backups.errors import BackupError

SOURCE = "masthead_backup_source"
# Rebuilt on the target rather than copied (engine-specific tables).
REBUILT_APPS = {"wagtailsearch"}
BATCH_PARAMETERS = 30_000  # well under PostgreSQL's 65,535 per statement


def open_source(path):
    """The archived SQLite file as the database alias SOURCE."""
    connections.settings[SOURCE] = connections.configure_settings(
        {"default": {}, SOURCE: {"ENGINE": "django.db.backends.sqlite3", "NAME": path}}
    )[SOURCE]


def close_source():
    if SOURCE in connections.settings:
        connections[SOURCE].close()
        del connections[SOURCE]
        del connections.settings[SOURCE]


def _models():
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.swapped:
            continue
        if model in (ContentType, Permission):
            continue
        yield model


def copied_models(archived_apps):
    """Models whose rows are copied: not the rebuilt ones, and only of apps the
    backup's database has (a newly installed app's tables stay empty)."""
    return [
        model
        for model in _models()
        if model._meta.app_label not in REBUILT_APPS
        and model._meta.app_label in archived_apps
    ]


def _id_maps(source, target):
    """Source id → target id for content types and permissions, by natural key;
    created on the target when it lacks one (a stale type still referenced)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_types = {}
    for pk, app_label, model in ContentType.objects.using(source).values_list(
        "pk", "app_label", "model"
    ):
        content_types[pk] = (
            ContentType.objects.using(target)
            .get_or_create(app_label=app_label, model=model)[0]
            .pk
        )
    permissions = {}
    for pk, codename, content_type_id, name in Permission.objects.using(
        source
    ).values_list("pk", "codename", "content_type_id", "name"):
        permissions[pk] = (
            Permission.objects.using(target)
            .get_or_create(
                codename=codename,
                content_type_id=content_types[content_type_id],
                defaults={"name": name},
            )[0]
            .pk
        )
    return {ContentType: content_types, Permission: permissions}


def _flush(target):
    connection = connections[target]
    existing = set(connection.introspection.table_names())
    tables = sorted({m._meta.db_table for m in _models()} & existing)
    statements = connection.ops.sql_flush(
        no_style(), tables, reset_sequences=False, allow_cascade=True
    )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _copy_model(model, source, target, id_maps):
    fields = model._meta.local_concrete_fields
    remaps = [
        (field.attname, id_maps[field.related_model])
        for field in fields
        if field.is_relation and field.related_model in id_maps
    ]
    batch_size = max(1, min(1000, BATCH_PARAMETERS // len(fields)))
    manager = model._base_manager
    batch = []
    for obj in manager.using(source).order_by("pk").iterator(chunk_size=2000):
        for attname, ids in remaps:
            value = getattr(obj, attname)
            if value is not None:
                setattr(obj, attname, ids[value])
        batch.append(obj)
        if len(batch) == batch_size:
            _insert(manager, batch, fields, target)
            batch = []
    if batch:
        _insert(manager, batch, fields, target)


def _insert(manager, objs, fields, target):
    # The INSERT that bulk_create makes, for this model's own table only (a
    # page's parent rows are copied with the parent model), and raw: values as
    # stored, no auto_now, no signals. bulk_create itself refuses multi-table
    # models and would refresh auto_now fields.
    manager.db_manager(target).get_queryset()._insert(
        objs, fields=fields, using=target, raw=True
    )


def _count(alias, table):
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
        return cursor.fetchone()[0]


def copy_database(source_path, manifest, target="default", report=print):
    """Replace the target's content with the rows of the SQLite file at source_path.

    Checks every copied table's row count against the manifest's before
    committing: on any difference nothing is changed.
    """
    expected_counts = manifest["row_counts"]
    open_source(str(source_path))
    try:
        models = copied_models(set(manifest["migrations"]))
        with transaction.atomic(using=target):
            id_maps = _id_maps(SOURCE, target)
            _flush(target)
            for model in models:
                _copy_model(model, SOURCE, target, id_maps)
            tables = sorted({model._meta.db_table for model in models})
            counts = {table: _count(target, table) for table in tables}
            differences = {
                table: (expected_counts.get(table), count)
                for table, count in counts.items()
                if expected_counts.get(table) != count
            }
            if differences:
                raise BackupError(
                    "After copying, these tables' row counts differ from the "
                    "backup's (table: backup, copied): "
                    + ", ".join(f"{t}: {a}, {b}" for t, (a, b) in differences.items())
                    + "."
                )
            connection = connections[target]
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(statement)
        report(f"Copied {len(models)} tables, row counts as in the backup.")
    finally:
        close_source()
