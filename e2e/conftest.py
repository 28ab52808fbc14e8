"""Browser-test fixtures: the real production stack on a throwaway database.

``server`` (and ``site_url``, its address) does what a newcomer does: migrate,
collect static files, load the demo magazine and start ``bin/serve`` (granian and
the background worker) with production settings. The tests then drive Debian's
Chromium through Playwright against it.

These tests never touch the test database (they use no pytest-django DB fixtures):
everything they know about the site they learn over HTTP.
"""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from playwright.sync_api import sync_playwright

from tests.newsletter.smtp_sink import SmtpSink

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" if (ROOT / ".venv" / "bin" / "python").exists() else None
PYTHON = str(VENV / "bin" / "python") if VENV else sys.executable
CHROMIUM = os.environ.get("MASTHEAD_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # Hermetic: no name resolves, so a stray third-party URL fails at once
    # instead of waiting on a network that is not there.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
DESKTOP = {"width": 1280, "height": 900}
STARTUP_TIMEOUT = 60  # seconds for /healthz to answer 200
STOP_TIMEOUT = 10  # seconds between SIGTERM and SIGKILL
# Settings that would point the throwaway stack at shared services.
AMBIENT_VARS_TO_DROP = (
    "REDIS_URL",
    "BASE_URL",
    "MEDIA_ROOT",
    "WORKER_LOG",
    "STATIC_ROOT",
    "DEBUG",
    "HTTPS",
    "ELASTICSEARCH_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "EMAIL_HOST",
)


# --- the server ---------------------------------------------------------------


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _is_postgres(url):
    return url.startswith("postgres")


def _with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def _admin_conninfo(url):
    """The same server's ``postgres`` database, as a URL psycopg understands."""
    parts = urlsplit(_with_database(url, "postgres"))
    return urlunsplit(("postgresql", *parts[1:]))


@contextlib.contextmanager
def _throwaway_postgres(url):
    import psycopg
    from psycopg import sql

    name = f"masthead_e2e_{secrets.token_hex(6)}"
    admin = _admin_conninfo(url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield _with_database(url, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
            )


def manage(env, *args):
    command = [PYTHON, "manage.py", *args]
    try:
        return subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=600,
        ).stdout
    except subprocess.CalledProcessError as exc:
        pytest.fail(
            f"`{' '.join(command[1:])}` failed with exit code {exc.returncode}\n"
            f"--- stdout ---\n{exc.stdout}\n--- stderr ---\n{exc.stderr}",
            pytrace=False,
        )


def _group_alive(pgid):
    """Whether any process of the group is still running (zombies do not count)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        # After "(comm)": state, ppid, pgrp, ...
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _stop(process):
    pgid = process.pid  # start_new_session: the group id is the leader's pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline:
        process.poll()
        if not _group_alive(pgid):
            break
        time.sleep(0.1)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_TIMEOUT)


def _log_tail(path, lines=60):
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_until_healthy(process, url, log_path):
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last_error = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"bin/serve exited with code {process.returncode} before answering"
                f" {url}\n--- log ---\n{_log_tail(log_path)}",
                pytrace=False,
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
                last_error = f"HTTP {response.status}"
        except (urllib.error.URLError, OSError) as exc:
            last_error = exc
        time.sleep(0.2)
    pytest.fail(
        f"{url} did not answer 200 within {STARTUP_TIMEOUT}s (last: {last_error})"
        f"\n--- log ---\n{_log_tail(log_path)}",
        pytrace=False,
    )


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log_path: Path
    env: dict  # the stack's environment, for `manage.py` against its database
    var_dir: Path  # its MASTHEAD_VAR_DIR

    def check_running(self):
        if self.process.poll() is not None:
            pytest.fail(
                f"bin/serve exited with code {self.process.returncode} during the"
                f" tests\n--- log ---\n{_log_tail(self.log_path)}",
                pytrace=False,
            )


@pytest.fixture(scope="session")
def mail_sink():
    """The SMTP server the stack sends its mail to (aiosmtpd on loopback)."""
    with SmtpSink() as sink:
        yield sink


@pytest.fixture(scope="session")
def server(mail_sink):
    """The production stack (bin/serve), demo loaded, on a throwaway database.

    Configured as ``PORT=<free port> make run`` would be: no BASE_URL and no
    MEDIA_ROOT, so links and files must follow PORT and MASTHEAD_VAR_DIR.
    """
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mh-e2e-")))
        port = _free_port()
        env = dict(os.environ)
        for name in AMBIENT_VARS_TO_DROP:
            env.pop(name, None)
        env.update(
            MASTHEAD_VAR_DIR=str(tmp),
            SECRET_KEY=secrets.token_urlsafe(50),
            DJANGO_SETTINGS_MODULE="masthead.settings.production",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            HOST="127.0.0.1",
            PORT=str(port),
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(mail_sink.port),
            # A line per answered request in serve.log: a failed test's report
            # then shows which requests the server answered, and how fast.
            GRANIAN_LOG_ACCESS_ENABLED="1",
            # The demo's AVIF renditions at libavif's fastest: the background
            # worker makes them beside the tests, on the same two cores.
            AVIF_ENCODE_SPEED="10",
        )
        # A couple of workers start fast and are plenty for one browser.
        env.setdefault("WEB_WORKERS", "2")
        if VENV:
            env["VENV"] = str(VENV)
        database_url = env.get("DATABASE_URL", "")
        if _is_postgres(database_url):
            env["DATABASE_URL"] = stack.enter_context(_throwaway_postgres(database_url))
        else:
            env.pop("DATABASE_URL", None)  # SQLite in the temp dir

        # collectstatic needs no database: run it beside migrate.
        with ThreadPoolExecutor(max_workers=1) as pool:
            collected = pool.submit(manage, env, "collectstatic", "--no-input")
            manage(env, "migrate", "--no-input")
            collected.result()
        manage(env, "load_demo")

        log_path = tmp / "serve.log"
        log = stack.enter_context(log_path.open("w"))
        server = subprocess.Popen(
            [str(ROOT / "bin" / "serve")],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        stack.callback(_stop, server)
        base = f"http://127.0.0.1:{port}"
        _wait_until_healthy(server, f"{base}/healthz", log_path)
        # The first view of the front page renders every image size it shows;
        # do it here, so that a test's first page load is not the slow one.
        fetch(f"{base}/", timeout=STARTUP_TIMEOUT)
        yield Server(base, server, log_path, env, tmp)


@pytest.fixture(scope="session")
def site_url(server):
    """Base URL (no trailing slash) of the production stack."""
    return server.url


@pytest.fixture(autouse=True)
def _server_keeps_running(request):
    """Say so plainly when the server died, rather than failing on a blank page."""
    if "site_url" not in request.fixturenames:
        yield
        return
    server = request.getfixturevalue("server")
    server.check_running()
    yield
    server.check_running()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test on the stack gets the stack's logs in its report: the
    server's and the background workers' last lines (the stack's files are gone
    once the session ends, and CI keeps only the report)."""
    report = yield
    server = getattr(item, "funcargs", {}).get("server")
    if report.failed and call.when == "call" and isinstance(server, Server):
        _dump_web_worker_stacks(server)
        for name, lines in (("serve.log", 250), ("worker.log", 60)):
            report.sections.append(
                (f"stack {name}", _log_tail(server.var_dir / name, lines=lines))
            )
    return report


def _children(pid):
    try:
        return [
            int(n) for n in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        ]
    except (OSError, ValueError):
        return []


def _dump_web_worker_stacks(server):
    """Ask each granian worker for its threads' stacks (masthead/wsgi.py's
    SIGUSR2): a request that hangs shows where it waits."""
    for child in _children(server.process.pid):
        try:
            is_granian = b"granian" in Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if is_granian:
            for worker in _children(child):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker, signal.SIGUSR2)
    time.sleep(1)


