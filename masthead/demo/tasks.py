"""Background work after loading the demo magazine: the reader pages' renditions."""

from django_tasks import task, task_backends
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from masthead.syndication.metadata import SHARE_IMAGE_SPEC

# The renditions reader pages ask for, spelled as in the templates' {% picture %} and
# {% image %} tags (plus the share image in each page's metadata). The demo makes
# them right after loading, because encoding AVIF takes a while and the first reader
# should not wait for it. tests/core/test_pictures.py checks that rendering the
# pages after a load makes no new rendition, so a template change that is not
# mirrored here fails a test.
READER_RENDITIONS = {
    "top": (
        # Article page, front-page lead, river teasers (the first two sizes).
        "format-{avif,webp,jpeg} fill-{480x270,800x450,1200x675}",
        # Story cards in the front page's slots and in listings.
        "format-{avif,webp,jpeg} fill-{320x180,640x360}",
        SHARE_IMAGE_SPEC,
    ),
    "body": ("format-{avif,webp,jpeg} width-{480,800,1200}",),
    "portrait": (
        "format-{avif,webp,jpeg} fill-{160x160,320x320}",  # author page header
        "fill-96x96|format-webp",  # bios under stories, list of writers
        SHARE_IMAGE_SPEC,
    ),
}


def reader_rendition_specs(kind):
    """Every single filter spec the pages use for one kind of image."""
    return [
        expanded
        for pattern in READER_RENDITIONS[kind]
        for expanded in Filter.expand_spec(pattern)
    ]


# Below the default queue's other tasks (an editor's import, a newsletter send),
# one image per task: they wait for one image at most. Confirmation mail has a
# queue and a worker of its own (settings.TASK_QUEUES).
BACKGROUND_PRIORITY = -50


@task()
def make_image_renditions(kind, image_id):
    """Encode the renditions reader pages ask for of one image (AVIF is slow)."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    # One read of the original for all of the image's renditions.
    return len(image.get_renditions(*reader_rendition_specs(kind)))


def enqueue_reader_renditions(image_ids_by_kind):
    per_image = make_image_renditions
    # RQ has no priorities (one task per image still lets mail in between).
    if task_backends[per_image.backend].supports_priority:
        per_image = per_image.using(priority=BACKGROUND_PRIORITY)
    for kind, ids in image_ids_by_kind.items():
        for image_id in ids:
            per_image.enqueue(kind, image_id)
