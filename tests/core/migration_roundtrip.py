"""Migrate an empty database, unmigrate every masthead app to zero, migrate again.

Run as its own process so that the database it works on is its default one (the
data migrations use the default database, as they do for an operator):

    DATABASE_URL=sqlite:////tmp/fresh.sqlite3 python -m tests.core.migration_roundtrip

Then adds a section and does the same for the newsroom app alone. Prints a JSON
list, one item a round: the apps unmigrated (``labels``), and what was there
before and after (``before``, ``after``).
"""

import json
import os
import sys


def masthead_apps_last_first():
    """masthead's apps with migrations, in reverse INSTALLED_APPS order.

    ``migrate <app> zero`` also unmigrates whatever depends on the app, so the
    order only decides which command does the work.
    """
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    migrated = MigrationLoader(connection).migrated_apps
    return [
        config.label
        for config in reversed(list(apps.get_app_configs()))
        if config.name.startswith("masthead.") and config.label in migrated
    ]


def snapshot():
    """What the data migrations make, by names and paths (not ids)."""
    from django.contrib.auth.models import Group
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        Locale,
        Page,
        Site,
        Workflow,
    )

    from masthead.newsletter.models import NewsletterList
    from masthead.newsroom.models import Role

    def permissions(group):
        return sorted(
            f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
        )

    return {
        "pages": [
            [p.path, p.numchild, p.title, p.slug, p.url_path, p.live, str(p.locale)]
            + [p.content_type.app_label, p.content_type.model]
            for p in Page.objects.order_by("path").select_related("content_type")
        ],
        "sites": [
            [s.hostname, s.port, s.is_default_site, s.root_page.path]
            for s in Site.objects.order_by("hostname", "port")
        ],
        "locales": sorted(locale.language_code for locale in Locale.objects.all()),
        "collections": sorted(c.name for c in Collection.objects.all()),
        "groups": {
            group.name: {
                "permissions": permissions(group),
                "pages": sorted(
                    f"{gp.page.url_path} {gp.permission.codename}"
                    for gp in group.page_permissions.select_related(
                        "page", "permission"
                    )
                ),
                "collections": sorted(
                    f"{gc.collection.name} {gc.permission.codename}"
                    for gc in group.collection_permissions.select_related(
                        "collection", "permission"
                    )
                ),
            }
            for group in Group.objects.order_by("name")
        },
        "roles": sorted(
            [r.key or "", r.group.name, r.description]
            for r in Role.objects.select_related("group")
        ),
        "workflows": {
            workflow.name: {
                "active": workflow.active,
                "tasks": [
                    [t.name, t.active]
                    + sorted(
                        g.name
                        for g in GroupApprovalTask.objects.get(pk=t.pk).groups.all()
                    )
                    for t in workflow.tasks
                ],
                "pages": sorted(
                    wp.page.url_path
                    for wp in workflow.workflow_pages.select_related("page")
                ),
            }
            for workflow in Workflow.objects.order_by("name")
        },
        "newsletter_lists": [
            [n.slug, n.name, n.is_default, n.sort_order]
            for n in NewsletterList.objects.order_by("slug")
        ],
    }


def add_section():
    """A section, made as an editor makes one (its group and workflow follow)."""
    from django.contrib.contenttypes.models import ContentType

    from masthead.home.models import HomePage
    from masthead.sections.models import SectionPage

    ContentType.objects.clear_cache()  # Its ids were read before the round trip.
    section = SectionPage(title="Europe", slug="europe")
    HomePage.objects.get().add_child(instance=section)


def unmigrate_and_migrate(labels):
    from django.core.management import call_command

    before = snapshot()
    for label in labels:
        call_command("migrate", label, "zero", verbosity=0, interactive=False)
    call_command("migrate", verbosity=0, interactive=False)
    return {"labels": labels, "before": before, "after": snapshot()}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    rounds = [unmigrate_and_migrate(masthead_apps_last_first())]
    # The newsroom's groups and workflows for a section, taken down and made
    # again (the section itself stays: only the newsroom is unmigrated).
    add_section()
    rounds.append(unmigrate_and_migrate(["newsroom"]))
    json.dump(rounds, sys.stdout)


if __name__ == "__main__":
    main()
