"""The newsletter in the Wagtail admin: issues, sending, subscribers, CSV, report.

Rendering and sending live in ``rendering`` and ``sending``; these views only
call them. Every state-changing view is a CSRF-protected POST, checked against
the model permissions (``change_newsletterissue``, ``add_subscriber`` …).
"""

import datetime
import importlib
import logging

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.db.models import Count, Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateTimeInput, HeaderButton
from wagtail.permissions import policy_registry

from masthead.articles import queries
from masthead.newsletter import csv_io, reports
from masthead.newsletter.models import (
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
)

logger = logging.getLogger(__name__)

ISSUES = "newsletter_issues"
SUBSCRIBERS = "newsletter_subscribers"
REPORT = "newsletter_report"
DELETABLE = {IssueStatus.DRAFT, IssueStatus.CANCELLED}
SENDABLE = {IssueStatus.DRAFT, IssueStatus.SCHEDULED}


def _module(name):
    """Rendering and sending, looked up per call so tests can record what views ask."""
    return importlib.import_module(f"masthead.newsletter.{name}")


def issue_url(name, issue):
    return reverse(f"{ISSUES}:{name}", args=[quote(issue.pk)])


def _policy(model):
    return policy_registry.get_by_type(model)


def can(user, model, *actions):
    return _policy(model).user_has_any_permission(user, set(actions))


# Issues: forms and generic views ------------------------------------------


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
                    "Sending and progress",
                    url=issue_url("status", instance),
                    icon_name="mail",
                    priority=14,
                ),
            ]
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


# Issues: sending views -----------------------------------------------------


class IssueActionMixin:
    """Loads the issue and checks the model permission for the action."""

    actions = ("change",)

    def dispatch(self, request, pk, *args, **kwargs):
        if not can(request.user, NewsletterIssue, *self.actions):
            raise PermissionDenied
        self.issue = get_object_or_404(
            NewsletterIssue.objects.select_related("newsletter"), pk=pk
        )
        return super().dispatch(request, *args, **kwargs)

    def back(self):
        return redirect(issue_url("status", self.issue))


class ScheduleForm(forms.Form):
    when = forms.DateTimeField(
        label="Send at", widget=AdminDateTimeInput, help_text="In the site’s time zone."
    )

    def clean_when(self):
        when = self.cleaned_data["when"]
        if when <= timezone.now():
            raise ValidationError("Choose a time in the future.")
        return when


def progress_of(issue):
    """The sending module's figures, plus derived percentages, or None."""
    try:
        figures = dict(_module("sending").progress(issue))
    except Exception:
        logger.exception("Progress of issue %s could not be read", issue.pk)
        return None
    total = figures.get("total") or 0
    done = sum(figures.get(k) or 0 for k in ("sent", "failed", "skipped"))
    figures["done"] = done
    figures["percent"] = round(100 * done / total, 1) if total else 0
    rate = figures.get("rate_per_minute") or 0
    remaining = figures.get("remaining") or 0
    figures["eta_minutes"] = round(remaining / rate) if rate and remaining else None
    return figures


def audience_estimate(issue):
    """How many addresses would get the issue if it were sent now (a count only)."""
    suppressed = Suppression.objects.values("email_key")
    return (
        Subscriber.objects.filter(
            lists=issue.newsletter, status=SubscriberStatus.ACTIVE
        )
        .exclude(email_key__in=suppressed)
        .count()
    )


def item_warnings(issue):
    items = list(issue.items.select_related("article"))
    public = set(
        queries.published_articles()
        .filter(pk__in=[i.article_id for i in items])
        .values_list("pk", flat=True)
    )
    hidden = [i.article.title for i in items if i.article_id not in public]
    warnings = []
    if not items:
        warnings.append("The issue has no stories.")
    if hidden:
        warnings.append(
            "Not public (unpublished or private), so readers cannot open them: "
            + "; ".join(hidden)
        )
    return items, warnings


