"""Heartbeats of the background processes, kept in the database.

The database, not the cache: without Redis each process has a cache of its own,
and /healthz in a web process must see what the scheduler and the workers wrote.

The scheduler beats once per pass of its loop, so a hung job makes it go stale.
A worker beats from a thread of its own (``HeartbeatThread``), so a worker busy
with a long task (a rendition, a newsletter send, an import) is still seen alive;
whether tasks get taken is the backlog's part of /healthz.
"""

import logging
import os
import secrets
import socket
import threading
from datetime import timedelta

from django.conf import settings
from django.db import connections
from django.utils import timezone

from masthead.core.models import Heartbeat

logger = logging.getLogger(__name__)

# Heartbeats of processes that stopped this long ago are deleted.
FORGET_AFTER = timedelta(days=7)


def new_process_id():
    """Unique across machines and restarts; at most 64 characters (db_worker's
    limit for a worker id)."""
    host = socket.gethostname()[:40]
    return f"{host}-{os.getpid()}-{secrets.token_hex(4)}"


def beat(process_id, role, queues=(), started_at=None):
    """Record that the process is alive now."""
    now = timezone.now()
    updated = Heartbeat.objects.filter(process_id=process_id).update(seen_at=now)
    if not updated:
        Heartbeat.objects.create(
            process_id=process_id,
            role=role,
            queues=list(queues),
            host=socket.gethostname()[:255],
            pid=os.getpid(),
            started_at=started_at or now,
            seen_at=now,
        )


def stale_before(now=None):
    """Processes last seen before this moment are stale (presumed dead)."""
    return (now or timezone.now()) - timedelta(
        seconds=settings.HEALTH_HEARTBEAT_MAX_AGE
    )


def forget_stopped_processes(now=None):
    """Delete the heartbeats of processes gone for a week (run by the scheduler,
    after task_recovery has dealt with their tasks)."""
    cutoff = (now or timezone.now()) - FORGET_AFTER
    Heartbeat.objects.filter(seen_at__lt=cutoff).delete()


class HeartbeatThread(threading.Thread):
    """Beats every HEARTBEAT_INTERVAL seconds while the process lives."""

    def __init__(self, process_id, role, queues):
        super().__init__(name="heartbeat", daemon=True)
        self.process_id, self.role, self.queues = process_id, role, list(queues)
        self.started_at = timezone.now()
        self.stopping = threading.Event()

    def beat(self):
        try:
            beat(self.process_id, self.role, self.queues, self.started_at)
        except Exception:
            # A database that is briefly away must not end the worker; /healthz
            # shows the heartbeat going stale if it stays away.
            logger.exception("Could not record the heartbeat of %s", self.process_id)
        finally:
            # Hold no connection between beats: RQ forks a process per task,
            # and a forked child must not share a live connection with us.
            connections.close_all()

    def run(self):
        while not self.stopping.wait(settings.HEARTBEAT_INTERVAL):
            self.beat()

    def stop(self):
        self.stopping.set()
