"""Tasks left RUNNING by a database-queue worker that died are failed and run
again (core/task_recovery.py), at most TASK_MAX_ATTEMPTS starts in all.

Rows and heartbeats are set up here as a dead worker leaves them; the worker
actually killed with SIGKILL is in e2e/test_background_work.py.
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from masthead.core.models import Heartbeat
from masthead.core.task_recovery import WORKER_LOST, retry_tasks_of_lost_workers
from tests.core.background_tasks import record_call

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("database_queue"),
]


@pytest.fixture
def database_queue(settings):
    settings.HEALTH_HEARTBEAT_MAX_AGE = 60
    settings.TASK_MAX_ATTEMPTS = 3
    with override_settings(
        TASKS={
            "default": {
                "BACKEND": "django_tasks_db.DatabaseBackend",
                "QUEUES": ["urgent", "default"],
            }
        }
    ):
        yield


def worker(process_id, seconds_ago):
    now = timezone.now()
    return Heartbeat.objects.create(
        process_id=process_id,
        role=Heartbeat.Role.WORKER,
        queues=["urgent"],
        host="worker-host",
        pid=4242,
        started_at=now - timedelta(hours=1),
        seen_at=now - timedelta(seconds=seconds_ago),
    )


def running_task(*worker_ids, label="mail"):
    """A task claimed by the last of ``worker_ids`` (earlier ones tried before)."""
    result = record_call.using(queue_name="urgent", priority=5).enqueue(label)
    row = DBTaskResult.objects.get(pk=result.id)
    row.worker_ids = list(worker_ids[:-1])
    row.save()
    row.claim(worker_ids[-1])
    return row


def test_the_task_of_a_silent_worker_is_failed_and_enqueued_again():
    worker("dead", seconds_ago=61)
    row = running_task("dead")

    (new_id,) = retry_tasks_of_lost_workers()

    row.refresh_from_db()
    assert row.status == "FAILED"
    assert row.exception_class_path == WORKER_LOST
    assert "worker dead (pid 4242 on worker-host)" in row.traceback
    assert row.finished_at is not None
    retry = DBTaskResult.objects.get(pk=new_id)
    assert retry.status == "READY"
    assert retry.task_path == row.task_path
    assert retry.args_kwargs == {"args": ["mail"], "kwargs": {}}
    assert (retry.queue_name, retry.priority) == ("urgent", 5)
    assert retry.worker_ids == ["dead"]  # the attempts so far


def test_a_worker_still_beating_keeps_its_task():
    worker("busy", seconds_ago=59)
    row = running_task("busy")

    assert retry_tasks_of_lost_workers() == []

    row.refresh_from_db()
    assert row.status == "RUNNING"
    assert DBTaskResult.objects.count() == 1


def test_a_worker_without_heartbeats_is_left_alone():
    # A bare db_worker: nothing says it has died.
    row = running_task("bare-db-worker")

    assert retry_tasks_of_lost_workers() == []

    row.refresh_from_db()
    assert row.status == "RUNNING"


def test_a_task_that_keeps_killing_its_worker_is_left_failed(caplog):
    for name in ("first", "second", "third"):
        worker(name, seconds_ago=600)
    row = running_task("first", "second", "third")

    assert retry_tasks_of_lost_workers() == []

    row.refresh_from_db()
    assert row.status == "FAILED"
    assert "attempt 3 of 3" in row.traceback
    assert DBTaskResult.objects.count() == 1
    assert "its worker died on each of 3 attempts" in caplog.text


def test_the_retry_of_a_retry_counts_both_attempts():
    worker("first", seconds_ago=600)
    worker("second", seconds_ago=600)
    row = running_task("first", "second")

    (new_id,) = retry_tasks_of_lost_workers()

    assert DBTaskResult.objects.get(pk=new_id).worker_ids == ["first", "second"]
    row.refresh_from_db()
    assert "attempt 2 of 3" in row.traceback


def test_a_task_is_retried_once_however_often_recovery_runs():
    worker("dead", seconds_ago=61)
    running_task("dead")

    assert len(retry_tasks_of_lost_workers()) == 1
    assert retry_tasks_of_lost_workers() == []
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_the_scheduler_retries_them_on_each_pass():
    worker("dead", seconds_ago=61)
    row = running_task("dead")

    call_command("scheduler", once=True)

    row.refresh_from_db()
    assert row.status == "FAILED"
    assert DBTaskResult.objects.filter(status="READY", worker_ids=["dead"]).exists()


def test_the_scheduler_forgets_processes_gone_for_a_week():
    worker("long-gone", seconds_ago=8 * 24 * 3600)
    worker("yesterday", seconds_ago=24 * 3600)

    call_command("scheduler", once=True)

    remaining = set(Heartbeat.objects.values_list("process_id", flat=True))
    assert "long-gone" not in remaining
    assert "yesterday" in remaining
