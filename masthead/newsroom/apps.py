"""Newsroom roles: the groups a magazine's staff belong to and the review workflow."""

from django.apps import AppConfig
from django.apps import apps as global_apps


class NewsroomConfig(AppConfig):
    name = "masthead.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom roles"

    def ready(self):
        from masthead.newsroom import signals  # noqa: F401

        # Wagtail's documented way to customise the users and groups screens is
        # a custom app config for wagtail.users; setting the same attributes here
        # keeps INSTALLED_APPS untouched. Read when the admin URLs are built.
        users = global_apps.get_app_config("wagtailusers")
        users.group_viewset = "masthead.newsroom.admin_views.GroupViewSet"
        users.user_viewset = "masthead.newsroom.admin_views.UserViewSet"
