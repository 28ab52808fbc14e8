"""The admin's "Import archive" page: upload an export, watch it import.

Only users with ``importers.add_importrun`` see it. The upload is stored outside
MEDIA_ROOT (it holds drafts and emails) and imported by the background worker
(``tasks.run_import_task``), which deletes it when done.
"""

import os
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from masthead.importers.formats import FORMATS, available_formats, reader_options
from masthead.importers.models import ImportRun
from masthead.importers.tasks import enqueue_import

NAMESPACE = "masthead_import"
PERMISSION = "importers.add_importrun"
PAST_RUNS = 20
ACTIVE = (
    ImportRun.Status.QUEUED,
    ImportRun.Status.CHECKING,
    ImportRun.Status.IMPORTING,
)


def can_import(user):
    return user.is_active and user.has_perm(PERMISSION)


class ImportForm(forms.Form):
    source_name = forms.ChoiceField(label="Format")
    file = forms.FileField(label="Export file")
    categories = forms.ChoiceField(
        label="Categories become",
        choices=[("sections", "Sections"), ("tags", "Tags")],
        initial="sections",
        help_text="Sections: each top-level category becomes a section (stories "
        "go to their first category's). Tags: categories become tags and every "
        "story goes to the default section.",
    )
    default_section = forms.SlugField(
        label="Default section (slug)",
        required=False,
        help_text="Where stories without a category go; made if it does not "
        "exist. Blank: “archive”.",
    )
    site_url = forms.URLField(
        label="Old site address",
        required=False,
        assume_scheme="https",
        help_text="Ghost and Substack: the old site's address (e.g. "
        "https://magazine.example.com), so its photos are found and its old "
        "URLs redirect here. WordPress exports and feeds carry their own.",
    )
    author = forms.CharField(
        label="Writer of every post",
        required=False,
        max_length=255,
        help_text="Substack only: its exports name no writer. Blank: unsigned.",
    )
    dry_run = forms.BooleanField(
        label="Dry run: check the file and report what would happen, save nothing",
        required=False,
    )

    def __init__(self, *args, upload_too_large=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The upload handler dropped a file over the limit while it arrived.
        self.upload_too_large = upload_too_large
        if upload_too_large:
            self.fields["file"].required = False
        self.fields["source_name"].choices = [
            (f.key, f.label) for f in available_formats()
        ]
        limit = settings.IMPORT_UPLOAD_MAX_BYTES
        self.fields["file"].help_text = f"At most {filesizeformat(limit)}."

    def clean(self):
        cleaned = super().clean()
        upload, key = cleaned.get("file"), cleaned.get("source_name")
        limit = settings.IMPORT_UPLOAD_MAX_BYTES
        if self.upload_too_large:
            self.add_error(
                "file",
                f"The file is larger than {filesizeformat(limit)}, the limit "
                "(IMPORT_UPLOAD_MAX_BYTES).",
            )
        elif upload is None:
            return cleaned
        elif upload.size > limit:
            self.add_error(
                "file",
                f"The file is {filesizeformat(upload.size)}; the limit is "
                f"{filesizeformat(limit)} (IMPORT_UPLOAD_MAX_BYTES).",
            )
        elif key and not upload.name.lower().endswith(FORMATS[key].extensions):
            names = ", ".join(FORMATS[key].extensions)
            self.add_error("file", f"A {FORMATS[key].label} file ends in {names}.")
        return cleaned


class UploadLimitHandler(FileUploadHandler):
    """Drops an uploaded file as soon as it passes the limit, so an oversized
    export never fills the disk; the form then reports it."""

    def __init__(self, request, limit):
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.too_large = None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.too_large = self.file_name
            raise SkipFile  # the rest of this file is read and thrown away
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handlers store the file


def store_upload(upload):
    """Write the upload under IMPORT_UPLOAD_DIR, readable by this user only."""
    directory = Path(settings.IMPORT_UPLOAD_DIR)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()[:10]}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return path


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# CSRF is checked in ``post`` instead of by the middleware: the middleware
# would read the whole upload before the view could limit its size.
@method_decorator(csrf_exempt, name="dispatch")
class ImportIndexView(ImportPermissionMixin, WagtailAdminTemplateMixin, View):
    template_name = "importers/admin/index.html"
    page_title = "Import archive"
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def render(self, form, status=200):
        context = self.get_context_data(
            form=form,
            runs=ImportRun.objects.select_related("created_by")[:PAST_RUNS],
        )
        return self.render_to_response(context, status=status)

    @method_decorator(never_cache)
    def get(self, request):
        return self.render(ImportForm())

    def post(self, request):
        limiter = UploadLimitHandler(request, settings.IMPORT_UPLOAD_MAX_BYTES)
        request.upload_handlers.insert(0, limiter)
        return self._post(request, limiter)

    @method_decorator(csrf_protect)
    def _post(self, request, limiter):
        form = ImportForm(
            request.POST, request.FILES, upload_too_large=limiter.too_large
        )
        if not form.is_valid():
            return self.render(form, status=400)
        data = form.cleaned_data
        upload = data["file"]
        path = store_upload(upload)
        run = ImportRun.objects.create(
            source_name=data["source_name"],
            file_path=str(path),
            original_filename=upload.name[:255],
            options={
                "categories": data["categories"],
                "default_section": data["default_section"],
                "reader": reader_options(
                    FORMATS[data["source_name"]],
                    site_url=data["site_url"],
                    author=data["author"].strip(),
                ),
            },
            dry_run=data["dry_run"],
            created_by=request.user,
        )
        enqueue_import(run)
        return redirect(reverse(f"{NAMESPACE}:run", args=[run.pk]))


def run_progress(run):
    percent = round(100 * run.processed / run.total) if run.total else 0
    return {
        "status": run.status,
        "status_display": run.get_status_display(),
        "processed": run.processed,
        "total": run.total,
        "percent": min(percent, 100),
        "active": run.status in ACTIVE,
    }


class ImportRunView(ImportPermissionMixin, WagtailAdminTemplateMixin, View):
    template_name = "importers/admin/run.html"
    header_icon = "upload"

    def get_page_title(self):
        return f"Import of {self.run.original_filename or 'a file'}"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{NAMESPACE}:index"), "label": "Import archive"},
            {"url": "", "label": self.get_page_title()},
        ]

    @method_decorator(never_cache)
    def get(self, request, pk):
        self.run = get_object_or_404(ImportRun, pk=pk)
        summary = self.run.summary or {}
        context = self.get_context_data(
            run=self.run,
            format=FORMATS.get(self.run.source_name),
            progress=run_progress(self.run),
            summary=summary,
            skipped_in_file=sorted((summary.get("inventory_skipped") or {}).items()),
            skipped_reasons=sorted((summary.get("skipped_reasons") or {}).items()),
            status_url=reverse(f"{NAMESPACE}:status", args=[self.run.pk]),
        )
        return self.render_to_response(context)


class ImportRunStatusView(ImportPermissionMixin, View):
    """JSON for the run page's refresh: status and counts only."""

    @method_decorator(never_cache)
    def get(self, request, pk):
        return JsonResponse(run_progress(get_object_or_404(ImportRun, pk=pk)))
