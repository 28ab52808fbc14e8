"""Throwaway masthead instances for the backup tests, each in its own processes.

A backup and a restore replace whole databases and media directories, which
pytest-django's test database (one transaction, or in memory) cannot stand in
for. So each instance is a database and a MASTHEAD_VAR_DIR of its own, and every
command runs as ``manage.py`` in a subprocess with that environment, as an
operator would run it. The databases are copies of the test run's freshly
migrated database (SQLite: the backup API into a file; PostgreSQL: CREATE
DATABASE ... TEMPLATE): no ``migrate`` per instance. When a test needs the other
engine (the SQLite → PostgreSQL move in the PostgreSQL pass), its template is
made once with ``migrate``.
"""

import hashlib
import itertools
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SETTINGS = "tests.backups.instance_settings"
# Variables of the test run that must not reach an instance.
NOT_INHERITED = (
    "REDIS_URL",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "PYTEST_XDIST_WORKER",
    "ELASTICSEARCH_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "BASE_URL",
)


@dataclass
class Instance:
    url: str
    var: Path
    databases: object
    extra_environ: dict = field(default_factory=dict)

    @property
    def media(self):
        return self.var / "media"

    def environ(self):
        env = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            DATABASE_URL=self.url,
            MASTHEAD_VAR_DIR=str(self.var),
            PYTHONPATH=str(REPO),
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_environ)
        return env

    def run(self, *args, timeout=600):
        return subprocess.run(
            [sys.executable, *args],
            env=self.environ(),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def manage(self, *args):
        return self.run(str(REPO / "manage.py"), *args)

    def module(self, name, *args):
        """Run tests.backups.<name> in the instance; its last output line, as JSON."""
        done = self.run("-m", f"tests.backups.{name}", *args)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    def inspect(self, *args):
        return self.module("inspect_instance", *args)

    def media_files(self):
        """{path under MEDIA_ROOT: sha256} of every file."""
        if not self.media.is_dir():
            return {}
        return {
            path.relative_to(self.media).as_posix(): hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
            for path in sorted(self.media.rglob("*"))
            if path.is_file()
        }

    def table_counts(self):
        """Row count of every table, read directly (no Django, no subprocess)."""
        return self.databases.table_counts(self.url)


class SqliteDatabases:
    engine = "sqlite"

    def __init__(self, root):
        self.root = root
        self.template = root / "template.sqlite3"
        self.names = itertools.count(1)

    def copy_test_database(self, connection):
        connection.ensure_connection()
        target = sqlite3.connect(self.template)
        connection.connection.backup(target)
        target.close()

    def migrate_template(self):
        instance = Instance(f"sqlite:///{self.template}", self.root / "migrate", self)
        done = instance.manage("migrate", "--no-input", "-v0")
        assert done.returncode == 0, done.stderr

    def new(self):
        path = self.root / f"instance-{next(self.names)}.sqlite3"
        source, target = sqlite3.connect(self.template), sqlite3.connect(path)
        source.backup(target)
        source.close(), target.close()
        return f"sqlite:///{path}"

    def table_counts(self, url):
        db = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=20)
        try:
            tables = [
                row[0]
                for row in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {
                t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables
            }
        finally:
            db.close()

    def drop_all(self):
        pass


class PostgresDatabases:
    engine = "postgresql"

    def __init__(self, settings_dict):
        self.params = settings_dict
        self.test_name = settings_dict["NAME"]
        self.template = f"{self.test_name}_bktpl"[:50]
        self.names = []

    def _dsn(self, name):
        p = self.params
        user = p.get("USER") or "postgres"
        auth = f"{user}:{p['PASSWORD']}" if p.get("PASSWORD") else user
        host, port = p.get("HOST") or "127.0.0.1", p.get("PORT") or 5432
        return f"postgres://{auth}@{host}:{port}/{name}"

    def _create(self, name, template):
        import psycopg

        dsn = self._dsn("postgres").replace("postgres://", "postgresql://", 1)
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self.names.append(name)

    def copy_test_database(self, connection):
        connection.close()  # A template must have no other sessions.
        self._create(self.template, self.test_name)

    def new(self):
        name = f"{self.template}_{len(self.names)}"
        self._create(name, self.template)
        return self._dsn(name)

    def table_counts(self, url):
        import psycopg

        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
            tables = [
                row[0]
                for row in db.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                )
            ]
            return {
                t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables
            }

    def drop_all(self):
        import psycopg

        dsn = self._dsn("postgres").replace("postgres://", "postgresql://", 1)
        with psycopg.connect(dsn, autocommit=True) as admin:
            for name in reversed(self.names):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Source:
    """An instance with content (populate.py), pages viewed once (their
    renditions made), and its backup."""

    def __init__(self, instance, archive):
        self.instance = instance
        self.archive = archive
        created = instance.module("populate")
        self.urls = created["urls"]
        self.search = created["search"]
        # A file no model refers to, with a name that is not ASCII.
        stray = instance.media / "documents" / "résumé – ü.txt"
        stray.write_text("kept as is\n")
        viewed = instance.inspect("--get", *self.urls)
        assert set(viewed["status"].values()) == {200}, viewed["status"]
        self.digests = instance.inspect()["digests"]
        self.media = instance.media_files()
        done = instance.manage("backup", "--output", str(archive))
        assert done.returncode == 0, done.stderr
        self.backup_output = done.stdout


def assert_equal_content(source, target, digests=None):
    """Every model's rows and every media file of target are the source's."""
    digests = digests or target.inspect()["digests"]
    differing = sorted(
        label for label in source.digests if digests.get(label) != source.digests[label]
    )
    assert differing == [], differing
    assert target.media_files() == source.media
