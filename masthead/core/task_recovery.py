"""Running again the tasks of database-queue workers that died mid-task.

django-tasks' database worker claims a task by marking its row RUNNING under its
worker id. A worker killed outright (SIGKILL, the OOM killer, a power cut) leaves
the row RUNNING for ever, and the task never runs. ``manage.py worker`` beats a
heartbeat under that same id (core/heartbeats.py); once a worker's heartbeat is
older than HEALTH_HEARTBEAT_MAX_AGE, each of its RUNNING rows is marked FAILED
(``WorkerLost``) and the task is enqueued again, until it has been started
TASK_MAX_ATTEMPTS times (a task that kills its worker must not do so for ever).
The scheduler does this on every pass, and each worker when it starts.

So a task may run twice, and every task is written to allow it: a newsletter
send resumes from its delivery ledger without a second copy to anyone, a
confirmation mail is sent only while the subscriber is still pending, renditions
and index updates are idempotent, an import run already started does nothing.

Rows claimed by a worker that beats no heartbeat (a bare ``db_worker``) are left
alone: nothing says whether it still runs. RQ needs none of this: it moves the
job of a dead worker to its failed-job registry itself.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from masthead.core.heartbeats import stale_before
from masthead.core.models import Heartbeat

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """The worker running the task stopped beating its heartbeat (it died)."""


WORKER_LOST = f"{WorkerLost.__module__}.{WorkerLost.__qualname__}"


def retry_tasks_of_lost_workers(now=None):
    """Fail and enqueue again the RUNNING tasks of silent workers; returns the
    ids of the new task results."""
    now = now or timezone.now()
    lost = {
        heartbeat.process_id: heartbeat
        for heartbeat in Heartbeat.objects.filter(
            role=Heartbeat.Role.WORKER, seen_at__lt=stale_before(now)
        )
    }
    if not lost:
        return []
    retried = []
    # Few rows are RUNNING at any time (one per worker).
    for row in DBTaskResult.objects.running():
        worker = lost.get(row.worker_ids[-1] if row.worker_ids else None)
        if worker is not None:
            new_id = _fail_and_retry(row, worker, now)
            if new_id is not None:
                retried.append(new_id)
    return retried


def _fail_and_retry(row, worker, now):
    attempts = len(row.worker_ids)
    with transaction.atomic():
        # Conditional: another scheduler or worker may have got here first, or
        # the worker was alive after all and finished the task.
        failed = DBTaskResult.objects.filter(
            pk=row.pk, status=row.status, started_at=row.started_at
        ).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            return_value=None,
            exception_class_path=WORKER_LOST,
            traceback=(
                f"WorkerLost: worker {worker.process_id} (pid {worker.pid} on "
                f"{worker.host}) has not been heard from since "
                f"{worker.seen_at.isoformat()}; it was presumed dead while running "
                f"this task (attempt {attempts} of {settings.TASK_MAX_ATTEMPTS}).\n"
            ),
        )
        if not failed:
            return None
        if attempts >= settings.TASK_MAX_ATTEMPTS:
            logger.error(
                "Task %s (%s) was left failed: its worker died on each of %s attempts",
                row.pk,
                row.task_path,
                attempts,
            )
            return None
        try:
            result = row.task.enqueue(
                *row.args_kwargs["args"], **row.args_kwargs["kwargs"]
            )
        except Exception:
            logger.exception(
                "Task %s (%s) could not be enqueued again", row.pk, row.task_path
            )
            return None
        # The workers that started it before: how attempts are counted.
        DBTaskResult.objects.filter(pk=result.id).update(worker_ids=row.worker_ids)
    logger.warning(
        "Task %s (%s) was running on worker %s, which died; enqueued again as %s",
        row.pk,
        row.task_path,
        worker.process_id,
        result.id,
    )
    return result.id
