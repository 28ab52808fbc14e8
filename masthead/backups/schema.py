"""Is an archive's database schema one this code can restore?"""

from django.apps import apps
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from masthead.backups.errors import BackupError


def known_migrations():
    """Every (app, name) this code has on disk, squashed-away names included."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces or ())
    return known


def code_migrations():
    """(app, name) of every migration a fully migrated database has applied."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return set(loader.graph.nodes)


def archive_migrations(manifest):
    return {
        (app, name)
        for app, state in manifest.get("migrations", {}).items()
        for name in state.get("applied", [])
    }


def check_not_newer(manifest):
    """Refuse an archive whose database has migrations this code does not know:
    it was made by a newer masthead (or a fork), and its tables have columns
    and constraints this code would not expect.

    Apps not installed here are left out: with REDIS_URL set, django_rq is
    installed and migrated; restored where it is not, its tables sit unused.
    """
    installed = {config.label for config in apps.get_app_configs()}
    unknown = sorted(
        (app, name)
        for app, name in archive_migrations(manifest) - known_migrations()
        if app in installed
    )
    if unknown:
        listed = ", ".join(f"{app}.{name}" for app, name in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        raise BackupError(
            f"This backup comes from a newer masthead "
            f"({manifest.get('masthead_version', 'unknown version')}): its "
            f"database has migrations this code does not know ({listed}{more}). "
            "Install that version (or newer), then restore."
        )


def is_older(manifest):
    """True when the archive lacks migrations this code has: migrate after restoring."""
    return bool(code_migrations() - archive_migrations(manifest))


def check_current(manifest):
    """The move between engines copies rows model by model, so the archive's
    schema must be exactly this code's, app by app.

    Apps the archive has no migrations of at all are not in its database (on
    SQLite without Redis, django_rq is not installed): their tables are created
    empty on the target and not copied.
    """
    archived = archive_migrations(manifest)
    archived_apps = {app for app, _ in archived}
    missing = sorted(
        (app, name)
        for app, name in code_migrations() - archived
        if app in archived_apps
    )
    if missing:
        listed = ", ".join(f"{app}.{name}" for app, name in missing[:5])
        raise BackupError(
            "This backup was made by an older masthead (it lacks the migrations "
            f"{listed}{' …' if len(missing) > 5 else ''}). To move it to another "
            "database engine, restore it into the engine it was made on with "
            "this version, run migrate, make a new backup, and restore that one "
            "(docs/operations.md)."
        )


def needs_migrate(alias="default"):
    connection = connections[alias]
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))
