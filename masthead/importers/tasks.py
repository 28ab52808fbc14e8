"""The admin's imports, run by the background worker (django-tasks).

The worker processes run them: ``manage.py worker --queue default`` (the
database queue without REDIS_URL, RQ with it; ``bin/serve`` starts it).
"""

import logging
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from masthead.importers.errors import ImportFileError
from masthead.importers.formats import FORMATS
from masthead.importers.models import ImportRun
from masthead.importers.pipeline import run_import

logger = logging.getLogger(__name__)


def enqueue_import(run):
    """Hand ``run`` to the worker once the transaction that made it commits."""
    transaction.on_commit(lambda: run_import_task.enqueue(run.pk))


@task()
def run_import_task(run_id):
    """Run a queued ImportRun; a second delivery of the same task does nothing."""
    claimed = ImportRun.objects.filter(
        pk=run_id, status=ImportRun.Status.QUEUED
    ).update(status=ImportRun.Status.CHECKING, started_at=timezone.now())
    if not claimed:
        return None
    run = ImportRun.objects.get(pk=run_id)
    path = Path(run.file_path)
    try:
        return _run(run, path)
    finally:
        # The export holds drafts and emails: it goes as soon as it is read.
        path.unlink(missing_ok=True)
        ImportRun.objects.filter(pk=run_id).update(file_path="")


def _run(run, path):
    try:
        fmt = FORMATS[run.source_name]
        reader_class = fmt.reader_class()
        if reader_class is None:
            raise ImportFileError(f"This installation cannot read {fmt.label} files.")
        options = run.options or {}
        reader = reader_class(path, **options.get("reader", {}))
        summary = run_import(
            reader,
            dry_run=run.dry_run,
            categories=options.get("categories", "sections"),
            default_section=options.get("default_section") or None,
            run=run,
        )
    except ImportFileError as error:
        _fail(run, str(error))
        return None
    except Exception as error:
        logger.exception("Import run %s stopped", run.pk)
        _fail(
            run,
            "The import stopped unexpectedly "
            f"({type(error).__name__}: {error}). Items imported before this "
            "point were kept; importing the file again continues where it stopped.",
        )
        return None
    return summary.processed


def _fail(run, message):
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.FAILED, error=message, finished_at=timezone.now()
    )