@method_decorator(never_cache, name="dispatch")
class IssueStatusView(IssueActionMixin, WagtailAdminTemplateMixin, View):
    """One issue's sending page: test, schedule, send, pause, and live progress."""

    actions = ("view", "change")
    template_name = "newsletter/admin/issue_status.html"
    header_icon = "mail"

    def get_page_title(self):
        return "Sending"

    def get_page_subtitle(self):
        return str(self.issue)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{ISSUES}:index"), "label": "Newsletter issues"},
            {"url": "", "label": str(self.issue)},
        ]

    @cached_property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                "Preview",
                url=issue_url("preview", self.issue),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noopener"},
            )
        ]
        if self.issue.is_editable and can(self.request.user, NewsletterIssue, "change"):
            buttons.append(
                HeaderButton(
                    "Edit", url=issue_url("edit", self.issue), icon_name="edit"
                )
            )
        return buttons

    def get(self, request, *args, schedule_form=None, status=200, **kwargs):
        items, warnings = item_warnings(self.issue)
        context = self.get_context_data(
            issue=self.issue,
            items=items,
            warnings=warnings,
            audience=audience_estimate(self.issue),
            progress=progress_of(self.issue),
            can_change=can(request.user, NewsletterIssue, "change"),
            schedule_form=schedule_form
            or ScheduleForm(initial={"when": self.issue.scheduled_at}),
            sendable=self.issue.status in SENDABLE,
            progress_url=issue_url("progress", self.issue),
            user_email=request.user.email,
        )
        return self.render_to_response(context, status=status)


class IssueProgressView(IssueActionMixin, View):
    """JSON for the status page's refresh: status and figures, counts only."""

    actions = ("view", "change")

    @method_decorator(never_cache)
    def get(self, request):
        figures = progress_of(self.issue) or {}
        data = {
            key: (value.isoformat() if hasattr(value, "isoformat") else value)
            for key, value in figures.items()
        }
        data["status"] = self.issue.status
        data["status_display"] = self.issue.get_status_display()
        return JsonResponse(data)


class IssuePreviewView(IssueActionMixin, View):
    """The email as readers will see it (without anyone's personal links)."""

    actions = ("view", "change")

    @method_decorator(never_cache)
    def get(self, request):
        rendered = _module("rendering").render_issue(self.issue)
        if request.GET.get("format") == "text":
            response = HttpResponse(rendered.text, content_type="text/plain")
        else:
            response = HttpResponse(rendered.html)
        # The email's HTML runs nothing here, whatever it contains.
        response["Content-Security-Policy"] = (
            "sandbox allow-popups allow-popups-to-escape-sandbox"
        )
        return response


def _run(request, issue, action, done, *args):
    """Call sending.<action>(issue, *args); report the outcome as a message."""
    module = _module("sending")
    function = getattr(module, action)
    refused = getattr(module, "SendingError", ())
    try:
        function(issue, *args)
    except refused as exc:
        # The issue's state does not allow it (e.g. another editor was quicker).
        messages.error(request, str(exc))
        return False
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return False
    except Exception as exc:
        logger.exception("Newsletter action %s on issue %s failed", action, issue.pk)
        messages.error(request, f"That did not work: {exc}")
        return False
    messages.success(request, done)
    return True


@method_decorator(require_POST, name="dispatch")
class SendTestView(IssueActionMixin, View):
    def post(self, request):
        email = (request.user.email or "").strip()
        if not email:
            messages.error(
                request,
                "Your account has no email address; add one under Account first.",
            )
        else:
            _run(request, self.issue, "send_test", f"Test sent to {email}.", email)
        return self.back()


class ScheduleView(IssueActionMixin, View):
    def get(self, request):
        return self.back()

    def post(self, request):
        if self.issue.status not in SENDABLE:
            messages.error(request, "Only a draft or scheduled issue can be scheduled.")
            return self.back()
        form = ScheduleForm(request.POST)
        if not form.is_valid():
            view = IssueStatusView()
            view.setup(request, pk=self.issue.pk)
            view.issue = self.issue
            return view.get(request, schedule_form=form, status=400)
        when = form.cleaned_data["when"]
        local = timezone.localtime(when)
        _run(
            request,
            self.issue,
            "schedule",
            f"“{self.issue}” will be sent at {local:%d %B %Y, %H:%M}.",
            when,
        )
        return self.back()


