"""The background processes as bin/serve runs them, on a throwaway database.

Each stack is ``bin/serve`` with production settings, after ``migrate`` (no demo,
no static files: nothing here renders a page): once with the database task
queue, once with RQ on a Redis server of its own. Mail goes to the session's
SMTP server on loopback (aiosmtpd).

- A confirmation mail goes out within 10 seconds while a long task holds the
  worker of the bulk queue (the issue's bound, kept as a deadline to wait for).
- /healthz reports the database, the cache, the scheduler, each queue's workers
  and the backlog, and answers 503 while the scheduler or a worker is frozen.
- A task whose worker was killed (SIGKILL) is marked failed and run again when
  the stack is restarted, as systemd restarts a unit.
"""

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from e2e.conftest import (
    AMBIENT_VARS_TO_DROP,
    ROOT,
    VENV,
    _free_port,
    _is_postgres,
    _log_tail,
    _stop,
    _throwaway_postgres,
    manage,
)

# One module-scoped stack per backend: keep these tests in one xdist process.
pytestmark = pytest.mark.xdist_group("background")

MAIL_DEADLINE = 10  # seconds: the bound for an urgent mail
STARTUP_TIMEOUT = 90
# Small, so that a silent process is noticed within a test's patience.
HEARTBEAT_MAX_AGE = 5
HOLD_SECONDS = 30  # a long task: three times the mail's deadline


