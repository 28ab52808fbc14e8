"""/healthz: the database, the caches, the scheduler's and workers' heartbeats
and the task backlog, 503 when any of them is wrong.

The heartbeats and task rows are real rows in the test database; the processes
that write them for real are in e2e/test_background_work.py.
"""

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from masthead.core.models import Heartbeat
from tests.core.background_tasks import record_call

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["urgent", "default"],
    }
}


def heartbeat(role, seconds_ago, queues=(), process_id=None):
    now = timezone.now()
    return Heartbeat.objects.create(
        process_id=process_id or f"{role}-{seconds_ago}-{len(queues)}",
        role=role,
        queues=list(queues),
        started_at=now - timedelta(hours=1),
        seen_at=now - timedelta(seconds=seconds_ago),
    )


def healthz(client, query=""):
    response = client.get(f"/healthz{query}")
    return response.status_code, response.json()


def test_all_well_with_tasks_run_in_process(client):
    call_command("scheduler", once=True)  # as bin/serve's scheduler does

    status, report = healthz(client)

    assert status == 200
    assert report["status"] == "ok"
    assert {name: check["status"] for name, check in report["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "scheduler": "ok",
        "workers": "ok",
        "task_backlog": "ok",
    }
    assert report["checks"]["workers"]["detail"] == "tasks run in the web process"


def test_no_scheduler_ever_seen_is_a_503(client):
    status, report = healthz(client)

    assert status == 503
    assert report["status"] == "fail"
    assert report["checks"]["scheduler"]["status"] == "missing"
    assert report["checks"]["database"]["status"] == "ok"


def test_a_silent_scheduler_is_stale(client, settings):
    settings.HEALTH_HEARTBEAT_MAX_AGE = 60
    heartbeat(Heartbeat.Role.SCHEDULER, seconds_ago=61)

    status, report = healthz(client)

    assert status == 503
    scheduler = report["checks"]["scheduler"]
    assert scheduler["status"] == "stale"
    assert scheduler["seconds_since_heartbeat"] >= 61
    assert scheduler["max_age_seconds"] == 60


@override_settings(TASKS=DATABASE_QUEUE)
def test_each_queue_needs_a_live_worker(client, settings):
    settings.HEALTH_HEARTBEAT_MAX_AGE = 60
    heartbeat(Heartbeat.Role.SCHEDULER, seconds_ago=1)
    heartbeat(Heartbeat.Role.WORKER, seconds_ago=2, queues=["default"])
    heartbeat(Heartbeat.Role.WORKER, seconds_ago=600, queues=["urgent"])

    status, report = healthz(client)

    assert status == 503
    queues = report["checks"]["workers"]["queues"]
    assert queues["default"]["status"] == "ok"
    assert queues["default"]["workers"] == 1
    assert queues["urgent"]["status"] == "stale"
    assert queues["urgent"]["workers"] == 0
    assert report["checks"]["workers"]["status"] == "stale"

    heartbeat(Heartbeat.Role.WORKER, seconds_ago=3, queues=["urgent", "default"])
    status, report = healthz(client)
    assert status == 200
    assert report["checks"]["workers"]["queues"]["default"]["workers"] == 2


@override_settings(TASKS=DATABASE_QUEUE)
def test_a_task_waiting_past_its_queues_limit_is_late(client, settings):
    settings.HEALTH_TASK_WAIT_LIMITS = {"urgent": 60, "default": 900}
    heartbeat(Heartbeat.Role.SCHEDULER, seconds_ago=1)
    heartbeat(Heartbeat.Role.WORKER, seconds_ago=1, queues=["urgent", "default"])
    waited = record_call.using(queue_name="urgent").enqueue("waited")
    record_call.using(queue_name="urgent").enqueue("new")
    record_call.enqueue("bulk")  # default queue: 120 s is within its limit
    record_call.using(
        queue_name="urgent", run_after=timezone.now() + timedelta(hours=1)
    ).enqueue("not due yet")
    DBTaskResult.objects.filter(pk=waited.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=120)
    )
    DBTaskResult.objects.filter(queue_name="default").update(
        enqueued_at=timezone.now() - timedelta(seconds=120)
    )

    status, report = healthz(client)

    assert status == 503
    backlog = report["checks"]["task_backlog"]
    assert backlog["status"] == "late"
    urgent, default = backlog["queues"]["urgent"], backlog["queues"]["default"]
    assert (urgent["status"], urgent["ready"], urgent["late"]) == ("late", 2, 1)
    assert urgent["oldest_seconds"] >= 120
    assert urgent["limit_seconds"] == 60
    assert (default["status"], default["ready"], default["late"]) == ("ok", 1, 0)

    # Taken by a worker: no longer waiting.
    DBTaskResult.objects.filter(pk=waited.id).update(status="RUNNING")
    assert healthz(client)[0] == 200


