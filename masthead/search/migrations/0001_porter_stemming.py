"""SQLite: rebuild Wagtail's FTS5 search table with the porter tokenizer.

Wagtail creates ``wagtailsearch_indexentry_fts`` with FTS5's default
tokenizer, which does not stem: "cable" and "cables" are different words.
Porter stems English on both sides (index and query). Wagtail's triggers
on the index table keep filling the rebuilt table. Nothing on PostgreSQL,
where stemming is the backend's SEARCH_CONFIG.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry_fts"


def rebuild(tokenizer):
    def operation(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            if TABLE not in connection.introspection.table_names(cursor):
                return  # No FTS5: Wagtail falls back to its plain backend.
            cursor.execute(f"DROP TABLE {TABLE}")
            cursor.execute(
                f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
                f"autocomplete, body, title, tokenize = '{tokenizer}')"
            )
            cursor.execute(
                f"INSERT INTO {TABLE}(rowid, title, body, autocomplete) "
                "SELECT id, title, body, autocomplete FROM wagtailsearch_indexentry"
            )

    return operation


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [
        migrations.RunPython(
            rebuild("porter unicode61 remove_diacritics 2"),
            rebuild("unicode61"),
        )
    ]
