"""The newsroom's role groups, their permissions and the "Editorial review" workflow.

On a fresh database Django creates permissions only after the last migration
(post_migrate), so this migration creates the ones it grants first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_all_permissions(apps):
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module, which create_permissions
        # takes to mean "no models"; it only checks that it is set.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    from masthead.newsroom.roles import apply_roles

    create_all_permissions(apps)
    apply_roles(apps)


def remove_roles(apps, schema_editor):
    # The permissions stay: Django makes them after every migrate anyway.
    from masthead.newsroom.roles import remove_roles

    remove_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        # Wagtail's grant of choose_document to admin groups runs first, always,
        # so the roles get it from apply_roles however the migrations are ordered.
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("core", "0004_page_cache_models_move"),
        ("home", "0002_create_site_structure"),
        ("sections", "0001_initial"),
        ("newsletter", "0004_remove_interim_signup_requests"),
        ("importers", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