def fetch(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode()


class _TeaserLinks(HTMLParser):
    """(story id, href) of each river teaser's headline link, in page order."""

    def __init__(self):
        super().__init__()
        self.links = []
        self._story = None
        self._in_headline = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "article" and "teaser" in classes:
            self._story = attrs.get("data-story")
        elif tag == "h3" and "teaser__headline" in classes:
            self._in_headline = True
        elif tag == "a" and self._in_headline and self._story:
            self.links.append((int(self._story), attrs["href"]))
            self._in_headline = False


def teaser_links(html):
    parser = _TeaserLinks()
    parser.feed(html)
    return parser.links


@pytest.fixture(scope="session")
def article_url(site_url):
    """Absolute URL of the first story in the front page's river."""
    links = teaser_links(fetch(f"{site_url}/"))
    assert links, "the front page's river shows no teasers"
    return urljoin(f"{site_url}/", links[0][1])


# --- the browser --------------------------------------------------------------


# Per module, not per session: while Playwright's sync API is active an asyncio
# loop runs in this thread, and Django refuses ORM calls (SynchronousOnlyOperation)
# from the unit tests this process runs next.
@pytest.fixture(scope="module")
def playwright_session():
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def browser(playwright_session):
    browser = playwright_session.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


@pytest.fixture
def js_errors():
    """Uncaught script errors of every page opened through ``new_context``."""
    return []


@pytest.fixture
def new_context(browser, site_url, js_errors):
    """Factory: a fresh browser context (desktop viewport, relative URLs work)."""
    contexts = []

    def make(**options):
        context = browser.new_context(
            **{"viewport": DESKTOP, "base_url": site_url, **options}
        )
        context.set_default_timeout(10_000)
        # A page's first view renders its images' sizes; on a busy machine, slow.
        context.set_default_navigation_timeout(30_000)
        context.on(
            "page", lambda page: page.on("pageerror", lambda e: js_errors.append(e))
        )
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context):
    return new_context().new_page()
