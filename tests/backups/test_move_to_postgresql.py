"""The move a growing magazine makes: a SQLite backup restored into PostgreSQL.

Runs in the PostgreSQL pass (make test-postgres), where the test run's database,
and so the target, is PostgreSQL; the SQLite source is migrated once for it.
"""

import pytest
from django.conf import settings

from tests.backups.instances import Source, assert_equal_content

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.xdist_group("backups"),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="the move's target is PostgreSQL: runs in `make test-postgres`",
    ),
]


@pytest.fixture(scope="module")
def sqlite_source(instances):
    instance = instances.new("sqlite")
    return Source(instance, instances.root / "sqlite-backup.tar.gz")


def test_a_sqlite_magazine_moves_to_postgresql(sqlite_source, instances):
    source = sqlite_source
    assert "Database (sqlite)" in source.backup_output
    # Often the moment Redis comes too: django_rq is then installed on the
    # target, an app the SQLite site's backup has no migrations of.
    target = instances.new(redis=True)
    done = target.manage("restore", str(source.archive))
    assert done.returncode == 0, done.stderr
    assert "Moving a SQLite backup into PostgreSQL." in done.stdout
    assert "row counts as in the backup" in done.stdout
    # Every row of every model, pages, revisions and the page tree included,
    # and every media file.
    seen = target.inspect("--get", *source.urls, "--search", source.search)
    assert_equal_content(source, target, seen["digests"])
    assert seen["digests"]["wagtailcore.Revision"][0] >= 15
    assert seen["digests"]["newsletter.Delivery"][0] == 15
    # The pages answer at their addresses, and search was rebuilt for PostgreSQL.
    assert set(seen["status"].values()) == {200}, seen["status"]
    assert seen["search"] == ["Quayside cafés reopen"]
    # New rows get new ids: the sequences were moved past the copied ones.
    added = target.module("add_content")
    assert added["page"] > source.digests["wagtailcore.Page"][0]
    assert added["user"] > source.digests["auth.User"][0]
    assert added["subscriber"] > source.digests["newsletter.Subscriber"][0]
    assert target.inspect("--get", added["url"])["status"] == {added["url"]: 200}


def test_a_postgresql_backup_is_not_restored_into_sqlite(source, instances):
    target = instances.new("sqlite")
    done = target.manage("restore", str(source.archive))
    assert done.returncode == 1
    assert "a PostgreSQL dump restores into PostgreSQL only" in done.stderr
    assert "Nothing was changed." in done.stderr
