"""Embargoed previews: the public page behind a preview link, and the admin
screen where editors make, list and revoke a story's links."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from masthead.newsroom import preview_links
from masthead.newsroom.models import PreviewLink

NOINDEX = "noindex, nofollow, noarchive"


def _private(response):
    """Every answer under /preview/: never indexed, never kept by any cache."""
    response["X-Robots-Tag"] = NOINDEX
    response["Cache-Control"] = "no-store, private"
    return response


def _unavailable(request, status):
    """404 for a link that never existed (or a forged one), 410 for one that
    expired or was revoked: the reader learns which, and nothing of the story."""
    return _private(
        TemplateResponse(
            request,
            "newsroom/preview_unavailable.html",
            {"gone": status == 410, "robots": NOINDEX},
            status=status,
        )
    )


def embargoed_preview(request, token):
    if request.method not in ("GET", "HEAD"):
        return _private(HttpResponseNotAllowed(["GET", "HEAD"]))
    link = preview_links.find(token)
    if link is None:
        return _unavailable(request, 404)
    if not link.is_active:
        return _unavailable(request, 410)
    page = link.page.specific.get_latest_revision_as_object()
    # What Wagtail's own preview sets: templates leave out what a draft has
    # no use for (share buttons).
    request.is_preview = True
    request.preview_mode = page.default_preview_mode
    context = page.get_context(request)
    context.update(
        {
            "page_template": page.get_template(request),
            "preview_link": link,
            "robots": NOINDEX,
        }
    )
    response = TemplateResponse(request, "newsroom/embargoed_preview.html", context)
    # A HEAD (a link checker's or an unfurler's probe) is not a read.
    if request.method == "GET":
        preview_links.record_view(link)
    return _private(response)


# The admin screen ---------------------------------------------------------


class PreviewLinkForm(forms.Form):
    note = forms.CharField(
        label="For",
        max_length=200,
        required=False,
        help_text="Who you are sending it to, so colleagues know what the link is for.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        most = settings.PREVIEW_LINK_MAX_DAYS
        self.fields["days"] = forms.IntegerField(
            label="Days the link works",
            min_value=1,
            max_value=most,
            required=False,
            initial=preview_links.default_days(),
            help_text="The link stops working after this many days, or when "
            f"you revoke it. At most {most} days; blank: "
            f"{preview_links.default_days()}.",
        )
        self.order_fields(["days", "note"])


def _page_for_editor(request, page_id):
    """The page, if the user may publish it: sending a draft out is an
    editor's call, like publishing it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return page


class PreviewLinksView(WagtailAdminTemplateMixin, View):
    """A story's preview links: who made each, until when, how often opened;
    a form to make another and a button to revoke each."""

    template_name = "newsroom/admin/preview_links.html"
    header_icon = "link"

    def dispatch(self, request, page_id):
        self.page = _page_for_editor(request, page_id)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return "Preview links"

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": "Preview links"},
        ]

    def render(self, form, new_url=None, status=200):
        context = self.get_context_data(
            page=self.page,
            form=form,
            links=PreviewLink.objects.filter(page=self.page).select_related(
                "created_by", "revoked_by"
            ),
            new_url=new_url,
        )
        return self.render_to_response(context, status=status)

    @method_decorator(never_cache)
    def get(self, request, page_id):
        return self.render(PreviewLinkForm())

    @method_decorator(never_cache)
    def post(self, request, page_id):
        form = PreviewLinkForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        _, new_url = preview_links.create(
            self.page,
            request.user,
            days=form.cleaned_data["days"] or preview_links.default_days(),
            note=form.cleaned_data["note"],
        )
        # Shown this once: only the token's digest is stored.
        return self.render(PreviewLinkForm(), new_url=new_url, status=201)


@require_POST
def revoke(request, link_id):
    link = get_object_or_404(PreviewLink.objects.select_related("page"), pk=link_id)
    _page_for_editor(request, link.page_id)
    if preview_links.revoke(link, request.user):
        messages.success(request, "The preview link is revoked: it no longer works.")
    else:
        messages.info(request, "That preview link was revoked already.")
    return redirect(reverse("newsroom_preview_links", args=[link.page_id]))


class PreviewLinksMenuItem(ActionMenuItem):
    """ "Preview links…" in a saved story's action menu, for whoever may
    publish it."""

    label = "Preview links…"
    name = "action-preview-links"
    icon_name = "link"

    def is_shown(self, context):
        if context["view"] != "edit":
            return False
        return self.get_user_page_permissions_tester(context).can_publish()

    def get_url(self, parent_context):
        return reverse("newsroom_preview_links", args=[parent_context["page"].pk])
