from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from masthead.analytics import queries, rollups
from masthead.analytics.dashboard import PERMISSION, ReadersView


@hooks.register("register_scheduled_job")
def roll_up_reading_figures():
    """Hourly and daily rollups; raw events and old salts deleted."""
    rollups.run_due_rollups()


@hooks.register("register_admin_urls")
def readers_dashboard_urls():
    return [path("readers/", ReadersView.as_view(), name="analytics_dashboard")]


class ReadersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def readers_menu_item():
    return ReadersMenuItem(
        "Readers",
        reverse("analytics_dashboard"),
        name="readers",
        icon_name="view",
        order=250,
    )


@hooks.register("newsroom_most_read_today")
def most_read_today(user, count=5):
    """[(page, views)] most read today, or None for a user without the
    dashboard's permission (the newsroom's dashboard then shows nothing)."""
    if not user.has_perm(PERMISSION):
        return None
    ranking = queries.most_read_today(count * 3)
    pages = Page.objects.live().in_bulk([page_id for page_id, _ in ranking])
    found = [(pages[pk].specific, views) for pk, views in ranking if pk in pages]
    return found[:count]
