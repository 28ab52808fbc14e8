import itertools
import os

import pytest
from django.db import connection

from tests.backups.instances import (
    Instance,
    PostgresDatabases,
    Source,
    SqliteDatabases,
)


class Instances:
    """New empty (migrated) instances, on the test run's engine or on SQLite."""

    def __init__(self, root, databases, sqlite):
        self.root = root
        self.databases = databases
        self._sqlite = sqlite
        self._sqlite_ready = databases is sqlite
        self.numbers = itertools.count(1)

    @property
    def engine(self):
        return self.databases.engine

    def new(self, engine=None, redis=False):
        """``redis``: with the test run's REDIS_URL, if it has one (the cache,
        the RQ task queue, and django_rq installed), as production runs."""
        databases = self.databases
        if engine == "sqlite" and self.databases.engine != "sqlite":
            databases = self._sqlite
            if not self._sqlite_ready:
                databases.migrate_template()
                self._sqlite_ready = True
        number = next(self.numbers)
        var = self.root / f"var-{number}"
        var.mkdir()
        extra = {}
        if redis and os.environ.get("REDIS_URL"):
            extra = {
                "REDIS_URL": os.environ["REDIS_URL"],
                "CACHE_KEY_PREFIX": f"backup-test-{number}",
            }
        return Instance(databases.new(), var, databases, extra)


@pytest.fixture(scope="session")
def instances(django_db_setup, django_db_blocker, tmp_path_factory):
    root = tmp_path_factory.mktemp("backups")
    sqlite = SqliteDatabases(root)
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            databases = sqlite
        else:
            databases = PostgresDatabases(dict(connection.settings_dict))
        databases.copy_test_database(connection)
    yield Instances(root, databases, sqlite)
    databases.drop_all()


@pytest.fixture(scope="session")
def source(instances):
    """The populated instance on the test run's engine, and its backup."""
    instance = instances.new()
    return Source(instance, instances.root / "source-backup.tar.gz")
