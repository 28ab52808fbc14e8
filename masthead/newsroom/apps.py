"""Newsroom roles: the groups a magazine's staff belong to and the review workflow."""

from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class NewsroomConfig(AppConfig):
    name = "masthead.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom roles"
    default = True

    def ready(self):
        from masthead.newsroom import signals  # noqa: F401


class NewsroomUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the newsroom's group and user screens (role
    descriptions, section hints), the way Wagtail documents customising them."""

    default = False
    group_viewset = "masthead.newsroom.admin_views.GroupViewSet"
    user_viewset = "masthead.newsroom.admin_views.UserViewSet"