@method_decorator(require_POST, name="dispatch")
class UnscheduleView(IssueActionMixin, View):
    def post(self, request):
        # Conditional, so it cannot undo a sending the worker has just started.
        changed = NewsletterIssue.objects.filter(
            pk=self.issue.pk, status=IssueStatus.SCHEDULED
        ).update(status=IssueStatus.DRAFT, scheduled_at=None)
        if changed:
            messages.success(request, "Schedule cancelled; the issue is a draft again.")
        else:
            messages.error(request, "The issue was not scheduled any more.")
        return self.back()


@method_decorator(never_cache, name="dispatch")
class SendNowView(IssueActionMixin, WagtailAdminTemplateMixin, View):
    """Asks for confirmation (GET), then starts sending (POST)."""

    template_name = "newsletter/admin/issue_confirm_send.html"
    header_icon = "mail"

    def get_page_title(self):
        return "Send now"

    def get_page_subtitle(self):
        return str(self.issue)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{ISSUES}:index"), "label": "Newsletter issues"},
            {"url": issue_url("status", self.issue), "label": str(self.issue)},
            {"url": "", "label": "Send now"},
        ]

    def get(self, request):
        if self.issue.status not in SENDABLE:
            messages.error(request, "This issue is not a draft or scheduled.")
            return self.back()
        items, warnings = item_warnings(self.issue)
        return self.render_to_response(
            self.get_context_data(
                issue=self.issue,
                items=items,
                warnings=warnings,
                audience=audience_estimate(self.issue),
            )
        )

    def post(self, request):
        if self.issue.status not in SENDABLE:
            messages.error(request, "This issue is not a draft or scheduled.")
            return self.back()
        if request.POST.get("confirm") != "yes":
            messages.error(request, "Tick the confirmation to send.")
            return redirect(issue_url("send", self.issue))
        _run(request, self.issue, "start_sending", f"Sending “{self.issue}” started.")
        return self.back()


@method_decorator(require_POST, name="dispatch")
class PauseView(IssueActionMixin, View):
    def post(self, request):
        if self.issue.status != IssueStatus.SENDING:
            messages.error(request, "Only an issue that is being sent can be paused.")
        else:
            _run(request, self.issue, "pause", "Sending paused.")
        return self.back()


@method_decorator(require_POST, name="dispatch")
class ResumeView(IssueActionMixin, View):
    def post(self, request):
        if self.issue.status != IssueStatus.PAUSED:
            messages.error(request, "Only a paused issue can be resumed.")
        else:
            _run(request, self.issue, "resume", "Sending resumed.")
        return self.back()


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
            path("status/<int:pk>/", IssueStatusView.as_view(), name="status"),
            path("progress/<int:pk>/", IssueProgressView.as_view(), name="progress"),
            path("preview/<int:pk>/", IssuePreviewView.as_view(), name="preview"),
            path("send-test/<int:pk>/", SendTestView.as_view(), name="send_test"),
            path("schedule/<int:pk>/", ScheduleView.as_view(), name="schedule"),
            path("unschedule/<int:pk>/", UnscheduleView.as_view(), name="unschedule"),
            path("send/<int:pk>/", SendNowView.as_view(), name="send"),
            path("pause/<int:pk>/", PauseView.as_view(), name="pause"),
            path("resume/<int:pk>/", ResumeView.as_view(), name="resume"),
        ]


# Subscribers --------------------------------------------------------------


class SubscriberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=SubscriberStatus.choices,
        empty_label="All",
        widget=forms.RadioSelect,
    )
    lists = django_filters.ModelChoiceFilter(
        label="List", queryset=NewsletterList.objects.all()
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Signed up", widget=DateRangePickerWidget
    )

    class Meta:
        model = Subscriber
        fields = ["status", "lists", "created_at"]


