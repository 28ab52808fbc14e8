"""Newsletter editors and managing editors may use the desk's snippets and the
welcome mail setting (round-up picks, seed lists, the welcome mail).

The groups are found by their newsroom role, so a renamed group still gets them.
On a fresh database Django creates permissions only after the last migration,
so this one creates the newsletter's first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ("newsletter_editor", "managing_editor")
CODENAMES = (
    "add_rounduppick",
    "change_rounduppick",
    "delete_rounduppick",
    "view_rounduppick",
    "add_seedlist",
    "change_seedlist",
    "delete_seedlist",
    "view_seedlist",
    "change_welcomemail",
)


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="newsletter", codename__in=CODENAMES
    )


def _groups(apps):
    Role = apps.get_model("newsroom", "Role")
    return [role.group for role in Role.objects.filter(key__in=ROLES)]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    permissions = list(_permissions(apps))
    for group in _groups(apps):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    permissions = list(_permissions(apps))
    for group in _groups(apps):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0006_newsletter_desk"),
        ("newsroom", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
