"""The Subscribers screen: search and filters, edit, CSV import and export.

Subscribers come from the signup form or a CSV import with consent, never from
an "Add" form; operators may change someone's lists or unsubscribe them.
"""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.views import View
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from masthead.newsletter import csv_io
from masthead.newsletter.admin_views.common import SUBSCRIBERS, can
from masthead.newsletter.models import NewsletterList, Subscriber, SubscriberStatus


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
        "sections",
        "created_at",
        "confirmed_at",
        "welcomed_at",
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