class SubscriberForm(WagtailAdminModelForm):
    """Operators may change lists or end a subscription; only readers confirm one."""

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == self.instance.status:
            return status
        if status in {SubscriberStatus.ACTIVE, SubscriberStatus.PENDING}:
            raise ValidationError(
                "Only the reader can (re)subscribe, by confirming by email."
            )
        if status != SubscriberStatus.UNSUBSCRIBED:
            raise ValidationError(
                "Bounces and complaints are recorded by the mail server's reports; "
                "an operator can only unsubscribe someone."
            )
        return status

    def save(self, commit=True):
        if "status" in self.changed_data:
            self.instance.status_changed_at = timezone.now()
        return super().save(commit)


class SubscriberIndexView(IndexView):
    """The subscriber list; ``?export=csv`` downloads the filtered list."""

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("lists")

    def get_filename(self):
        return f"subscribers-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        return csv_io.export_row(item)

    def get_heading(self, queryset, field):
        return field

    def write_csv_row(self, writer, row_dict):
        # export_row has already guarded against formulas and formatted dates.
        return writer.writerow(row_dict)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not can(self.request.user, Subscriber, "view", "change"):
            raise PermissionDenied
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        patch_cache_control(response, private=True, no_store=True)
        return response

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if can(self.request.user, Subscriber, "add"):
            buttons.append(
                HeaderButton(
                    "Import CSV",
                    url=reverse(f"{SUBSCRIBERS}:import"),
                    icon_name="upload",
                )
            )
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = [b for b in super().header_more_buttons if "XLSX" not in str(b.label)]
        for button in buttons:
            if button.label == "Download CSV":
                button.label = "Export CSV (this filtered list)"
        return buttons


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=(
            "Columns: email, consent (required on every row: how and where the "
            "reader agreed), lists (slugs separated by commas or semicolons; blank "
            "means the default lists), consent_at (ISO date, optional), status "
            "(“pending” or “active”; default pending). UTF-8 is best."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    send_confirmations = forms.BooleanField(
        label="Email the pending addresses a confirmation link",
        help_text="They receive nothing else until they click it.",
        required=False,
    )
    dry_run = forms.BooleanField(
        label="Check only: report what would happen, import nothing",
        required=False,
    )


class SubscriberImportView(WagtailAdminTemplateMixin, View):
    template_name = "newsletter/admin/subscriber_import.html"
    header_icon = "upload"
    page_title = "Import subscribers"

    def dispatch(self, request, *args, **kwargs):
        if not (
            can(request.user, Subscriber, "add")
            and can(request.user, Subscriber, "change")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{SUBSCRIBERS}:index"), "label": "Subscribers"},
            {"url": "", "label": "Import"},
        ]

    def render(self, form, status=200, **extra):
        context = self.get_context_data(
            form=form,
            max_mb=csv_io.max_bytes() // (1024 * 1024),
            lists=NewsletterList.objects.all(),
            **extra,
        )
        return self.render_to_response(context, status=status)

    def get(self, request):
        return self.render(ImportForm())

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form, status=400)
        upload = form.cleaned_data["file"]
        if upload.size > csv_io.max_bytes():
            form.add_error(
                "file", f"The file is larger than {csv_io.max_bytes():,} bytes."
            )
            return self.render(form, status=400)
        if not upload.name.lower().endswith((".csv", ".txt")):
            form.add_error("file", "Upload a .csv file (comma or semicolon separated).")
            return self.render(form, status=400)
        source = (
            f"CSV import “{upload.name}” by {request.user.get_username()} "
            f"on {timezone.localdate():%Y-%m-%d}"
        )
        try:
            result = csv_io.import_subscribers(
                upload.read(), source=source, dry_run=form.cleaned_data["dry_run"]
            )
        except csv_io.FileRejected as exc:
            form.add_error("file", str(exc))
            return self.render(form, status=400)
        except IntegrityError:
            form.add_error(
                None,
                "Someone subscribed while the file was imported; nothing was "
                "imported. Please try again.",
            )
            return self.render(form, status=409)
        confirmations = None
        if result.imported and form.cleaned_data["send_confirmations"]:
            confirmations = csv_io.send_confirmations(result.pending_ids)
        if result.imported:
            messages.success(
                request,
                f"Imported {result.rows:,} rows: {result.created:,} created, "
                f"{result.updated:,} updated, "
                f"{result.unchanged + len(result.skipped):,} skipped."
                + (
                    f" {confirmations:,} confirmation emails queued."
                    if confirmations is not None
                    else ""
                ),
            )
        return self.render(
            ImportForm() if result.imported else form,
            result=result,
            errors=result.errors[:200],
            more_errors=max(len(result.errors) - 200, 0),
            notes=result.skipped[:200],
            more_notes=max(len(result.skipped) - 200, 0),
        )


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = SUBSCRIBERS
    url_prefix = "newsletter/subscribers"
    icon = "group"
    menu_label = "Subscribers"
    menu_order = 200
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "status",
        "lists",
        "created_at",
        "confirmed_at",
        "status_changed_at",
        "consent_at",
        "consent_method",
        "consent_source",
    ]
    index_view_class = SubscriberIndexView
    filterset_class = SubscriberFilterSet
    list_display = [
        "email",
        Column("status", label="Status", accessor="get_status_display"),
        Column(
            "lists",
            label="Lists",
            accessor=lambda s: ", ".join(nl.name for nl in s.lists.all()),
        ),
        DateColumn("created_at", label="Signed up", sort_key="created_at"),
        DateColumn("confirmed_at", label="Confirmed", sort_key="confirmed_at"),
    ]
    list_export = csv_io.EXPORT_COLUMNS
    search_fields = ["email"]
    search_backend_name = None
    ordering = ["-created_at", "-pk"]
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldPanel("status"),
            FieldPanel("lists", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=SubscriberForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        # Subscribers come from the signup form or a CSV import with consent,
        # never from an "Add" form.
        return {**super().get_common_view_kwargs(**kwargs), "add_url_name": None}

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"add"}
        ] + [path("import/", SubscriberImportView.as_view(), name="import")]


