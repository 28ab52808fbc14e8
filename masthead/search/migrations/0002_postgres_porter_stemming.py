"""PostgreSQL: an English text search configuration with SQLite's stemmer.

PostgreSQL's ``english`` stems with Snowball (Porter2) and drops stop words;
SQLite's FTS5 tokenizer (migration 0001) stems with Porter's original algorithm
and keeps every word. The two found different stories for the same words
("strike": Snowball stems "strikingly" to "strike", Porter to "strikingli").
``masthead_english`` is ``english`` with Porter's stemmer and no stop words, so
both engines match the same stories; the search backend uses it when
SEARCH_LANGUAGE is ``english``. Nothing on SQLite.

The stored search vectors were made with the old configuration: run
``manage.py update_index`` after this migration (docs/operations.md,
"Upgrading masthead").
"""

from django.db import migrations

CONFIG = "masthead_english"
DICTIONARY = "masthead_porter_stem"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE TEXT SEARCH DICTIONARY {DICTIONARY}"
        " (TEMPLATE = snowball, Language = porter)"
    )
    schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english)")
    schema_editor.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG}"
        f" ALTER MAPPING REPLACE english_stem WITH {DICTIONARY}"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")
    schema_editor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}")


class Migration(migrations.Migration):
    dependencies = [("masthead_search", "0001_porter_stemming")]

    operations = [migrations.RunPython(create, drop)]
