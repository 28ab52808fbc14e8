"""The admin's publish path for stories: no image without alt text goes live."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from wagtail import hooks

from masthead.articles.models import ArticlePage


def images_lacking_alt_text(page):
    """The top image and body images of ``page`` whose alt text is empty."""
    images = [page.top_image] if page.top_image_id else []
    for block in page.body:
        if block.block_type == "image" and block.value and block.value.get("image"):
            images.append(block.value["image"])
    lacking = {}
    for image in images:
        if image is not None and not (image.alt_text or "").strip():
            lacking[image.pk] = image
    return list(lacking.values())


@hooks.register("before_publish_page")
def refuse_publishing_images_without_alt_text(request, page):
    """Checked here, in the editor's publish action, and not in the model's clean():
    imports save revisions of archive stories whose photos have no alt text yet.

    Wagtail runs this after saving the new revision, so the editor's changes are
    kept as a draft; the page is not published.
    """
    page = page.specific
    if not isinstance(page, ArticlePage):
        return None
    lacking = images_lacking_alt_text(page)
    if not lacking:
        return None
    if page.live and page.last_published_at is None:
        # A new page: Wagtail's create view adds it live, expecting to publish it.
        type(page).objects.filter(pk=page.pk).update(
            live=False, has_unpublished_changes=True
        )
    messages.error(
        request,
        format_html(
            "Not published: readers who cannot see photos need alt text, and {} "
            "in this story {} none. Your changes are saved as a draft. Add alt "
            "text to: {}",
            "an image" if len(lacking) == 1 else f"{len(lacking)} images",
            "has" if len(lacking) == 1 else "have",
            format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                (
                    (
                        reverse("wagtailimages:edit", args=[image.pk]),
                        image.title or f"image {image.pk}",
                    )
                    for image in lacking
                ),
            ),
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