def _get(url, timeout=5):
    """(status, body) of a GET, 4xx and 5xx included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _post_form(url, data, origin):
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(data).encode(),
        headers={"Origin": origin},
        method="POST",
    )
    try:
        with opener.open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"{what} did not happen within {timeout} s")


@contextlib.contextmanager
def _private_redis(directory):
    """A Redis server of the stack's own: the test processes flush theirs."""
    executable = shutil.which("redis-server")
    if executable is None:
        pytest.skip("redis-server is not installed (Debian: redis-server)")
    port = _free_port()
    process = subprocess.Popen(
        [executable, "--bind", "127.0.0.1", "--port", str(port), "--save", ""]
        + ["--appendonly", "no", "--dir", str(directory)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def answers():
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", port), timeout=1) as s,
            ):
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
            return False

        _wait_for(answers, 10, "redis-server answering")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class Stack:
    backend: str
    env: dict
    directory: Path
    url: str = ""
    process: subprocess.Popen = None
    log_path: Path = None
    restarts: int = field(default=0)

    def start(self):
        self.log_path = self.directory / f"serve-{self.restarts}.log"
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(
                [str(ROOT / "bin" / "serve")],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.restarts += 1
        self.wait_until_healthy()

    def stop(self):
        if self.process is not None:
            _stop(self.process)

    def fail(self, message):
        pytest.fail(f"{message}\n--- log ---\n{_log_tail(self.log_path)}")

    def health(self):
        status, body = _get(f"{self.url}/healthz")
        return status, json.loads(body) if body.startswith("{") else body

    def wait_until_healthy(self):
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.fail(f"bin/serve exited with code {self.process.returncode}")
            with contextlib.suppress(OSError):
                if self.health()[0] == 200:
                    return
            time.sleep(0.3)
        self.fail(f"/healthz did not answer 200 within {STARTUP_TIMEOUT} s")

    def shell(self, code):
        return manage(self.env, "shell", "--no-imports", "-c", code)

    def hold_the_worker(self, seconds):
        """Enqueue the long task; returns the file it reports to."""
        log = self.directory / f"hold-{secrets.token_hex(4)}.log"
        self.shell(
            "from e2e.background_tasks import hold_the_worker\n"
            f"hold_the_worker.enqueue({str(log)!r}, {seconds})"
        )
        return log

    def processes(self, *words):
        """Pids of the processes bin/serve started whose command line has all
        ``words`` (not their own children: RQ forks its scheduler and tasks)."""
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError):
                fields = stat.read_text().rpartition(")")[2].split()
                if int(fields[1]) != self.process.pid or fields[0] == "Z":
                    continue
                argv = (stat.parent / "cmdline").read_bytes().split(b"\0")
                if all(word.encode() in argv for word in words):
                    pids.append(int(stat.parent.name))
        return pids


def _events(log):
    return log.read_text().split() if log.exists() else []


@pytest.fixture(scope="module", params=["database", "redis"])
def stack(request):
    with contextlib.ExitStack() as exit_stack:
        directory = Path(
            exit_stack.enter_context(tempfile.TemporaryDirectory(prefix="mh-bg-"))
        )
        env = dict(os.environ)
        for name in AMBIENT_VARS_TO_DROP:
            env.pop(name, None)
        mail_sink = request.getfixturevalue("mail_sink")
        port = _free_port()
        env.update(
            MASTHEAD_VAR_DIR=str(directory),
            SECRET_KEY=secrets.token_urlsafe(50),
            DJANGO_SETTINGS_MODULE="masthead.settings.production",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            HOST="127.0.0.1",
            PORT=str(port),
            WEB_WORKERS="1",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(mail_sink.port),
            HEALTH_HEARTBEAT_MAX_AGE=str(HEARTBEAT_MAX_AGE),
            HEARTBEAT_INTERVAL="1",
            PYTHONUNBUFFERED="1",
        )
        # bin/serve runs the processes with this interpreter's environment.
        env["VENV"] = str(VENV or sys.prefix)
        if request.param == "redis":
            env["REDIS_URL"] = exit_stack.enter_context(_private_redis(directory))
        database_url = env.get("DATABASE_URL", "")
        if _is_postgres(database_url):
            env["DATABASE_URL"] = exit_stack.enter_context(
                _throwaway_postgres(database_url)
            )
        else:
            env.pop("DATABASE_URL", None)  # SQLite in the temporary directory
        manage(env, "migrate", "--no-input", "-v0")
        stack = Stack(request.param, env, directory, url=f"http://127.0.0.1:{port}")
        exit_stack.callback(stack.stop)
        stack.start()
        yield stack


def test_a_confirmation_mail_does_not_wait_for_a_long_task(stack, mail_sink):
    hold = stack.hold_the_worker(HOLD_SECONDS)
    _wait_for(lambda: "started" in _events(hold), 60, "the long task starting")
    before = len(mail_sink.messages)
    address = f"reader-{stack.backend}-{secrets.token_hex(3)}@example.org"

    status = _post_form(
        f"{stack.url}/newsletter/", {"email": address}, origin=stack.url
    )

    assert status == 302
    arrived = mail_sink.wait_for(before + 1, timeout=MAIL_DEADLINE)
    assert arrived, (
        f"no confirmation mail within {MAIL_DEADLINE} s; the long task says "
        f"{_events(hold)}\n--- log ---\n{_log_tail(stack.directory / 'worker.log')}"
    )
    assert address in mail_sink.recipients()
    # It did not merely come after the long task: that one is still running.
    assert "finished" not in _events(hold)


def test_healthz_reports_every_part_of_the_site(stack):
    status, report = stack.health()

    assert status == 200, report
    checks = report["checks"]
    assert report["status"] == "ok"
    assert {name: check["status"] for name, check in checks.items()} == {
        "database": "ok",
        "cache": "ok",
        "scheduler": "ok",
        "workers": "ok",
        "task_backlog": "ok",
    }
    assert checks["scheduler"]["seconds_since_heartbeat"] <= HEARTBEAT_MAX_AGE
    for queue in ("urgent", "default"):
        assert checks["workers"]["queues"][queue]["workers"] == 1
        assert checks["task_backlog"]["queues"][queue]["late"] == 0


@pytest.mark.parametrize(
    "process,check",
    [(("manage.py", "scheduler"), "scheduler"), (("--queue", "urgent"), "workers")],
    ids=["scheduler", "urgent-worker"],
)
def test_healthz_fails_while_a_background_process_is_frozen(stack, process, check):
    stack.wait_until_healthy()
    (pid,) = stack.processes(*process)
    os.kill(pid, signal.SIGSTOP)  # hung: alive, but doing nothing
    try:
        status, report = _wait_for(
            lambda: (answer := stack.health())[0] == 503 and answer,
            HEARTBEAT_MAX_AGE * 6,
            f"/healthz failing while {' '.join(process)} is frozen",
        )
        assert report["status"] == "fail"
        assert report["checks"][check]["status"] == "stale"
        assert report["checks"]["database"]["status"] == "ok"
    finally:
        os.kill(pid, signal.SIGCONT)
    stack.wait_until_healthy()


@pytest.mark.parametrize("stack", ["database"], indirect=True)
def test_a_task_whose_worker_was_killed_is_run_again(stack):
    """SIGKILL leaves the task's row RUNNING; the restarted stack retries it."""
    hold = stack.hold_the_worker(8)
    _wait_for(lambda: "started" in _events(hold), 90, "the task starting")
    killed = int(_events(hold)[1])
    os.kill(killed, signal.SIGKILL)
    # bin/serve stops everything when one of its processes ends.
    try:
        stack.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        stack.fail("bin/serve kept running after its worker was killed")
    rows = stack.shell(ROWS.format(log=str(hold)))
    assert json.loads(rows) == [["RUNNING", ""]]
    # Restarted (as systemd would) once the dead worker's heartbeat is stale.
    time.sleep(HEARTBEAT_MAX_AGE + 1)
    stack.start()

    _wait_for(lambda: "finished" in _events(hold), 90, "the retried task finishing")
    events = _events(hold)
    assert events[:2] == ["started", str(killed)]
    assert events.count("started") == 2 and events.count("finished") == 1
    rows = json.loads(stack.shell(ROWS.format(log=str(hold))))
    assert rows == [
        ["FAILED", "masthead.core.task_recovery.WorkerLost"],
        ["SUCCESSFUL", ""],
    ]


ROWS = """
import json
from django_tasks_db.models import DBTaskResult
rows = DBTaskResult.objects.filter(
    task_path="e2e.background_tasks.hold_the_worker"
).order_by("enqueued_at")
print(json.dumps([
    [row.status, row.exception_class_path]
    for row in rows if row.args_kwargs["args"][0] == {log!r}
]))
"""
