"""A real worker process is killed (SIGKILL) mid-send; the restart neither
duplicates nor skips anyone.

Setup, and why: the worker runs as a subprocess (``manage.py send_newsletter``
or ``manage.py db_worker``), so it needs a database it can open itself, which
pytest-django's in-memory SQLite database is not. Once per session we copy the
freshly migrated test database (SQLite: the backup API into a file; PostgreSQL:
``CREATE DATABASE ... TEMPLATE``), add an issue and 300 subscribers with a
subprocess, and give every test its own copy of that. No second ``migrate``
(slow), and the copy has exactly the schema the test run uses. The SMTP server
is aiosmtpd in this process; what the worker hands it arrives over TCP, so the
test sees every accepted Message-ID. To crash at a chosen point the worker is
given a transport that kills its own process there (``crash_transport.py``).
"""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import connection

from tests.newsletter.smtp_sink import SmtpSink

# Ordered with the other database tests, before any test that flushes the database.
pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
AUDIENCE = 300
BATCH = 25
LEASE = 2

WORKER_SETTINGS = f'''
"""Settings for worker subprocesses of tests/newsletter/test_crash_recovery.py."""
import os
from pathlib import Path

from masthead.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.newsletter.link_urls"
MEDIA_ROOT = Path(os.environ["NL_MEDIA_ROOT"])
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("NL_SINK_PORT", "25"))
EMAIL_USE_TLS = False
EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = "newsletter@example.org"
TASKS = {{
    "default": {{"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}
}}
NEWSLETTER_BATCH_SIZE = {BATCH}
NEWSLETTER_LEASE_SECONDS = {LEASE}
NEWSLETTER_MAX_RETRY_WAIT = 5
if os.environ.get("NL_CRASH_AT"):
    NEWSLETTER_TRANSPORT = "tests.newsletter.crash_transport.CrashingSmtpTransport"
    NEWSLETTER_CRASH_AT = os.environ["NL_CRASH_AT"]
'''

POPULATE = f"""
import django, json
django.setup()
from masthead.newsletter import sending
from tests.newsletter.issue_data import make_issue, make_subscribers
draft = make_issue(subject="Draft issue", stories=1, qiosk=0)
started = make_issue(subject="Started issue", stories=1, qiosk=0)
make_subscribers({AUDIENCE})
from django.db import transaction
with transaction.atomic():
    sending.start_sending(started)  # enqueues a send_issue task in the database
print(json.dumps({{"draft": draft.pk, "started": started.pk}}))
"""


class SqliteDatabases:
    def __init__(self, root):
        self.root = root
        self.template = root / "template.sqlite3"
        self.count = 0

    def make_template(self):
        connection.ensure_connection()
        target = sqlite3.connect(self.template)
        connection.connection.backup(target)
        target.close()
        return self.url(self.template)

    def url(self, path):
        return f"sqlite:///{path}"

    def clone(self):
        self.count += 1
        path = self.root / f"worker-{self.count}.sqlite3"
        source, target = sqlite3.connect(self.template), sqlite3.connect(path)
        source.backup(target)
        source.close(), target.close()
        return self.url(path)

    def query(self, url, sql, params=()):
        db = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=20)
        try:
            return db.execute(sql.replace("%s", "?"), params).fetchall()
        finally:
            db.close()

    def drop_all(self):
        pass


class PostgresDatabases:
    def __init__(self, settings_dict):
        self.params = settings_dict
        self.test_name = settings_dict["NAME"]
        self.template = f"{self.test_name}_wtpl"[:60]
        self.names = []

    def _admin(self):
        import psycopg

        return psycopg.connect(self._dsn("postgres"), autocommit=True)

    def _dsn(self, name):
        p = self.params
        user = p.get("USER") or "postgres"
        auth = f"{user}:{p['PASSWORD']}" if p.get("PASSWORD") else user
        host, port = p.get("HOST") or "127.0.0.1", p.get("PORT") or 5432
        return f"postgresql://{auth}@{host}:{port}/{name}"

    def url(self, name):
        return self._dsn(name).replace("postgresql://", "postgres://", 1)

    def _create(self, name, template):
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self.names.append(name)

    def make_template(self):
        connection.close()  # A template must have no other sessions.
        self._create(self.template, self.test_name)
        return self.url(self.template)

    def clone(self):
        name = f"{self.template}_{len(self.names)}"
        self._create(name, self.template)
        return self.url(name)

    def query(self, url, sql, params=()):
        import psycopg

        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
            return db.execute(sql, params).fetchall()

    def drop_all(self):
        with self._admin() as admin:
            for name in reversed(self.names):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class WorkerEnv:
    databases: object
    settings_dir: Path
    media: Path
    ids: dict

    def environ(self, url, port=None, crash=None):
        env = dict(os.environ)
        env.pop("NL_CRASH_AT", None)
        env.update(
            DJANGO_SETTINGS_MODULE="nl_worker_settings",
            PYTHONPATH=os.pathsep.join([str(self.settings_dir), str(REPO)]),
            DATABASE_URL=url,
            NL_MEDIA_ROOT=str(self.media),
            PYTHONUNBUFFERED="1",
        )
        if port:
            env["NL_SINK_PORT"] = str(port)
        if crash:
            env["NL_CRASH_AT"] = crash
        return env