@override_settings(TASKS=DATABASE_QUEUE)
def test_a_deferred_task_waits_from_its_run_after(client, settings):
    settings.HEALTH_TASK_WAIT_LIMITS = {"urgent": 60, "default": 900}
    heartbeat(Heartbeat.Role.SCHEDULER, seconds_ago=1)
    heartbeat(Heartbeat.Role.WORKER, seconds_ago=1, queues=["urgent", "default"])
    # Enqueued an hour ago to run 30 s ago: due for 30 s, not late.
    result = record_call.using(
        queue_name="urgent", run_after=timezone.now() - timedelta(seconds=30)
    ).enqueue("deferred")
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timedelta(hours=1)
    )

    status, report = healthz(client)

    assert status == 200, report
    urgent = report["checks"]["task_backlog"]["queues"]["urgent"]
    assert (urgent["ready"], urgent["late"]) == (1, 0)
    assert 30 <= urgent["oldest_seconds"] < 60


def test_a_load_balancer_can_ask_for_some_checks_only(client):
    # No scheduler: the full report fails, the web server's own parts pass.
    assert healthz(client)[0] == 503

    status, report = healthz(client, "?checks=database,cache")

    assert status == 200
    assert set(report["checks"]) == {"database", "cache"}


def test_an_unknown_check_is_a_400(client):
    status, report = healthz(client, "?checks=database,disk")

    assert status == 400
    assert "disk" in report["error"]


def test_healthz_is_never_cached(client):
    call_command("scheduler", once=True)
    first = client.get("/healthz")

    assert "no-store" in first["Cache-Control"]
    assert "X-Page-Cache" not in first or first["X-Page-Cache"] != "hit"
    Heartbeat.objects.all().delete()
    assert client.get("/healthz").status_code == 503


def test_healthz_costs_a_few_queries(client, django_assert_max_num_queries):
    call_command("scheduler", once=True)
    with override_settings(TASKS=DATABASE_QUEUE):
        heartbeat(Heartbeat.Role.WORKER, seconds_ago=1, queues=["urgent", "default"])
        with django_assert_max_num_queries(3):
            assert client.get("/healthz").status_code == 200


@pytest.mark.skipif(
    not django_settings.REDIS_URL, reason="RQ: `make test-postgres` runs it"
)
def test_the_rq_backlog_counts_the_jobs_waiting_past_the_limit(client, settings):
    import django_rq
    from rq.job import Job
    from rq.utils import utcformat

    settings.HEALTH_TASK_WAIT_LIMITS = {"urgent": 60, "default": 900}
    heartbeat(Heartbeat.Role.SCHEDULER, seconds_ago=1)
    heartbeat(Heartbeat.Role.WORKER, seconds_ago=1, queues=["urgent", "default"])
    rq_backend = {
        "default": {
            "BACKEND": "django_tasks_rq.RQBackend",
            "QUEUES": ["urgent", "default"],
        }
    }
    with override_settings(TASKS=rq_backend):
        results = [
            record_call.using(queue_name="urgent").enqueue(str(n)) for n in range(7)
        ]
        # The first three have waited two minutes (a queue is in enqueue order).
        redis = django_rq.get_connection("urgent")
        two_minutes_ago = timezone.now() - timedelta(seconds=120)
        for result in results[:3]:
            redis.hset(
                Job.key_for(result.id), "enqueued_at", utcformat(two_minutes_ago)
            )

        status, report = healthz(client)

    assert status == 503
    urgent = report["checks"]["task_backlog"]["queues"]["urgent"]
    assert (urgent["status"], urgent["ready"], urgent["late"]) == ("late", 7, 3)
    assert urgent["oldest_seconds"] >= 120
    assert report["checks"]["task_backlog"]["queues"]["default"]["ready"] == 0
