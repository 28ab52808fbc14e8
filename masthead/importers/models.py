"""Import runs (what the admin shows) and provenance (what makes re-imports safe)."""

from django.conf import settings
from django.db import models


class ImportRun(models.Model):
    """One run of an importer, started from the admin or the command line."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        CHECKING = "checking", "Checking the file"
        IMPORTING = "importing", "Importing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    source_name = models.CharField(max_length=20)  # a reader's ``source_name``
    # The uploaded export, kept outside MEDIA_ROOT: it holds drafts and emails.
    file_path = models.CharField(max_length=500, blank=True)
    original_filename = models.CharField(max_length=255, blank=True)
    options = models.JSONField(default=dict, blank=True)
    dry_run = models.BooleanField(default=False)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    # ImportSummary.as_dict(): counts, failures and conflicts with their reasons.
    summary = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)  # why a FAILED run failed

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.source_name} import of {self.original_filename or 'a file'}"


class ImportedRecord(models.Model):
    """Where an imported page or image came from.

    ``source`` names the old site (e.g. ``wordpress:https://old.example``) and
    ``source_id`` the item within it, so importing the same file again finds what
    it made. ``revision`` is the revision the import last wrote: a later revision
    means an editor has changed the page, and the import leaves it alone.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        PAGE = "page", "Page"
        AUTHOR = "author", "Author"
        SECTION = "section", "Section"
        IMAGE = "image", "Image"

    source = models.CharField(max_length=255)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    source_id = models.CharField(max_length=500)
    content_hash = models.CharField(max_length=64, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    run = models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "source_id"], name="unique_import_source"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.source_id} from {self.source}"