def manage(env, *args):
    return [sys.executable, str(REPO / "manage.py"), *args]


@pytest.fixture(scope="session")
def worker_env(django_db_setup, django_db_blocker, tmp_path_factory):
    root = tmp_path_factory.mktemp("newsletter-worker")
    settings_dir = root / "settings"
    settings_dir.mkdir()
    (settings_dir / "nl_worker_settings.py").write_text(WORKER_SETTINGS)
    media = root / "media"
    media.mkdir()
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            databases = SqliteDatabases(root)
        else:
            databases = PostgresDatabases(dict(connection.settings_dict))
        template_url = databases.make_template()
    env = WorkerEnv(databases, settings_dir, media, {})
    done = subprocess.run(
        [sys.executable, "-c", POPULATE],
        env=env.environ(template_url),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    env.ids = json.loads(done.stdout.strip().splitlines()[-1])
    yield env
    databases.drop_all()


@pytest.fixture
def sink():
    with SmtpSink(keep_data=False) as server:
        yield server


class Worker:
    """One copy of the populated database, and worker processes working on it."""

    def __init__(self, env, sink):
        self.env, self.sink = env, sink
        self.url = env.databases.clone()

    def popen(self, *args, crash=None):
        return subprocess.Popen(
            manage(self.env, *args),
            env=self.env.environ(self.url, self.sink.port, crash),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, *args, crash=None, timeout=180):
        process = self.popen(*args, crash=crash)
        out, err = process.communicate(timeout=timeout)
        return process.returncode, out, err

    def send(self, issue_id, *flags, crash=None):
        return self.run(
            "send_newsletter", str(issue_id), "-v", "1", *flags, crash=crash
        )

    def deliveries(self, issue_id):
        """[(message_id, state)] in id order: the order the worker sends them."""
        return self.env.databases.query(
            self.url,
            "SELECT message_id, state FROM newsletter_delivery "
            "WHERE issue_id = %s ORDER BY id",
            (issue_id,),
        )

    def issue_status(self, issue_id):
        return self.env.databases.query(
            self.url,
            "SELECT status FROM newsletter_newsletterissue WHERE id = %s",
            (issue_id,),
        )[0][0]

    def wait_for_lease_to_expire(self):
        time.sleep(LEASE + 0.5)


@pytest.fixture
def worker(worker_env, sink):
    return Worker(worker_env, sink)


def assert_exactly_once(worker, issue_id, uncertain_allowed=()):
    rows = worker.deliveries(issue_id)
    assert len(rows) == AUDIENCE
    copies = Counter(worker.sink.message_ids())
    duplicates = {m: n for m, n in copies.items() if n > 1}
    assert not duplicates, f"sent twice: {duplicates}"
    expected = {m for m, _ in rows}
    assert set(copies) <= expected
    missing = [m for m, state in rows if m not in copies]
    assert set(missing) <= set(uncertain_allowed), f"never sent: {missing[:5]}"
    return rows


def test_killed_before_the_dot_the_message_is_sent_again(worker):
    issue = worker.env.ids["draft"]
    code, out, err = worker.send(issue, crash="before_dot:37")
    assert code == -signal.SIGKILL, err
    accepted = set(worker.sink.message_ids())
    assert len(accepted) == 36
    rows = worker.deliveries(issue)
    assert rows[36][1] == "claimed"  # Its body was on the wire, without the dot.
    assert {state for _, state in rows[:35]} == {"sent"}
    # The 36th was accepted; its SENT is written with the 37th's COMMITTING, so
    # it is still "possibly delivered": never resent, reported as uncertain.
    assert rows[35][1] == "committing" and rows[35][0] in accepted
    worker.wait_for_lease_to_expire()
    code, out, err = worker.send(issue, "--resume")
    assert code == 0, err
    rows = assert_exactly_once(worker, issue)
    assert [m for m, s in rows if s != "sent"] == [rows[35][0]]
    assert worker.issue_status(issue) == "sent"
    assert "Done" in out


def test_killed_after_the_server_accepted_nothing_is_sent_twice(worker):
    issue = worker.env.ids["draft"]
    code, _, err = worker.send(issue, crash="after_accept:37")
    assert code == -signal.SIGKILL, err
    accepted = set(worker.sink.message_ids())
    assert len(accepted) == 37
    rows = worker.deliveries(issue)
    committing = {m for m, state in rows if state == "committing"}
    sent = {m for m, state in rows if state == "sent"}
    # COMMITTING rows are exactly the accepted messages not yet recorded as sent.
    assert committing == accepted - sent and committing
    assert committing == {rows[36][0]}
    worker.wait_for_lease_to_expire()
    code, out, err = worker.send(issue, "--resume")
    assert code == 0, err
    rows = assert_exactly_once(worker, issue)
    assert {m for m, s in rows if s == "committing"} == committing  # Not resent.
    assert "possibly delivered" in err


def test_an_uncertain_message_the_server_never_got_can_be_resent(worker):
    issue = worker.env.ids["draft"]
    code, _, err = worker.send(issue, crash="after_committing:37")
    assert code == -signal.SIGKILL, err
    rows = worker.deliveries(issue)
    lost = rows[36][0]
    assert rows[36][1] == "committing" and lost not in worker.sink.message_ids()
    worker.wait_for_lease_to_expire()
    assert worker.send(issue, "--resume")[0] == 0
    assert_exactly_once(worker, issue, uncertain_allowed=[lost])
    assert worker.issue_status(issue) == "sent"
    # The operator checks the mail server's log, finds it missing, resends it.
    code, out, err = worker.send(issue, "--resend-uncertain", lost)
    assert code == 0, err
    rows = assert_exactly_once(worker, issue)
    assert {state for _, state in rows} == {"sent"}


def test_killed_at_a_random_moment_the_restart_completes_the_audience(worker):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    issue = worker.env.ids["draft"]
    target = rng.randrange(10, AUDIENCE - 40)
    process = worker.popen("send_newsletter", str(issue), "--rate", "200")
    try:
        assert worker.sink.wait_for(target, timeout=120), f"seed {seed}"
        time.sleep(rng.random() * 0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert len(worker.sink.messages) < AUDIENCE, f"seed {seed}: finished first"
    rows = worker.deliveries(issue)
    committing = [m for m, state in rows if state == "committing"]
    assert len(committing) <= 1, f"seed {seed}"  # At most the message in flight.
    worker.wait_for_lease_to_expire()
    code, _, err = worker.send(issue, "--resume")
    assert code == 0, f"seed {seed}: {err}"
    # Everyone exactly once; the one in flight, if any, at most once.
    rows = assert_exactly_once(worker, issue, uncertain_allowed=committing)
    assert {state for _, state in rows} <= {"sent", "committing"}


def test_two_workers_at_once_send_each_message_once(worker):
    issue = worker.env.ids["started"]
    processes = [
        worker.popen("send_newsletter", str(issue), "--resume", "--rate", "100")
        for _ in range(2)
    ]
    results = [(p.wait(timeout=180), *p.communicate()) for p in processes]
    rows = assert_exactly_once(worker, issue)
    assert {state for _, state in rows} == {"sent"}
    codes = sorted(code for code, _, _ in results)
    # Usually one finds the other's lease and leaves; if it started after the
    # first had finished, it found nothing to do. Either way: one copy each.
    if codes == [0, 1]:
        loser = next(err for code, _, err in results if code == 1)
        assert "Another worker" in loser
    else:
        assert codes == [0, 0], results


def test_the_database_worker_runs_the_enqueued_send_task(worker):
    issue = worker.env.ids["started"]
    code, out, err = worker.run("db_worker", "--batch", "--no-startup-delay")
    assert code == 0, err
    rows = assert_exactly_once(worker, issue)
    assert {state for _, state in rows} == {"sent"}
    assert worker.issue_status(issue) == "sent"
    tasks = worker.env.databases.query(
        worker.url,
        "SELECT task_path, status FROM django_tasks_database_dbtaskresult",
    )
    sends = [t for t in tasks if t[0].endswith("send_issue")]
    assert [t[1] for t in sends] == ["SUCCESSFUL"]
