"""Search and reference indexes for the pages an import wrote, after the run.

An import turns per-page indexing off (``pipeline.deferred_side_effects``) and
hands the ids to ``index_imported_pages``, a background task: measured, indexing
on the way was about a third of a bulk import's time. The worker indexes them in
chunks, with the related rows (tags, authors) prefetched once per chunk.
"""

from django.apps import apps
from django.db import transaction
from django_tasks import task
from wagtail.models import ReferenceIndex

CHUNK = 200
# Ids per task: a task stays short, and a failed one is retried on its own.
TASK_SIZE = 1000


def enqueue_indexing(touched):
    """Queue the indexing of ``touched`` ((model, pk) pairs) once the import's
    writes are committed (at once when they already are)."""
    by_model = {}
    for model, pk in touched:
        ids = by_model.setdefault(model._meta.label_lower, [])
        if pk not in ids:
            ids.append(pk)
    for label, ids in by_model.items():
        for start in range(0, len(ids), TASK_SIZE):
            chunk = ids[start : start + TASK_SIZE]
            transaction.on_commit(
                lambda label=label, chunk=chunk: index_imported_pages.enqueue(
                    label, chunk
                )
            )


@task()
def index_imported_pages(model_label, ids):
    """Add pages of one model to the search backends and the reference index."""
    from modelsearch.backends import get_search_backends

    model = apps.get_model(model_label)
    backends = list(get_search_backends(with_auto_update=True))
    indexed = 0
    for start in range(0, len(ids), CHUNK):
        pages = list(
            model.get_indexed_objects().filter(pk__in=ids[start : start + CHUNK])
        )
        for backend in backends:
            backend.add_bulk(model, pages)
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)
        indexed += len(pages)
    return indexed
