"""Editors, managing editors and newsletter editors see the Readers dashboard.

Granted to the newsroom's role groups (found by their role, so a renamed group
keeps it); the newsroom's own migrations are not touched. On a fresh database
Django makes permissions only after the last migration, so this one makes the
analytics app's first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ("editor", "managing_editor", "newsletter_editor")


def _permission(apps):
    config = apps.get_app_config("analytics")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(
        content_type__app_label="analytics", codename="view_dashboard"
    )


def grant(apps, schema_editor):
    Role = apps.get_model("newsroom", "Role")
    permission = _permission(apps)
    for role in Role.objects.filter(key__in=ROLES).select_related("group"):
        role.group.permissions.add(permission)


def revoke(apps, schema_editor):
    Role = apps.get_model("newsroom", "Role")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="analytics", codename="view_dashboard"
    ).first()
    if permission is None:
        return
    for role in Role.objects.filter(key__in=ROLES).select_related("group"):
        role.group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0002_event_time_index"),
        ("newsroom", "0002_create_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
