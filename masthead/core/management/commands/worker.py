from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend

from masthead.core import heartbeats, task_recovery
from masthead.core.models import Heartbeat


class Command(BaseCommand):
    help = (
        "Run a background worker for the given task queues: django-tasks' database "
        "worker (db_worker) without REDIS_URL, an RQ worker with it. It records a "
        "heartbeat for /healthz, and at start retries the tasks of database-queue "
        "workers that died. `bin/serve` starts one per queue (urgent, default)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue",
            action="append",
            dest="queues",
            choices=settings.TASK_QUEUES,
            help="A queue to take tasks from (repeat for several; default: all).",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds between looks at an empty database queue.",
        )

    def handle(self, *args, queues, interval, verbosity, **options):
        queues = queues or list(settings.TASK_QUEUES)
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        is_database = isinstance(backend, DatabaseBackend)
        is_rq = type(backend).__name__ == "RQBackend"
        if not (is_database or is_rq):
            raise CommandError(
                f"The task backend {type(backend).__name__} runs no worker process."
            )

        process_id = heartbeats.new_process_id()
        heartbeat = heartbeats.HeartbeatThread(
            process_id, Heartbeat.Role.WORKER, queues
        )
        heartbeat.beat()
        heartbeat.start()
        if is_database:
            task_recovery.retry_tasks_of_lost_workers()
            # Its worker id is the heartbeat's: a task row names who claimed it.
            call_command(
                "db_worker",
                queue_name=",".join(queues),
                interval=interval,
                worker_id=process_id,
                reload=False,
                verbosity=verbosity,
            )
        else:
            call_command(
                "rqworker",
                *queues,
                job_class="django_tasks_rq.Job",
                # Moves deferred tasks (run_after) to their queue when due.
                with_scheduler=True,
                verbosity=verbosity,
            )
        heartbeat.stop()
