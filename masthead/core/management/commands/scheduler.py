import logging
import signal
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone
from wagtail import hooks

from masthead.core import heartbeats
from masthead.core.models import Heartbeat

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run time-based jobs in a loop: publish and unpublish pages whose time has "
        "come, draft the weekly round-up, start newsletter issues scheduled to go "
        "out. `bin/serve` starts it beside the web server and worker; run one per "
        "site. Apps add jobs with the Wagtail hook `register_scheduled_job`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30.0)
        parser.add_argument(
            "--once", action="store_true", help="Run one pass and exit."
        )

    def handle(self, *args, interval, once, **options):
        self.running = True
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.process_id = heartbeats.new_process_id()
        self.started_at = timezone.now()
        while self.running:
            self.beat()
            # One job failing does not stop the others or the loop.
            for job in hooks.get_hooks("register_scheduled_job"):
                try:
                    job()
                except Exception:
                    logger.exception("Scheduled job %s failed", job.__name__)
            if once:
                break
            deadline = time.monotonic() + interval
            while self.running and time.monotonic() < deadline:
                time.sleep(0.5)
                # From the loop itself, never from a thread: a job that hangs
                # stops the heartbeat, and /healthz says so.
                if time.monotonic() - self.last_beat >= settings.HEARTBEAT_INTERVAL:
                    self.beat()
            # Long-lived process: drop connections the database may have closed.
            close_old_connections()

    def beat(self):
        self.last_beat = time.monotonic()
        try:
            heartbeats.beat(
                self.process_id, Heartbeat.Role.SCHEDULER, (), self.started_at
            )
        except Exception:
            logger.exception("Could not record the scheduler's heartbeat")

    def stop(self, *args):
        self.running = False
