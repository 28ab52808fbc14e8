import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


class Command(BaseCommand):
    help = (
        "Run time-based jobs in a loop: publish and unpublish pages whose scheduled "
        "time has come. `bin/serve` starts it beside the web server and worker."
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
        while self.running:
            close_old_connections()
            call_command("publish_scheduled", verbosity=0)
            if once:
                break
            deadline = time.monotonic() + interval
            while self.running and time.monotonic() < deadline:
                time.sleep(0.5)

    def stop(self, *args):
        self.running = False
