"""The events table's time index, by database.

PostgreSQL: BRIN. Events are appended in time order, so each block range of
the table covers a short stretch of time, and an index of a few kilobytes lets
a day's query skip the other 29 days of rows (a B-tree over tens of millions
of rows would be gigabytes, and slow every insert). New block ranges are
summarised by autovacuum (``autosummarize``) and by the rollup job. Other
databases: a B-tree.
"""

from django.db import migrations

INDEX = "analytics_event_occurred_at"


def create_index(apps, schema_editor):
    table = schema_editor.quote_name("analytics_event")
    column = schema_editor.quote_name("occurred_at")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {INDEX} ON {table} USING brin ({column})"
            " WITH (pages_per_range = 32, autosummarize = on)"
        )
    else:
        schema_editor.execute(f"CREATE INDEX {INDEX} ON {table} ({column})")


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("analytics", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
