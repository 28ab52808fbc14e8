"""The newsroom in the admin: the editors' desk (dashboard panels, "New story"
form and menu item) and deletion rules Wagtail's page permissions cannot
express on their own.

With "edit" on a subtree Wagtail lets a user who cannot publish delete any draft
in it, other writers' included. In the newsroom only someone who can publish
a page (an editor) deletes other people's work; a contributor deletes only
drafts they created.
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem

from masthead.newsroom import desk, new_story


def may_delete(user, page):
    if user.is_superuser or page.permissions_for_user(user).can_publish():
        return True
    return not page.get_descendants(inclusive=True).exclude(owner=user).exists()


@hooks.register("before_delete_page")
def refuse_deleting_others_pages(request, page):
    if not may_delete(request.user, page):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_others_pages(request, action_type, objects, action):
    if action_type != "delete" or getattr(action, "model", None) is None:
        return None
    from wagtail.models import Page

    if not issubclass(action.model, Page):
        return None
    if not all(may_delete(request.user, page) for page in objects):
        return permission_denied(request)


# Embargoed previews (preview_links.py, preview_views.py) -------------------


@hooks.register("register_admin_urls")
def preview_link_urls():
    from django.urls import path

    from masthead.newsroom import preview_views

    return [
        path(
            "newsroom/preview-links/<int:page_id>/",
            preview_views.PreviewLinksView.as_view(),
            name="newsroom_preview_links",
        ),
        path(
            "newsroom/preview-links/revoke/<int:link_id>/",
            preview_views.revoke,
            name="newsroom_preview_link_revoke",
        ),
    ]


@hooks.register("register_log_actions")
def preview_link_log_actions(actions):
    from masthead.newsroom import preview_links

    for action, (label, message) in preview_links.LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_page_action_menu_item")
def preview_links_menu_item():
    from masthead.newsroom.preview_views import PreviewLinksMenuItem

    return PreviewLinksMenuItem(order=60)


# The calendar (calendar.py, calendar_views.py) ------------------------------


@hooks.register("register_admin_urls")
def calendar_urls():
    from django.urls import path

    from masthead.newsroom import calendar_views

    return [
        path(
            "newsroom/calendar/",
            calendar_views.CalendarView.as_view(),
            name="newsroom_calendar",
        ),
        path(
            "newsroom/calendar/reschedule/<int:page_id>/",
            calendar_views.reschedule_view,
            name="newsroom_calendar_reschedule",
        ),
    ]


class CalendarMenuItem(MenuItem):
    def is_shown(self, request):
        from masthead.newsroom.calendar_views import may_use_calendar

        return may_use_calendar(request.user)


@hooks.register("register_admin_menu_item")
def calendar_menu_item():
    return CalendarMenuItem(
        "Calendar",
        reverse("newsroom_calendar"),
        name="calendar",
        icon_name="calendar",
        order=250,
    )


# The editors' desk: the dashboard's panels and the "New story" form.


@hooks.register("construct_homepage_panels")
def newsroom_desk_panels(request, panels):
    desk.add_panels(request, panels)


@hooks.register("register_admin_urls")
def new_story_urls():
    return [
        path("new-story/", new_story.NewStoryView.as_view(), name=new_story.URL_NAME)
    ]


class NewStoryMenuItem(MenuItem):
    def is_shown(self, request):
        return new_story.can_add_story(request.user)


@hooks.register("register_admin_menu_item")
def new_story_menu_item():
    return NewStoryMenuItem(
        "New story", reverse(new_story.URL_NAME), icon_name="plus", order=50
    )


@hooks.register("insert_editor_js")
def newsroom_editor_js():
    return format_html('<script src="{}"></script>', static("newsroom/editor.js"))


# Wagtail 8 has no insert_editor_css: the (small) stylesheet loads everywhere.
@hooks.register("insert_global_admin_css")
def newsroom_admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("newsroom/editor.css")
    )
