"""Deletion rules Wagtail's page permissions cannot express on their own.

With "edit" on a subtree Wagtail lets a user who cannot publish delete any draft
in it, other writers' included. In the newsroom only someone who can publish
a page (an editor) deletes other people's work; a contributor deletes only
drafts they created.
"""

from wagtail import hooks
from wagtail.admin.auth import permission_denied


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
