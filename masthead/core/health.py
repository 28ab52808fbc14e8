"""What /healthz checks: the database, the caches, the scheduler, each task
queue's workers and its backlog.

Each check answers a dict with a ``status``: "ok", or what is wrong ("fail",
"stale", "missing", "late"). Load balancers call /healthz often, so the whole
report is a handful of queries and cache round trips: one for the database, one
for every heartbeat, one for the backlog of the database queue (or two Redis
calls per RQ queue), a write and a read per cache.
"""

import secrets
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import Case, Count, F, Min, Q, When
from django.db.models.functions import Greatest
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from masthead.core.models import Heartbeat

OK = "ok"
CHECKS = ("database", "cache", "scheduler", "workers", "task_backlog")


def report(names=CHECKS):
    """{"status": "ok" or "fail", "checks": {name: {"status": ..., ...}}}."""
    now = timezone.now()
    checks = {}
    if "database" in names:
        checks["database"] = _guarded(database)
    if "cache" in names:
        checks["cache"] = _guarded(cache)
    if checks.get("database", {"status": OK})["status"] == OK:
        heartbeats = None
        if {"scheduler", "workers"} & set(names):
            heartbeats = _guarded(lambda: list(Heartbeat.objects.all()))
        if "scheduler" in names:
            checks["scheduler"] = _guarded(scheduler, heartbeats, now)
        if "workers" in names:
            checks["workers"] = _guarded(workers, heartbeats, now)
        if "task_backlog" in names:
            checks["task_backlog"] = _guarded(task_backlog, now)
    else:
        unknown = {"status": "fail", "error": "the database cannot be reached"}
        for name in ("scheduler", "workers", "task_backlog"):
            if name in names:
                checks[name] = unknown
    healthy = all(check["status"] == OK for check in checks.values())
    return {"status": OK if healthy else "fail", "checks": checks}


def _guarded(check, *args):
    """The check's answer, or a failure naming the error (never a 500)."""
    try:
        for arg in args:
            if isinstance(arg, dict) and arg.get("status") == "fail":
                return arg  # what it needed failed already
        return check(*args)
    except Exception as error:
        return {"status": "fail", "error": f"{type(error).__name__}: {error}"}


def database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"status": OK}


def cache():
    """Write and read back a value in each cache (Redis errors are swallowed by
    the cache backend, so a failed write shows only as a missed read)."""
    failed = []
    for alias in ("default", "pages"):
        key, value = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
        backend = caches[alias]
        backend.set(key, value, timeout=10)
        if backend.get(key) != value:
            failed.append(alias)
        backend.delete(key)
    if failed:
        return {"status": "fail", "error": f"cannot store values in {failed}"}
    return {"status": OK}


def _age(moment, now):
    return round((now - moment).total_seconds(), 1) if moment else None


def _freshness(seen_at, now, **details):
    max_age = settings.HEALTH_HEARTBEAT_MAX_AGE
    if seen_at is None:
        status = "missing"
    elif (now - seen_at).total_seconds() > max_age:
        status = "stale"
    else:
        status = OK
    return {
        "status": status,
        **details,
        "seconds_since_heartbeat": _age(seen_at, now),
        "max_age_seconds": max_age,
    }


def scheduler(heartbeats, now):
    seen = [h.seen_at for h in heartbeats if h.role == Heartbeat.Role.SCHEDULER]
    return _freshness(max(seen, default=None), now)


def _backend():
    return task_backends[DEFAULT_TASK_BACKEND_ALIAS]


def _is_database_queue():
    return isinstance(_backend(), DatabaseBackend)


def _runs_tasks_in_process():
    backend = _backend()
    return not (isinstance(backend, DatabaseBackend) or _is_rq(backend))


def _is_rq(backend):
    return type(backend).__name__ == "RQBackend"


