"""Copying the database out and back in, one class per engine.

SQLite: Python's sqlite3 online backup API, a consistent copy while the site runs.
PostgreSQL: ``pg_dump -Fc`` / ``pg_restore``, taken inside one REPEATABLE READ
snapshot that the row counts and migration state in the manifest are read from
too, so they describe exactly the dump. Connection details come from Django's
DATABASES; the password goes to the tools in PGPASSWORD, never on a command line.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections, transaction
from django.db.backends.postgresql.client import DatabaseClient

from masthead.backups.errors import BackupError

ENGINES = {
    "django.db.backends.sqlite3": "sqlite",
    "django.db.backends.postgresql": "postgresql",
}


def engine_of(alias="default"):
    engine = connections[alias].settings_dict["ENGINE"]
    try:
        return ENGINES[engine]
    except KeyError:
        raise BackupError(
            f"Backups support SQLite and PostgreSQL, not {engine}."
        ) from None


def database_class(engine):
    return {"sqlite": SqliteDatabase, "postgresql": PostgresDatabase}[engine]


def database_for(alias="default"):
    return database_class(engine_of(alias))(alias)


def migration_state(rows):
    """{app: {"latest": name, "applied": [names]}} from (app, name) rows."""
    state = {}
    for app, name in rows:
        state.setdefault(app, []).append(name)
    # Migration names start with their number: the greatest is the latest.
    return {
        app: {"latest": max(names), "applied": sorted(names)}
        for app, names in sorted(state.items())
    }


def tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not installed; it comes with PostgreSQL's client tools "
            "(Debian/Ubuntu: apt install postgresql-client, the same major "
            "version as the server or newer)."
        )
    return path


class SqliteDatabase:
    engine = "sqlite"
    file_name = "masthead.sqlite3"

    def __init__(self, alias="default"):
        self.alias = alias
        self.path = Path(connections[alias].settings_dict["NAME"])

    def version(self):
        return sqlite3.sqlite_version

    def dump(self, target):
        """Copy the live database to ``target``; return (row counts, migrations)."""
        if not self.path.is_file():
            raise BackupError(f"There is no database at {self.path}.")
        source = sqlite3.connect(self.path, timeout=20)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # all pages in one step: one consistent snapshot
            # A self-contained file: no -wal beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
            return sqlite_counts(copy), migration_state(sqlite_migrations(copy))
        finally:
            copy.close()
            source.close()

    @staticmethod
    def check_copy(staged):
        """Row counts of the archived copy, after SQLite's own integrity check."""
        copy = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
        try:
            result = copy.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BackupError(f"The archived SQLite database is damaged: {result}")
            return sqlite_counts(copy)
        except sqlite3.DatabaseError as exc:
            raise BackupError(
                f"The archived SQLite database cannot be read: {exc}"
            ) from exc
        finally:
            copy.close()

    def restore(self, staged):
        """Replace the whole database with the archived copy (backup API)."""
        connections[self.alias].close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
        target = sqlite3.connect(self.path, timeout=20)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()

    def counts(self):
        db = sqlite3.connect(self.path, timeout=20)
        try:
            return sqlite_counts(db)
        finally:
            db.close()

    def drop_tables_not_in(self, tables):
        """Nothing to do: the backup API replaces every table."""


def sqlite_counts(db):
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in names
    }


def sqlite_migrations(db):
    try:
        return db.execute("SELECT app, name FROM django_migrations").fetchall()
    except sqlite3.OperationalError:
        return []


class PostgresDatabase:
    engine = "postgresql"
    file_name = "masthead.pgdump"

    def __init__(self, alias="default"):
        self.alias = alias
        self.settings = connections[alias].settings_dict

    def version(self):
        connection = connections[self.alias]
        connection.ensure_connection()
        major, minor = divmod(connection.pg_version, 10000)
        return f"{major}.{minor}"

    def _libpq(self):
        """Command-line flags (no password) and environment for pg_dump/pg_restore."""
        _, env = DatabaseClient.settings_to_cmd_args_env(self.settings, [])
        flags = []
        for flag, key in (("--username", "USER"), ("--host", "HOST")):
            if self.settings.get(key):
                flags.append(f"{flag}={self.settings[key]}")
        if self.settings.get("PORT"):
            flags.append(f"--port={self.settings['PORT']}")
        if self.settings.get("NAME"):
            flags.append(f"--dbname={self.settings['NAME']}")
        return flags, {**os.environ, **(env or {})}

    def _run(self, command, what):
        flags, env = self._libpq()
        done = subprocess.run(
            [*command, *flags], env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise BackupError(f"{what} failed: {done.stderr.strip() or done.stdout}")
        return done

    def dump(self, target):
        pg_dump = tool("pg_dump")
        connection = connections[self.alias]
        with transaction.atomic(using=self.alias), connection.cursor() as cursor:
            # The first statement of the transaction; pg_dump then reads the
            # very snapshot the counts below are taken from.
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = postgres_counts(cursor)
            migrations = postgres_migrations(cursor)
            self._run(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                ],
                "pg_dump",
            )
        return counts, migration_state(migrations)

    @classmethod
    def check_copy(cls, staged):
        """pg_restore reads the archive's table of contents: a damaged dump fails."""
        done = subprocess.run(
            [tool("pg_restore"), "--list", str(staged)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise BackupError(
                f"The archived PostgreSQL dump cannot be read: {done.stderr.strip()}"
            )
        return None

    def drop_tables_not_in(self, tables):
        """Drop tables the archive does not have (made by newer migrations than
        the archive's), which would otherwise stop pg_restore --clean from
        dropping the tables they refer to; migrate creates them again."""
        with connections[self.alias].cursor() as cursor:
            extra = sorted(set(postgres_tables(cursor)) - set(tables))
            for table in extra:
                cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
        return extra

    def restore(self, staged):
        pg_restore = tool("pg_restore")
        connections[self.alias].close()
        self._run(
            [
                pg_restore,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",  # all or nothing
                "--exit-on-error",
                str(staged),
            ],
            "pg_restore",
        )

    def counts(self):
        with connections[self.alias].cursor() as cursor:
            return postgres_counts(cursor)


def postgres_tables(cursor):
    cursor.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename"
    )
    return [row[0] for row in cursor.fetchall()]


def postgres_counts(cursor):
    counts = {}
    for table in postgres_tables(cursor):
        cursor.execute(f'SELECT count(*) FROM "{table}"')
        counts[table] = cursor.fetchone()[0]
    return counts


def postgres_migrations(cursor):
    if "django_migrations" not in postgres_tables(cursor):
        return []
    cursor.execute("SELECT app, name FROM django_migrations")
    return cursor.fetchall()
