"""Benchmark: send one issue to N subscribers through a local SMTP sink.

    .venv/bin/python bench/newsletter_bench.py                 # 100,000, PostgreSQL
    .venv/bin/python bench/newsletter_bench.py --subscribers 20000 \\
        --database-url sqlite:////tmp/nl-bench.sqlite3
    make bench-newsletter

What it does: creates a fresh database (PostgreSQL: drops and creates the one
named in --database-url; SQLite: a new file), migrates it, adds an issue and N
active subscribers, then times ``start_sending`` (freezing the audience) and the
sending pipeline (``sending.run_issue``, what the worker and ``send_newsletter``
run) against an SMTP sink in a separate process: a minimal asyncio server that
accepts everything (with PIPELINING), or aiosmtpd with ``--sink aiosmtpd``. It
prints messages per second, the time of each phase and peak memory, checks that
the sink saw every Message-ID exactly once, and drops the database. Gives up
after --timeout seconds (10 minutes by default).
"""

import argparse
import asyncio
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/masthead_bench"


# --- the sink (runs in its own process) ------------------------------------------


class SinkProtocol(asyncio.Protocol):
    """Just enough SMTP to accept messages quickly; records each Message-ID."""

    stats = {"connections": 0, "messages": 0, "duplicates": 0, "bytes": 0}
    seen = set()

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = bytearray()
        self.in_data = False
        self.scan_from = 0
        self.stats["connections"] += 1
        transport.write(b"220 bench-sink ESMTP\r\n")

    def data_received(self, data):
        self.buffer += data
        while self.buffer:
            if self.in_data:
                if not self._end_of_data():
                    return
                continue
            end = self.buffer.find(b"\r\n")
            if end < 0:
                return
            line = bytes(self.buffer[:end])
            del self.buffer[: end + 2]
            self._command(line)

    def _command(self, line):
        verb = line[:4].upper()
        if verb == b"EHLO":
            self.transport.write(
                b"250-bench-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            )
        elif verb == b"DATA":
            self.in_data, self.scan_from = True, 0
            self.transport.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        elif verb == b"QUIT":
            self.transport.write(b"221 Bye\r\n")
            self.transport.close()
        else:  # HELO, MAIL, RCPT, RSET, NOOP
            self.transport.write(b"250 OK\r\n")

    def _end_of_data(self):
        if self.buffer.startswith(b".\r\n"):
            message, consumed = b"", 3
        else:
            end = self.buffer.find(b"\r\n.\r\n", max(self.scan_from - 4, 0))
            if end < 0:
                self.scan_from = len(self.buffer)
                return False
            message, consumed = bytes(self.buffer[: end + 2]), end + 5
        del self.buffer[:consumed]
        self.in_data = False
        self._accept(message)
        self.transport.write(b"250 OK queued\r\n")
        return True

    def _accept(self, message):
        start = message.find(b"\r\nMessage-ID: ")
        message_id = b""
        if start >= 0:
            stop = message.find(b"\r\n", start + 2)
            message_id = message[start + 14 : stop]
        self.stats["messages"] += 1
        self.stats["bytes"] += len(message)
        if message_id in self.seen:
            self.stats["duplicates"] += 1
        self.seen.add(message_id)


def serve_sink(port_file, stats_file):
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(
        loop.create_server(SinkProtocol, "127.0.0.1", 0, backlog=64)
    )
    Path(port_file).write_text(str(server.sockets[0].getsockname()[1]))

    def stop(*_):
        stats = dict(SinkProtocol.stats, unique=len(SinkProtocol.seen))
        Path(stats_file).write_text(json.dumps(stats))
        loop.stop()

    loop.add_signal_handler(signal.SIGTERM, stop)
    loop.run_forever()


def serve_aiosmtpd(port_file, stats_file):
    sys.path.insert(0, str(REPO))
    from tests.newsletter.smtp_sink import SmtpSink

    sink = SmtpSink(keep_data=False, advertise_pipelining=True).start()
    Path(port_file).write_text(str(sink.port))

    def stop(*_):
        ids = sink.message_ids()
        stats = {
            "connections": sink.connections,
            "messages": len(ids),
            "unique": len(set(ids)),
            "duplicates": len(ids) - len(set(ids)),
        }
        Path(stats_file).write_text(json.dumps(stats))
        sink.stop()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    while True:
        time.sleep(3600)


# --- the benchmark ----------------------------------------------------------------


def start_sink(kind, workdir):
    port_file, stats_file = workdir / "sink.port", workdir / "sink.json"
    process = subprocess.Popen(
        [sys.executable, __file__, f"--serve-{kind}", str(port_file), str(stats_file)],
        cwd=REPO,
    )
    deadline = time.monotonic() + 30
    while not port_file.exists() or not port_file.read_text():
        if time.monotonic() > deadline or process.poll() is not None:
            raise SystemExit("The SMTP sink did not start.")
        time.sleep(0.05)
    return process, int(port_file.read_text()), stats_file


def stop_sink(process, stats_file):
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    return json.loads(stats_file.read_text()) if stats_file.exists() else {}


def fresh_database(url):
    if url.startswith("sqlite:"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return lambda: [
            Path(f"{path}{s}").unlink(missing_ok=True) for s in ("", "-wal", "-shm")
        ]
    import psycopg

    base, _, name = url.rpartition("/")
    admin_url = base.replace("postgres://", "postgresql://", 1) + "/postgres"

    def admin(sql):
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql)

    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{name}"')
    return lambda: admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


SETTINGS = textwrap.dedent(
    """
    import os
    from masthead.settings.test import *  # noqa: F403

    ROOT_URLCONF = "tests.newsletter.link_urls"
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "127.0.0.1"
    EMAIL_PORT = int(os.environ["BENCH_SINK_PORT"])
    EMAIL_USE_TLS = False
    EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
    DEFAULT_FROM_EMAIL = "newsletter@example.org"
    BASE_URL = WAGTAILADMIN_BASE_URL = "https://magazine.example"
    """
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--sink", choices=["fast", "aiosmtpd"], default="fast")
    parser.add_argument("--batch-size", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--keep", action="store_true", help="Keep the database.")
    parser.add_argument(
        "--profile", action="store_true", help="Print where the sender's time goes."
    )
    parser.add_argument("--serve-fast", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--serve-aiosmtpd", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fast:
        return serve_sink(*args.serve_fast)
    if args.serve_aiosmtpd:
        return serve_aiosmtpd(*args.serve_aiosmtpd)

    def give_up(*_):
        raise SystemExit(f"Benchmark aborted after {args.timeout:.0f} s.")

    signal.signal(signal.SIGALRM, give_up)
    signal.alarm(int(args.timeout))

    workdir = Path(tempfile.mkdtemp(prefix="nl-bench-"))
    (workdir / "bench_settings.py").write_text(SETTINGS)
    sink, port, stats_file = start_sink(args.sink, workdir)
    drop = fresh_database(args.database_url)
    try:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="bench_settings",
            DATABASE_URL=args.database_url,
            BENCH_SINK_PORT=str(port),
        )
        sys.path[:0] = [str(workdir), str(REPO)]
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        if args.batch_size:
            settings.NEWSLETTER_BATCH_SIZE = args.batch_size
        began = time.perf_counter()
        call_command("migrate", verbosity=0)
        print(f"migrate: {time.perf_counter() - began:.1f} s", flush=True)

        from masthead.newsletter import sending
        from masthead.newsletter.models import Delivery
        from tests.newsletter.issue_data import make_issue, make_subscribers

        began = time.perf_counter()
        issue = make_issue(stories=6, qiosk=3)
        make_subscribers(args.subscribers)
        print(
            f"created {args.subscribers:,} subscribers: "
            f"{time.perf_counter() - began:.1f} s",
            flush=True,
        )

        began = time.perf_counter()
        run = sending.start_sending(issue, enqueue=False)
        frozen = time.perf_counter() - began
        print(f"froze the audience ({run.audience_size:,}): {frozen:.1f} s", flush=True)

        last = [0.0]

        def report(sender):
            now = time.perf_counter()
            if now - last[0] >= 10:
                last[0] = now
                done = sender.result.sent
                print(f"  … {done:,} sent, {done / (now - began):,.0f}/s", flush=True)

        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        began = time.perf_counter()
        result = sending.run_issue(issue.pk, on_progress=report)
        elapsed = time.perf_counter() - began
        if profiler:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        states = dict(
            Delivery.objects.filter(issue=issue)
            .values_list("state")
            .annotate(n=django.db.models.Count("id"))
        )
        stats = stop_sink(sink, stats_file)
        sink = None
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        print(
            json.dumps(
                {
                    "database": engine,
                    "subscribers": args.subscribers,
                    "batch_size": settings.NEWSLETTER_BATCH_SIZE,
                    "result": result.status,
                    "sent": result.sent,
                    "freeze_seconds": round(frozen, 2),
                    "send_seconds": round(elapsed, 2),
                    "messages_per_second": round(result.sent / elapsed, 1),
                    "total_seconds": round(frozen + elapsed, 2),
                    "peak_rss_mib": round(peak, 1),
                    "delivery_states": states,
                    "sink": stats,
                },
                indent=2,
            )
        )
        ok = (
            result.status == "finished"
            and states == {"sent": args.subscribers}
            and stats.get("unique") == stats.get("messages") == args.subscribers
        )
        print("OK: every subscriber exactly once." if ok else "FAILED: see above.")
        return 0 if ok else 1
    finally:
        signal.alarm(0)
        if sink is not None:
            stop_sink(sink, stats_file)
        shutil.rmtree(workdir, ignore_errors=True)
        if not args.keep:
            from django.db import connections

            connections.close_all()
            drop()


if __name__ == "__main__":
    sys.exit(main())
