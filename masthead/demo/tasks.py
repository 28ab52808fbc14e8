"""Background work after loading the demo magazine."""

from django_tasks import task
from wagtail.images import get_image_model


@task()
def make_reader_renditions(image_ids_by_kind):
    """Encode every rendition the reader pages will ask for (AVIF is slow)."""
    from masthead.demo.loader import reader_rendition_specs

    model = get_image_model()
    count = 0
    for kind, ids in image_ids_by_kind.items():
        specs = reader_rendition_specs(kind)
        for image in model.objects.filter(pk__in=ids):
            # One read of the original for all of an image's renditions.
            count += len(image.get_renditions(*specs))
    return count
