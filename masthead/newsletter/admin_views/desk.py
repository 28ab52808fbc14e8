"""The desk's helpers in the Newsletter menu: round-up picks, seed lists and the
welcome mail.

Whoever may edit issues may use them: the snippets' permission policies ask
for the *issue* permissions (``change_newsletterissue`` …), so the roles that
can write newsletters need no extra grants.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.functional import cached_property
from django.views import View
from wagtail.admin import messages
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.newsletter.admin_views.common import can
from masthead.newsletter.models import (
    NewsletterIssue,
    RoundupPick,
    SeedList,
    WelcomeMail,
)

WELCOME = "newsletter_welcome"

# Registered before the viewsets are built (this module is imported by
# wagtail_hooks.py), as Wagtail asks.
for _model in (RoundupPick, SeedList):
    register_permission_policy(
        _model, ModelPermissionPolicy(_model, auth_model=NewsletterIssue)
    )


class RoundupPickViewSet(SnippetViewSet):
    model = RoundupPick
    icon = "pick"
    menu_label = "Round-up picks"
    menu_order = 150
    url_prefix = "newsletter/picks"
    list_display = ["article", "note", "created_at"]
    copy_view_enabled = False


class SeedListViewSet(SnippetViewSet):
    model = SeedList
    icon = "group"
    menu_label = "Seed lists"
    menu_order = 160
    url_prefix = "newsletter/seed-lists"
    list_display = ["name"]


def can_edit_welcome(user):
    return can(user, NewsletterIssue, "change")


class WelcomeMailView(WagtailAdminTemplateMixin, View):
    template_name = "newsletter/admin/welcome_mail.html"
    header_icon = "mail"
    page_title = "Welcome mail"
    edit_handler = ObjectList(WelcomeMail.panels).bind_to_model(WelcomeMail)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not can_edit_welcome(request.user):
            raise PermissionDenied
        self.instance = WelcomeMail.load()
        return super().dispatch(request, *args, **kwargs)

    def render_form(self, form, status=200):
        panel = self.edit_handler.get_bound_panel(
            instance=self.instance, request=self.request, form=form
        )
        return self.render_to_response(
            self.get_context_data(form=form, panel=panel, media=form.media),
            status=status,
        )

    def form_class(self):
        return self.edit_handler.get_form_class()

    def get(self, request):
        return self.render_form(self.form_class()(instance=self.instance))

    def post(self, request):
        form = self.form_class()(request.POST, instance=self.instance)
        if not form.is_valid():
            messages.error(request, "The welcome mail could not be saved.")
            return self.render_form(form, status=400)
        form.save()
        messages.success(request, "Welcome mail saved.")
        return self.render_form(self.form_class()(instance=self.instance))


class WelcomeMailViewSet(ViewSet):
    name = WELCOME
    url_prefix = "newsletter/welcome"
    icon = "mail"
    menu_label = "Welcome mail"
    menu_order = 170

    def get_urlpatterns(self):
        return [path("", WelcomeMailView.as_view(), name="index")]

    @cached_property
    def menu_item_class(self):
        class WelcomeMenuItem(super().menu_item_class):
            def is_shown(self, request):
                return can_edit_welcome(request.user)

        return WelcomeMenuItem