def workers(heartbeats, now):
    """Per queue: how many workers beat recently, and the freshest beat."""
    if _runs_tasks_in_process():
        return {"status": OK, "detail": "tasks run in the web process"}
    cutoff = now.timestamp() - settings.HEALTH_HEARTBEAT_MAX_AGE
    queues = {}
    for queue in settings.TASK_QUEUES:
        seen = [
            h.seen_at
            for h in heartbeats
            if h.role == Heartbeat.Role.WORKER and queue in h.queues
        ]
        alive = sum(1 for moment in seen if moment.timestamp() >= cutoff)
        queues[queue] = _freshness(max(seen, default=None), now, workers=alive)
    statuses = {check["status"] for check in queues.values()}
    return {"status": OK if statuses == {OK} else _worst(statuses), "queues": queues}


def _worst(statuses):
    for status in ("fail", "missing", "stale", "late"):
        if status in statuses:
            return status
    return OK


def task_backlog(now):
    """Per queue: tasks due now, how many have waited past the queue's limit
    (HEALTH_TASK_WAIT_LIMITS), and how long the oldest has waited."""
    backend = _backend()
    if _runs_tasks_in_process():
        return {"status": OK, "detail": "tasks run in the web process"}
    if isinstance(backend, DatabaseBackend):
        waits = _database_waits(backend, now)
    else:
        waits = {queue: _rq_waits(queue, now) for queue in settings.TASK_QUEUES}
    queues = {}
    for queue in settings.TASK_QUEUES:
        ready, late, oldest = waits.get(queue, (0, 0, None))
        queues[queue] = {
            "status": "late" if late else OK,
            "ready": ready,
            "late": late,
            "oldest_seconds": _age(oldest, now),
            "limit_seconds": settings.HEALTH_TASK_WAIT_LIMITS[queue],
        }
    late = any(check["late"] for check in queues.values())
    return {"status": "late" if late else OK, "queues": queues}


def _database_waits(backend, now):
    """{queue: (due, late, waiting since)} in one query."""
    # Due since its run_after (if it has one, and it came after the enqueueing).
    due_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")),
        default=Greatest("run_after", "enqueued_at"),
    )
    late = Q()
    for queue, seconds in settings.HEALTH_TASK_WAIT_LIMITS.items():
        cutoff = now - timedelta(seconds=seconds)
        late |= Q(queue_name=queue, due_since__lt=cutoff)
    rows = (
        DBTaskResult.objects.ready()
        .filter(backend_name=backend.alias)
        .annotate(due_since=due_since)
        .values("queue_name")
        .annotate(
            ready=Count("pk"), late=Count("pk", filter=late), oldest=Min("due_since")
        )
    )
    return {r["queue_name"]: (r["ready"], r["late"], r["oldest"]) for r in rows}


def _rq_waits(queue_name, now):
    """(due, late, waiting since) of an RQ queue. A queue is a list in the order
    jobs were enqueued, so the late ones are a prefix: found by bisection."""
    import django_rq

    queue = django_rq.get_queue(queue_name)
    ready = queue.count
    if not ready:
        return 0, 0, None
    cutoff = now.timestamp() - settings.HEALTH_TASK_WAIT_LIMITS[queue_name]

    def enqueued_at(index):
        job_id = queue.connection.lindex(queue.key, index)
        if job_id is None:
            return None
        key = queue.job_class.key_for(job_id.decode())
        raw = queue.connection.hget(key, "enqueued_at")
        if not raw:
            return None
        moment = datetime.fromisoformat(raw.decode().replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    oldest = enqueued_at(0)
    if oldest is None or oldest.timestamp() >= cutoff:
        return ready, 0, oldest
    low, high = 1, ready  # the first index enqueued after the cutoff
    while low < high:
        middle = (low + high) // 2
        moment = enqueued_at(middle)
        if moment is not None and moment.timestamp() >= cutoff:
            high = middle
        else:
            low = middle + 1
    return ready, low, oldest
