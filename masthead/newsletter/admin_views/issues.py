"""The Issues screen: list, add, edit and delete newsletter issues.

Sending an issue (status page, preview, test, schedule, send, pause) lives in
``issue_sending.py``; its URLs are added to this viewset.
"""

import datetime

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
)
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from masthead.newsletter import reports
from masthead.newsletter.admin_views import arrange, issue_sending
from masthead.newsletter.admin_views.common import ISSUES, can, issue_url
from masthead.newsletter.models import IssueStatus, NewsletterIssue, NewsletterList

DELETABLE = {IssueStatus.DRAFT, IssueStatus.CANCELLED}


class IssueForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and start >= end:
            self.add_error("period_end", "The period must end after it starts.")
        if (
            self.instance.pk
            and not NewsletterIssue.objects.filter(
                pk=self.instance.pk,
                status__in=[IssueStatus.DRAFT, IssueStatus.SCHEDULED],
            ).exists()
        ):
            # Checked against the database: sending may have started meanwhile.
            raise ValidationError("This issue is being sent; it can no longer change.")
        return cleaned


def _period(issue):
    start = timezone.localtime(issue.period_start)
    end = timezone.localtime(issue.period_end)
    return f"{start:%d %b} – {end:%d %b %Y}"


class IssueIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("newsletter")

    def get_table(self, object_list):
        issues = list(object_list)
        counts = reports.issue_counts(issues)
        for issue in issues:
            figures = counts.get(issue.pk)
            issue.delivery_summary = (
                f"{figures['sent']:,} of {figures['total']:,} sent"
                + (f", {figures['failed']:,} failed" if figures["failed"] else "")
                if figures
                else ""
            )
        return super().get_table(issues)

    def get_edit_url(self, instance):
        if instance.is_editable:
            return super().get_edit_url(instance)
        if can(self.request.user, NewsletterIssue, "view", "change"):
            return issue_url("status", instance)

    def get_delete_url(self, instance):
        if instance.status in DELETABLE:
            return super().get_delete_url(instance)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.is_editable:
            buttons = [b for b in buttons if b.label != "Edit"]
        if can(self.request.user, NewsletterIssue, "view", "change"):
            buttons += [
                MenuItem(
                    "Preview",
                    url=issue_url("preview", instance),
                    icon_name="view",
                    priority=12,
                ),
                MenuItem(
                    "Arrange stories",
                    url=issue_url("arrange", instance),
                    icon_name="list-ol",
                    priority=13,
                )
                if instance.is_editable
                and can(self.request.user, NewsletterIssue, "change")
                else None,
                MenuItem(
                    "Sending and progress",
                    url=issue_url("status", instance),
                    icon_name="mail",
                    priority=14,
                ),
            ]
            buttons = [button for button in buttons if button is not None]
        return buttons


class IssueCreateView(CreateView):
    def get_initial_form_instance(self):
        now = timezone.now()
        return NewsletterIssue(
            created_by=self.request.user,
            period_start=now - datetime.timedelta(days=7),
            period_end=now,
            newsletter=NewsletterList.objects.filter(is_default=True).first(),
        )


class IssueEditView(EditView):
    def dispatch(self, request, *args, **kwargs):
        issue = get_object_or_404(NewsletterIssue, pk=kwargs.get("pk"))
        if not issue.is_editable:
            messages.warning(
                request,
                f"“{issue}” is {issue.get_status_display().lower()}; "
                "it can no longer be edited.",
            )
            return redirect(issue_url("status", issue))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                "Arrange stories",
                url=issue_url("arrange", self.object),
                icon_name="list-ol",
            ),
            HeaderButton(
                "Preview",
                url=issue_url("preview", self.object),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noopener"},
            ),
            HeaderButton(
                "Send or schedule",
                url=issue_url("status", self.object),
                icon_name="mail",
            ),
        ]

    def get_success_url(self):
        if self.request.POST.get("next") == "status":
            return issue_url("status", self.object)
        return super().get_success_url()


class IssueDeleteView(DeleteView):
    def dispatch(self, request, *args, **kwargs):
        issue = get_object_or_404(NewsletterIssue, pk=kwargs.get("pk"))
        if issue.status not in DELETABLE:
            messages.error(
                request,
                "Only draft and cancelled issues can be deleted; this one keeps its "
                "delivery record.",
            )
            return redirect(issue_url("status", issue))
        return super().dispatch(request, *args, **kwargs)


class IssueViewSet(ModelViewSet):
    model = NewsletterIssue
    name = ISSUES
    url_prefix = "newsletter/issues"
    icon = "mail"
    menu_label = "Issues"
    menu_order = 100
    copy_view_enabled = False
    index_view_class = IssueIndexView
    add_view_class = IssueCreateView
    edit_view_class = IssueEditView
    delete_view_class = IssueDeleteView
    edit_handler = ObjectList(NewsletterIssue.panels, base_form_class=IssueForm)
    list_display = [
        "subject",
        "newsletter",
        Column("status", label="Status", accessor="get_status_display"),
        Column("period", label="Period", accessor=_period),
        DateColumn("scheduled_at", label="Scheduled", sort_key="scheduled_at"),
        DateColumn("sent_at", label="Sent", sort_key="sent_at"),
        Column("delivery_summary", label="Deliveries"),
    ]
    list_filter = ["status", "newsletter"]
    search_fields = ["subject"]
    search_backend_name = None
    ordering = ["-period_end", "-pk"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *issue_sending.urlpatterns,
            *arrange.urlpatterns,
        ]
