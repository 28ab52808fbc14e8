"""Admin pages of the core app: the report of images that need alt text."""

from django.db.models import Q
from django.urls import reverse
from wagtail.admin.views.reports import ReportView
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex
from wagtail.permissions import policy_registry


def images_needing_alt_text():
    """Images whose alt text is empty (imports save them so; editors fix them)."""
    return (
        get_image_model()
        .objects.filter(Q(alt_text="") | Q(alt_text__regex=r"^\s+$"))
        .order_by("-created_at", "-pk")
    )


class ImagesNeedingAltTextView(ReportView):
    page_title = "Images needing alt text"
    header_icon = "image"
    template_name = "core/admin/alt_text_report.html"
    results_template_name = "core/admin/alt_text_report_results.html"
    index_url_name = "masthead_alt_text_report"
    index_results_url_name = "masthead_alt_text_report_results"
    permission_required = "change"

    @property
    def permission_policy(self):
        return policy_registry.get_by_type(get_image_model())

    no_results_message = "Every image has alt text."
    list_export = ["title", "credit", "created_at"]
    export_headings = {"title": "Title", "credit": "Credit", "created_at": "Added"}

    def get_filename(self):
        return "images-needing-alt-text"

    def get_queryset(self):
        return images_needing_alt_text()

    def decorate_paginated_queryset(self, object_list):
        """Each image on the page gets ``uses`` and ``edit_url`` (one query in all)."""
        images = list(object_list)
        uses = {}
        if images:
            content_type = ReferenceIndex._get_base_content_type(get_image_model())
            rows = (
                ReferenceIndex.objects.filter(
                    to_content_type=content_type,
                    to_object_id__in=[str(image.pk) for image in images],
                )
                .values_list("to_object_id", "base_content_type_id", "object_id")
                .distinct()
            )
            for image_id, *_ in rows:
                uses[image_id] = uses.get(image_id, 0) + 1
        for image in images:
            image.uses = uses.get(str(image.pk), 0)
            image.edit_url = reverse("wagtailimages:edit", args=[image.pk])
        return images
