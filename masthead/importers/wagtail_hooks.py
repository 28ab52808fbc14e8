"""The importers' place in the Wagtail admin: Settings → Import archive."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from masthead.importers import admin_urls
from masthead.importers.admin_views import can_import


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("import/", include(admin_urls, namespace=admin_urls.app_name))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_settings_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Import archive",
        reverse("masthead_import:index"),
        name="import-archive",
        icon_name="upload",
        order=900,
    )


@hooks.register("register_permissions")
def register_import_permission():
    # Listed on the admin's group screen, so a role can be allowed to import.
    return Permission.objects.filter(
        content_type__app_label="importers", codename="add_importrun"
    )