# Report -------------------------------------------------------------------


class ReportView(WagtailAdminTemplateMixin, View):
    template_name = "newsletter/admin/report.html"
    header_icon = "table"
    page_title = "Newsletter report"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not can(request.user, Subscriber, "view", "change", "add", "delete"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        weeks = reports.subscriber_growth()
        issues = reports.delivery_figures()
        by_status = dict(
            Subscriber.objects.values_list("status").annotate(n=Count("pk")).order_by()
        )
        lists = NewsletterList.objects.annotate(
            active=Count("subscribers", filter=Q(subscribers__status="active"))
        )
        return self.render_to_response(
            self.get_context_data(
                weeks=weeks,
                growth_chart=reports.growth_line_chart(weeks),
                signup_chart=reports.signup_bar_chart(weeks),
                issues=issues,
                delivery_chart=reports.delivery_bar_chart(issues),
                by_status=[
                    (label, by_status.get(value, 0))
                    for value, label in SubscriberStatus.choices
                ],
                lists=lists,
            )
        )


class ReportViewSet(ViewSet):
    name = REPORT
    url_prefix = "newsletter/report"
    icon = "table"
    menu_label = "Report"
    menu_order = 300

    def get_urlpatterns(self):
        return [path("", ReportView.as_view(), name="index")]

    @cached_property
    def menu_item_class(self):
        class ReportMenuItem(super().menu_item_class):
            def is_shown(self, request):
                return can(request.user, Subscriber, "view", "change", "add", "delete")

        return ReportMenuItem


class NewsletterViewSetGroup(ViewSetGroup):
    menu_label = "Newsletter"
    menu_icon = "mail"
    menu_order = 250
    items = (IssueViewSet, SubscriberViewSet, ReportViewSet)
