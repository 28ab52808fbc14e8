"""`make bench`: how fast the demo article page is served, how fresh, how heavy.

    make bench                        # or: .venv/bin/python bench/run.py
    BENCH_DURATION=5 make bench       # shorter wrk runs while developing

One run, all on 127.0.0.1, on a throwaway instance (temporary MASTHEAD_VAR_DIR,
SQLite, or a throwaway PostgreSQL database and Redis when BENCH_DATABASE_URL /
BENCH_REDIS_URL are given). It migrates, collects static files, points the site
at its own address, loads the demo magazine, picks the home page's lead story and
then measures, with `wrk -t2 -c32 -d10s --latency`, the same article page served

  (a) as a static file by nginx alone, with a minimal server block: the limit;
  (b) by the app (bin/serve, production settings) with PAGE_CACHE_ENABLED=false,
      and so the front page and the story's section page;
  (c) by the app from its page cache (default settings, after warming);
  (d) by nginx with proxy_cache in front of (c), using deploy/nginx/masthead.conf
      rewritten only for ports and temporary paths;

printing req/s, p50 and p99 of each and their ratio to (a), and checking each
answer with curl (status 200, same bytes as the page saved for (a)); and

  (e) the analytics beacon: wrk POSTing `/a/v` view beacons of that article
      (as beacon.js sends them, from 4,096 client addresses through
      X-Forwarded-For, with a browser's user agent) to the app of (c), reported
      as a ratio to (c)'s cached article rate; then the events table is
      counted, to check every 204 was stored.

Then:

  freshness: under load on (c) and on (d), publish a change to the article (a
      unique marker in its dek, `save_revision().publish()` in a separate
      `manage.py shell`) and count the responses received after publish()
      returned that still lack the marker;
  page weight: HTML bytes and total bytes loaded (HTML, CSS, JS, images, fonts)
      of home and article in Chromium (Playwright) at a phone viewport, via (d);
  Lighthouse 12.2.3 (mobile): performance, accessibility, best practices and
      SEO scores of home and article, via (d).

The report goes to stdout and bench/results/latest.json (Lighthouse's own
reports beside it). Every process and temporary file it made is removed at the
end, on failure, Ctrl-C or timeout too.

Installs what it lacks: Debian's nginx-light (or nginx), wrk, curl and chromium
with apt-get, and lighthouse@12.2.3 into bench/node_modules with npm.

Environment (all optional):
  BENCH_DURATION      seconds per wrk run (10)
  BENCH_CONNECTIONS   wrk connections (32); BENCH_THREADS wrk threads (2)
  BENCH_WARMUP        seconds of wrk warm-up before each measured run (3)
  BENCH_WRK_TIMEOUT   wrk's per-request timeout in seconds (10)
  BENCH_FRESHNESS_AFTER  seconds of polling after publish returns (10)
  BENCH_POLLERS       polling client threads in the freshness check (4)
  BENCH_TIMEOUT       the whole run's limit in seconds (1500)
  BENCH_SKIP          comma list of parts to skip: freshness, weight, lighthouse
  BENCH_DATABASE_URL  a PostgreSQL server on this machine, e.g.
                      postgres://postgres@127.0.0.1:5432/postgres (a database
                      masthead_bench_<random> is created there and dropped)
  BENCH_REDIS_URL     a Redis database on this machine that nothing else uses,
                      e.g. redis://127.0.0.1:6379/14 (cache and task queue; the
                      cache keys are deleted at the end, RQ's job records
                      expire by themselves)
  BENCH_KEEP_TMP=1    keep the temporary folder (logs, configs) for debugging
  WEB_WORKERS, WEB_THREADS  passed to bin/serve (its defaults: CPUs, 1)
"""

import contextlib
import ctypes
import datetime as dt
import http.client
import json
import math
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
WRK_LUA = BENCH / "wrk_report.lua"
DEPLOY_CONF = ROOT / "deploy" / "nginx" / "masthead.conf"
VENV = Path(os.environ.get("VENV", ROOT / ".venv"))
PYTHON = str(VENV / "bin" / "python") if (VENV / "bin").is_dir() else sys.executable
HOST = "127.0.0.1"  # every request this harness makes goes here
LIGHTHOUSE_VERSION = "12.2.3"
LIGHTHOUSE_BIN = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    " --disable-component-update --disable-sync --no-first-run"
)
# Lighthouse's mobile device: a Moto G Power at 412x823, DPR 1.75.
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
    "user_agent": (
        "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36"
        " (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"
    ),
}
STARTUP_TIMEOUT = 120  # seconds for /healthz on a loaded machine
STOP_TIMEOUT = 15
MANAGE_TIMEOUT = 900
# Settings that would point the throwaway instance at shared services or files.
AMBIENT_VARS_TO_DROP = (
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_KEY_PREFIX",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "MEDIA_URL",
    "BASE_URL",
    "DEBUG",
    "HTTPS",
    "ELASTICSEARCH_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "EMAIL_HOST",
    "WORKER_LOG",
    "PAGE_CACHE_ENABLED",
    "DJANGO_SETTINGS_MODULE",
)
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
STARTED = time.monotonic()


class BenchError(Exception):
    """A step failed; the message says which and why."""


class BenchTimeout(BenchError):
    pass


class Interrupted(BenchError):
    def __init__(self, signum):
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum


def log(message):
    elapsed = time.monotonic() - STARTED
    print(f"[bench {elapsed:6.1f}s] {message}", file=sys.stderr, flush=True)


def env_number(name, default, kind=int):
    value = os.environ.get(name, "")
    try:
        return kind(value) if value else default
    except ValueError as exc:
        raise BenchError(f"{name} must be a number, not {value!r}") from exc


@dataclass
class Config:
    duration: int = field(default_factory=lambda: env_number("BENCH_DURATION", 10))
    connections: int = field(
        default_factory=lambda: env_number("BENCH_CONNECTIONS", 32)
    )
    threads: int = field(default_factory=lambda: env_number("BENCH_THREADS", 2))
    warmup: float = field(
        default_factory=lambda: env_number("BENCH_WARMUP", 3.0, float)
    )
    wrk_timeout: int = field(
        default_factory=lambda: env_number("BENCH_WRK_TIMEOUT", 10)
    )
    freshness_after: float = field(
        default_factory=lambda: env_number("BENCH_FRESHNESS_AFTER", 10.0, float)
    )
    pollers: int = field(default_factory=lambda: env_number("BENCH_POLLERS", 4))
    timeout: int = field(default_factory=lambda: env_number("BENCH_TIMEOUT", 1500))
    skip: set = field(
        default_factory=lambda: {
            part.strip()
            for part in os.environ.get("BENCH_SKIP", "").split(",")
            if part.strip()
        }
    )
    database_url: str = field(
        default_factory=lambda: os.environ.get("BENCH_DATABASE_URL", "")
    )
    redis_url: str = field(
        default_factory=lambda: os.environ.get("BENCH_REDIS_URL", "")
    )
    keep_tmp: bool = field(
        default_factory=lambda: os.environ.get("BENCH_KEEP_TMP", "") in {"1", "true"}
    )

    def validate(self):
        if self.duration < 1 or self.duration > 300:
            raise BenchError("BENCH_DURATION must be between 1 and 300 seconds")
        if self.threads < 1 or self.connections < self.threads:
            raise BenchError("BENCH_CONNECTIONS must be at least BENCH_THREADS >= 1")
        unknown = self.skip - {"freshness", "weight", "lighthouse"}
        if unknown:
            raise BenchError(f"BENCH_SKIP: unknown parts {sorted(unknown)}")
        for name, url in (
            ("BENCH_DATABASE_URL", self.database_url),
            ("BENCH_REDIS_URL", self.redis_url),
        ):
            if url and urlsplit(url).hostname not in {"127.0.0.1", "localhost", "::1"}:
                raise BenchError(f"{name} must name a server on 127.0.0.1")
        if self.database_url and not self.database_url.startswith("postgres"):
            raise BenchError("BENCH_DATABASE_URL must be a postgres:// URL")


# --- tools ----------------------------------------------------------------------


def _run(command, timeout, **kwargs):
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    try:
        return subprocess.run(command, timeout=timeout, check=False, **kwargs)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(
            f"`{' '.join(map(str, command))}` took over {timeout}s"
        ) from exc


def _nginx_binary():
    return shutil.which("nginx") or next(
        (
            p
            for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx")
            if os.access(p, os.X_OK)
        ),
        None,
    )


def _apt_install(packages):
    if os.geteuid() != 0:
        raise BenchError(
            f"missing {', '.join(packages)}: run `apt-get install -y"
            f" {' '.join(packages)}` as root, or `make bench` as root"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    command = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    log(f"installing {' '.join(packages)} (apt-get)")
    result = _run(command, 900, env=env)
    if result.returncode != 0:
        log("apt-get install failed; running apt-get update and trying again")
        _run(["apt-get", "update", "-q"], 900, env=env)
        result = _run(command, 900, env=env)
    if result.returncode != 0:
        raise BenchError(f"apt-get install failed:\n{result.stdout}\n{result.stderr}")


def _apt_has(package):
    result = _run(["apt-cache", "show", package], 60)
    return result.returncode == 0 and "Package:" in result.stdout


# deploy/nginx/masthead.conf purges with ngx_cache_purge (Debian's package).
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


def ensure_tools(config):
    """Install nginx, wrk, curl, Chromium and Lighthouse if they are missing."""
    missing = []
    if not _nginx_binary():
        missing.append("nginx-light" if _apt_has("nginx-light") else "nginx")
    if not PURGE_MODULE.exists():
        missing.append("libnginx-mod-http-cache-purge")
    for tool in ("wrk", "curl"):
        if not shutil.which(tool):
            missing.append(tool)
    needs_browser = not {"weight", "lighthouse"} <= config.skip
    if needs_browser and not os.access(CHROMIUM, os.X_OK):
        missing.append("chromium")
    if "lighthouse" not in config.skip and not shutil.which("npm"):
        missing.append("npm")
    if missing:
        _apt_install(missing)
    if not _nginx_binary():
        raise BenchError("nginx is still missing after apt-get install")
    if "lighthouse" not in config.skip and _lighthouse_version() != LIGHTHOUSE_VERSION:
        log(f"installing lighthouse@{LIGHTHOUSE_VERSION} into bench/node_modules (npm)")
        result = _run(
            [
                "npm",
                "i",
                "-E",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
                "--prefix",
                str(BENCH),
                "--no-audit",
                "--no-fund",
            ],
            900,
        )
        if result.returncode != 0 or _lighthouse_version() != LIGHTHOUSE_VERSION:
            raise BenchError(f"npm install lighthouse failed:\n{result.stderr[-3000:]}")
    if needs_browser:
        try:
            _run([PYTHON, "-c", "import playwright.sync_api"], 60).check_returncode()
        except subprocess.CalledProcessError as exc:
            raise BenchError(
                "Playwright for Python is missing: `make install-test`"
            ) from exc


def _lighthouse_version():
    package = BENCH / "node_modules" / "lighthouse" / "package.json"
    try:
        return json.loads(package.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


def tool_versions():
    def first_line(command):
        try:
            result = _run(command, 60)
        except (BenchError, OSError):
            return None
        text = (result.stdout or result.stderr).strip()
        # Debian's chromium wrapper prints shell noise before the version.
        lines = [
            line for line in text.splitlines() if "unexpected operator" not in line
        ]
        return lines[0].strip() if lines else None

    return {
        "python": platform.python_version(),
        "nginx": first_line([_nginx_binary(), "-v"]),
        "wrk": first_line(["wrk", "-v"]),
        "granian": first_line([str(VENV / "bin" / "granian"), "--version"]),
        "chromium": first_line([CHROMIUM, "--version"]),
        "lighthouse": _lighthouse_version(),
    }


# --- processes ------------------------------------------------------------------

try:
    _PRCTL = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):  # not Linux
    _PRCTL = None


def _die_with_parent():
    """In the child: get SIGTERM if the bench dies, so nothing is left behind."""
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def spawn(command, *, log_path, env=None, cwd=ROOT):
    """Start a command in its own process group, output to log_path."""
    with open(log_path, "ab") as out:
        return subprocess.Popen(
            [str(part) for part in command],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )


def _group_alive(pgid):
    """Whether any process of the group is still running (zombies do not count)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def stop(process, sig=signal.SIGTERM):
    """Stop a process started by spawn() and everything in its group."""
    pgid = process.pid
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline:
        process.poll()
        if not _group_alive(pgid):
            break
        time.sleep(0.1)
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=STOP_TIMEOUT)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def port_open(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def http_get(url, timeout=60):
    """(status, headers, body) of one GET; only ever to 127.0.0.1."""
    assert urlsplit(url).hostname == HOST, url
    request = urllib.request.Request(url, headers={"User-Agent": "masthead-bench"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def wait_healthy(process, port, log_path, what):
    url = f"http://{HOST}:{port}/healthz"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(
                f"{what} exited with code {process.returncode} before answering"
                f" {url}\n--- log ---\n{tail(log_path)}"
            )
        try:
            status, _, _ = http_get(url, timeout=5)
            if status == 200:
                return
            last = f"HTTP {status}"
        except OSError as exc:
            last = exc
        time.sleep(0.3)
    raise BenchError(
        f"{url} did not answer 200 within {STARTUP_TIMEOUT}s (last: {last})"
        f"\n--- log ---\n{tail(log_path)}"
    )


# --- the throwaway instance ---------------------------------------------------


def _with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def throwaway_postgres(stack, url):
    import psycopg
    from psycopg import sql

    name = f"masthead_bench_{secrets.token_hex(6)}"
    parts = urlsplit(_with_database(url, "postgres"))
    admin = urlunsplit(("postgresql", *parts[1:]))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
            )

    stack.callback(drop)
    return _with_database(url, name)


def forget_redis_keys(url, prefix):
    import redis

    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
    finally:
        client.close()


@dataclass
class Instance:
    tmp: Path
    env: dict
    port: int
    description: str
    logs: list = field(default_factory=list)

    def manage(self, *args, timeout=MANAGE_TIMEOUT, extra_env=None):
        env = dict(self.env, **(extra_env or {}))
        result = _run([PYTHON, "manage.py", *args], timeout, cwd=ROOT, env=env)
        if result.returncode != 0:
            raise BenchError(
                f"`manage.py {' '.join(args)}` failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result.stdout

    def serve(self, stack, *, page_cache):
        """Start bin/serve; returns the process (stopped by `stack` at the latest)."""
        label = "cached" if page_cache else "uncached"
        log_path = self.tmp / f"serve-{label}.log"
        self.logs.append(log_path)
        env = dict(self.env, WORKER_LOG=str(self.tmp / f"worker-{label}.log"))
        if not page_cache:
            env["PAGE_CACHE_ENABLED"] = "false"
        deadline = time.monotonic() + STOP_TIMEOUT
        while port_open(self.port) and time.monotonic() < deadline:
            time.sleep(0.2)
        process = spawn([ROOT / "bin" / "serve"], log_path=log_path, env=env)
        stack.callback(stop, process)
        wait_healthy(process, self.port, log_path, f"bin/serve ({label})")
        return process


def make_instance(stack, config):
    tmp = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    if config.keep_tmp:
        stack.callback(log, f"kept {tmp} (BENCH_KEEP_TMP)")
    else:
        stack.callback(shutil.rmtree, tmp, ignore_errors=True)
    tmp.chmod(0o755)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in AMBIENT_VARS_TO_DROP}
    env.update(
        MASTHEAD_VAR_DIR=str(tmp),
        SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        HOST=HOST,
        PORT=str(port),
        BASE_URL=f"http://{HOST}:{port}",
        LOG_LEVEL="WARNING",
        VENV=str(VENV),
    )
    database = "SQLite"
    if config.database_url:
        env["DATABASE_URL"] = throwaway_postgres(stack, config.database_url)
        database = "PostgreSQL"
    cache = "local-memory cache"
    if config.redis_url:
        prefix = f"masthead-bench-{secrets.token_hex(4)}"
        env.update(REDIS_URL=config.redis_url, CACHE_KEY_PREFIX=prefix)
        stack.callback(forget_redis_keys, config.redis_url, prefix)
        cache = "Redis cache and queue"
    workers = env.get("WEB_WORKERS") or str(os.cpu_count() or 1)
    threads = env.get("WEB_THREADS") or "1"
    description = (
        f"{database}, {cache}, granian {workers} workers x {threads} threads"
        " (bin/serve, production settings)"
    )
    return Instance(tmp=tmp, env=env, port=port, description=description)


def prepare(instance):
    log(f"preparing a throwaway instance in {instance.tmp}")
    # collectstatic needs no database: run it beside migrate.
    collect_log = instance.tmp / "collectstatic.log"
    collect = spawn(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"],
        log_path=collect_log,
        env=instance.env,
    )
    try:
        instance.manage("migrate", "--no-input", "-v0")
        code = collect.wait(timeout=MANAGE_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"collectstatic took over {MANAGE_TIMEOUT}s") from exc
    finally:
        stop(collect)
    if code != 0:
        raise BenchError(f"collectstatic failed ({code}):\n{tail(collect_log)}")
    instance.manage("configure_site", "--base-url", f"http://{HOST}:{instance.port}")
    log("loading the demo magazine (load_demo)")
    instance.manage("load_demo")
    # load_demo queues background work (search and reference indexes); run it
    # now, so that the worker is idle while the page is measured.
    log("running the queued background tasks")
    if "REDIS_URL" in instance.env:
        instance.manage(
            "rqworker", "default", "--burst", "--job-class", "django_tasks_rq.Job"
        )
    else:
        instance.manage("db_worker", "--batch", "--no-startup-delay", "-v0")


class _LeadLink(HTMLParser):
    """The lead story's headline link, and each teaser headline link."""

    def __init__(self):
        super().__init__()
        self.lead = None
        self.teasers = []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag in {"h2", "h3"} and (
            "lead-story__headline" in classes or "teaser__headline" in classes
        ):
            self._heading = "lead" if "lead-story__headline" in classes else "teaser"
        elif tag == "a" and self._heading and attrs.get("href"):
            if self._heading == "lead" and self.lead is None:
                self.lead = attrs["href"]
            elif self._heading == "teaser":
                self.teasers.append(attrs["href"])
            self._heading = None

    def handle_endtag(self, tag):
        if tag in {"h2", "h3"}:
            self._heading = None


def pick_article(port):
    status, _, body = http_get(f"http://{HOST}:{port}/", timeout=120)
    if status != 200:
        raise BenchError(f"the home page answered {status}")
    parser = _LeadLink()
    parser.feed(body.decode("utf-8", "replace"))
    href = parser.lead or (parser.teasers[0] if parser.teasers else None)
    if not href:
        raise BenchError("the home page shows no lead story or teaser link")
    path = urlsplit(href).path
    if not re.fullmatch(r"/[A-Za-z0-9/_-]+/", path):
        raise BenchError(f"unexpected article link {href!r}")
    return path


def warm(port, paths, rounds=3):
    for _ in range(rounds):
        for path in paths:
            status, _, _ = http_get(f"http://{HOST}:{port}{path}", timeout=120)
            if status != 200:
                raise BenchError(f"{path} answered {status} while warming up")


# --- nginx ------------------------------------------------------------------------


def _substitute(text, pattern, replacement):
    new, count = re.subn(pattern, lambda _m: replacement, text, flags=re.M)
    if not count:
        raise BenchError(
            f"deploy/nginx/masthead.conf has no line matching {pattern!r}: the bench"
            " rewrites that line for its run; update bench/run.py with the config"
        )
    return new


def bench_site_conf(*, listen_port, app_port, var_dir, cache_dir, log_dir):
    """deploy/nginx/masthead.conf with this run's ports and temporary paths."""
    text = DEPLOY_CONF.read_text()
    text = _substitute(text, r"^\s*listen \[::\]:80;[^\n]*\n", "")
    text = _substitute(text, r"listen 80;", f"listen {HOST}:{listen_port};")
    text = _substitute(text, r"server 127\.0\.0\.1:8000;", f"server {HOST}:{app_port};")
    text = _substitute(
        text,
        r"proxy_cache_path /var/cache/nginx/masthead ",
        f"proxy_cache_path {cache_dir} ",
    )
    text = _substitute(text, r"root /srv/masthead/var;", f"root {var_dir};")
    text = _substitute(
        text, r"server_name news\.example;", "server_name 127.0.0.1 localhost;"
    )
    # Logging costs throughput; the bench measures serving (errors still logged).
    text = _substitute(
        text,
        r"access_log /var/log/nginx/masthead\.access\.log masthead_cache;",
        "access_log off;",
    )
    text = _substitute(
        text,
        r"error_log /var/log/nginx/masthead\.error\.log warn;",
        f"error_log {log_dir}/masthead.error.log warn;",
    )
    for directive in re.findall(r"^\s*listen\s+([^;]+);", text, flags=re.M):
        if not directive.startswith(f"{HOST}:"):
            raise BenchError(f"the bench's nginx would listen on {directive!r}")
    for forbidden in ("/var/log/", "/var/cache/", "/srv/"):
        active = [
            line for line in text.splitlines() if forbidden in line.split("#", 1)[0]
        ]
        if active:
            raise BenchError(
                f"the bench's nginx config still uses {forbidden}: {active}"
            )
    return text


def _nginx_temp_paths(base):
    return "\n".join(
        f"    {kind}_temp_path {base / 'tmp' / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )


def _spawn_nginx(stack, instance, base, conf, ports):
    conf_path = base / "nginx.conf"
    conf_path.write_text(conf)
    nginx = _nginx_binary()
    command = [nginx, "-p", base, "-c", conf_path, "-e", base / "error.log"]
    checked = _run([*map(str, command), "-t", "-q"], 60)
    if checked.returncode != 0:
        raise BenchError(f"nginx -t failed:\n{checked.stderr}\n--- config ---\n{conf}")
    log_path = base / "nginx.out"
    instance.logs.extend([log_path, base / "error.log"])
    process = spawn(command, log_path=log_path)
    stack.callback(stop, process, signal.SIGQUIT)
    deadline = time.monotonic() + 30
    while not all(port_open(port) for port in ports):
        if process.poll() is not None or time.monotonic() > deadline:
            raise BenchError(f"nginx did not start:\n{tail(base / 'error.log')}")
        time.sleep(0.1)
    return process


def start_static_nginx(stack, instance, *, port, article_path, article_html):
    """(a): nginx at its fastest, alone: a minimal static server block (no
    modules, no gzip, no logging, sendfile with tcp_nopush, long keep-alive,
    the file's descriptor cached), run while nothing else of the bench is."""
    base = instance.tmp / "nginx-static"
    for sub in ("tmp", "site"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    (base / "site" / "article.html").write_bytes(article_html)
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = f"""# Written by bench/run.py for one run; removed with its folder.
{user}worker_processes auto;
pid {base / "nginx.pid"};
error_log {base / "error.log"} warn;
daemon off;
events {{
    worker_connections 4096;
}}
http {{
    # tcp_nopush on (as Debian's nginx.conf): the most requests a second.
    # Measured with the ~86 KB article, wrk -t2 -c32 -d8s: 70,000-77,000 req/s
    # against 29,000-50,000 with it off, although TCP_CORK plus delayed ACKs
    # stall about 1 % of responses by 40 ms (p99 41 ms against 3.8 ms).
    sendfile on;
    tcp_nopush on;
    access_log off;
    keepalive_requests 1000000;
    open_file_cache max=16 inactive=60s;
{_nginx_temp_paths(base)}
    server {{
        listen {HOST}:{port};
        root {base / "site"};
        location = {article_path} {{
            default_type text/html;
            try_files /article.html =404;
        }}
    }}
}}
"""
    return _spawn_nginx(stack, instance, base, conf, [port])


def start_nginx(stack, instance, *, proxy_port):
    base = instance.tmp / "nginx"
    for sub in ("tmp", "cache"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    (base / "masthead.conf").write_text(
        bench_site_conf(
            listen_port=proxy_port,
            app_port=instance.port,
            var_dir=instance.tmp,
            cache_dir=base / "cache",
            log_dir=base,
        )
    )
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = f"""# Written by bench/run.py for one run; removed with its folder.
load_module {PURGE_MODULE};
{user}worker_processes auto;
pid {base / "nginx.pid"};
error_log {base / "error.log"} warn;
daemon off;
events {{
    worker_connections 4096;
}}
http {{
    # As Debian's /etc/nginx/nginx.conf, less logging, and tcp_nopush off: on
    # loopback, with the ~64 KB article, TCP_CORK plus delayed ACKs put a 40 ms
    # stall on a few percent of responses.
    sendfile on;
    tcp_nopush off;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    gzip on;
{_nginx_temp_paths(base)}

    # (d) deploy/nginx/masthead.conf in front of the app, rewritten for this run.
    include {base / "masthead.conf"};
}}
"""
    instance.logs.append(base / "masthead.error.log")
    return _spawn_nginx(stack, instance, base, conf, [proxy_port])


# --- measuring --------------------------------------------------------------------


def run_wrk(url, config, duration, connections=None, threads=None, script=WRK_LUA):
    assert urlsplit(url).hostname == HOST, url
    connections = connections or config.connections
    threads = threads or config.threads
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        f"--timeout={config.wrk_timeout}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    result = _run(command, duration + config.wrk_timeout + 60)
    line = next(
        (ln for ln in result.stdout.splitlines() if ln.startswith("WRK_JSON ")), None
    )
    if result.returncode != 0 or line is None:
        raise BenchError(f"wrk failed:\n{result.stdout}\n{result.stderr}")
    data = json.loads(line.removeprefix("WRK_JSON "))
    seconds = data["duration_us"] / 1e6
    errors = data["errors"]
    return {
        "command": " ".join(command[:6]),
        "url": url,
        "requests": data["requests"],
        "seconds": round(seconds, 3),
        "rps": data["requests"] / seconds if seconds else 0.0,
        **{
            f"{key}_ms": (data["latency_us"][key] / 1000 if data["requests"] else None)
            for key in ("p50", "p90", "p99", "max", "mean")
        },
        "bytes": data["bytes"],
        "errors": errors,
        "error_count": sum(errors.values()),
        "wrk_output": result.stdout.replace(line, "").strip(),
    }


def curl_check(url, reference, tmp, name):
    """GET with curl: status, bytes, and whether the body equals the reference."""
    assert urlsplit(url).hostname == HOST, url
    body_path, head_path = tmp / f"check-{name}.body", tmp / f"check-{name}.head"
    result = _run(
        [
            "curl",
            "-sS",
            "--max-time",
            "60",
            "-o",
            str(body_path),
            "-D",
            str(head_path),
            "-w",
            "%{http_code}",
            url,
        ],
        90,
    )
    status = int(result.stdout.strip() or 0) if result.returncode == 0 else 0
    body = body_path.read_bytes() if body_path.exists() else b""
    headers = {}
    if head_path.exists():
        for line in head_path.read_text(errors="replace").splitlines()[1:]:
            key, sep, value = line.partition(":")
            if sep:
                name_ = key.strip().lower()
                value = value.strip()
                headers[name_] = (
                    f"{headers[name_]}, {value}" if name_ in headers else value
                )
    if body == reference:
        same = "identical"
    elif CSRF_INPUT.sub(rb"\1\2", body) == CSRF_INPUT.sub(rb"\1\2", reference):
        same = "identical but for the CSRF token"
    else:
        same = f"differs ({len(body):,} vs {len(reference):,} bytes)"
    return {
        "status": status,
        "bytes": len(body),
        "same_as_static": same,
        "identical": body == reference,
        "cache_control": headers.get("cache-control"),
        "vary": headers.get("vary"),
        "sets_cookie": "set-cookie" in headers,
        "x_cache_status": headers.get("x-cache-status"),
        "error": result.stderr.strip() or None,
    }


def measure(key, url, config, reference, tmp):
    label = CASES[key]
    log(f"{label}: warm-up {config.warmup:g}s, then wrk {config.duration}s on {url}")
    if config.warmup > 0:
        run_wrk(url, config, max(1, round(config.warmup)))
    result = run_wrk(url, config, config.duration)
    # Twice: the second answer shows the steady state (e.g. a cache HIT).
    curl_check(url, reference, tmp, key)
    result["check"] = curl_check(url, reference, tmp, key)
    log(
        f"{label}: {result['rps']:,.0f} req/s, p50 {fmt_ms(result['p50_ms'])},"
        f" p99 {fmt_ms(result['p99_ms'])}, {result['check']['status']},"
        f" {result['check']['same_as_static']}"
    )
    return result


BEACON_LUA = """
-- Generated by bench/run.py: POST /a/v view beacons, as beacon.js sends them,
-- from {addresses} client addresses (X-Forwarded-For from 127.0.0.1, a trusted
-- proxy), so the per-address flood limit sees a crowd, not one client.
local requests = {{}}
local index = 0
init = function(args)
  for i = 1, {addresses} do
    requests[i] = wrk.format("POST", "/a/v", {{
      ["Content-Type"] = "text/plain;charset=UTF-8",
      ["User-Agent"] = "{agent}",
      ["Origin"] = "{origin}",
      ["X-Forwarded-For"] = string.format(
        "10.%d.%d.%d", i % 7, math.floor(i / 256) % 256, i % 256),
    }}, '{body}')
  end
end
request = function()
  index = index % #requests + 1
  return requests[index]
end
"""
BEACON_ADDRESSES = 4096


def count_events(instance):
    code = (
        "from masthead.analytics.models import Event;"
        "print('EVENTS', Event.objects.filter(kind=1).count())"
    )
    out = instance.manage("shell", "-c", code)
    line = next(ln for ln in out.splitlines() if ln.startswith("EVENTS "))
    return int(line.split()[1])


def measure_beacon(instance, article_path, config):
    """(e): wrk posting beacons for the article; how many were stored."""
    label = CASES["e"]
    app = f"http://{HOST}:{instance.port}"
    _, _, html = http_get(f"{app}{article_path}")
    found = re.search(rb'data-page="(\d+)"', html)
    if not found:
        raise BenchError("the article page carries no analytics beacon (data-page)")
    body = json.dumps({"id": int(found.group(1)), "p": article_path, "r": ""})
    script = instance.tmp / "wrk_beacon.lua"
    script.write_text(
        BEACON_LUA.format(
            addresses=BEACON_ADDRESSES,
            agent=PHONE["user_agent"],
            origin=app,
            body=body,
        )
        + WRK_LUA.read_text()
    )
    log(f"{label}: warm-up {config.warmup:g}s, then wrk {config.duration}s")
    before = count_events(instance)
    if config.warmup > 0:
        run_wrk(f"{app}/a/v", config, max(1, round(config.warmup)), script=script)
    result = run_wrk(f"{app}/a/v", config, config.duration, script=script)
    time.sleep(5)  # the web processes write their buffers every 2 seconds
    stored = count_events(instance) - before
    result["check"] = {
        "status": 204 if not result["error_count"] else "errors",
        "same_as_static": f"{stored:,} views stored (warm-up included)",
        "stored": stored,
        "sent": result["requests"],
    }
    log(
        f"{label}: {result['rps']:,.0f} beacons/s, p50 {fmt_ms(result['p50_ms'])},"
        f" p99 {fmt_ms(result['p99_ms'])}, {stored:,} views stored"
    )
    return result


PUBLISH_CODE = """
import time
from masthead.articles.models import ArticlePage
path, slug, marker = {path!r}, {slug!r}, {marker!r}
pages = [
    p for p in ArticlePage.objects.filter(slug=slug) if p.get_url_parts()[2] == path
]
if len(pages) != 1:
    raise SystemExit("BENCH: no single live article at " + path)
page = pages[0]
page.dek = (marker + " " + page.dek)[:300]
page.save_revision().publish()
print("PUBLISHED", repr(time.time()), flush=True)
"""


def publish_change(instance, path, marker):
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    code = PUBLISH_CODE.format(path=path, slug=slug, marker=marker)
    started = time.time()
    out = instance.manage("shell", "-v", "0", "-c", code, timeout=300)
    returned = time.time()
    match = re.search(r"^PUBLISHED (\S+)$", out, flags=re.M)
    if not match:
        raise BenchError(f"the publish script printed no time:\n{out}")
    return started, float(match.group(1)), returned


def _poll(port, path, marker, stop_event, samples, deadline):
    conn = None
    needle = marker.encode()
    while not stop_event.is_set() and time.monotonic() < deadline:
        sent = time.time()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
            conn.request("GET", path, headers={"User-Agent": "masthead-bench-poller"})
            response = conn.getresponse()
            body = response.read()
            samples.append(
                (
                    sent,
                    time.time(),
                    response.status,
                    needle in body,
                    response.getheader("X-Cache-Status"),
                )
            )
            if response.will_close:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as exc:
            samples.append((sent, time.time(), 0, False, type(exc).__name__))
            if conn is not None:
                conn.close()
            conn = None
            time.sleep(0.05)
    if conn is not None:
        conn.close()


def freshness(label, instance, port, path, config):
    """Publish under load; count responses after publish returned without it."""
    marker = f"bench-fresh-{secrets.token_hex(5)}"
    url = f"http://{HOST}:{port}{path}"
    log(f"freshness {label}: load on {url}, then publishing {marker}")
    load_connections = max(config.threads, config.connections // 2)
    load = spawn(
        [
            "wrk",
            f"-t{config.threads}",
            f"-c{load_connections}",
            "-d300s",
            f"--timeout={config.wrk_timeout}s",
            url,
        ],
        log_path=instance.tmp / f"freshness-{label}-wrk.log",
    )
    samples = []
    stop_event = threading.Event()
    hard_deadline = time.monotonic() + 300 + config.freshness_after
    pollers = [
        threading.Thread(
            target=_poll,
            args=(port, path, marker, stop_event, samples, hard_deadline),
            daemon=True,
        )
        for _ in range(config.pollers)
    ]
    try:
        for thread in pollers:
            thread.start()
        time.sleep(2)  # load and polling under way before the change
        started, published, returned = publish_change(instance, path, marker)
        time.sleep(config.freshness_after)
    finally:
        stop_event.set()
        for thread in pollers:
            thread.join(40)
        stop(load)
    ok = [s for s in samples if s[2] == 200]
    after = [s for s in ok if s[1] > published]
    stale = [s for s in after if not s[3]]
    sent_after = [s for s in ok if s[0] > published]
    stale_sent_after = [s for s in sent_after if not s[3]]
    fresh = [s for s in after if s[3]]
    last_200 = max(ok, key=lambda s: s[1]) if ok else None
    cache_statuses = {}
    for s in after:
        if s[4]:
            cache_statuses[s[4]] = cache_statuses.get(s[4], 0) + 1
    result = {
        "url": url,
        "marker": marker,
        "load": (
            f"wrk -t{config.threads} -c{load_connections} + {config.pollers} pollers"
        ),
        "publish_seconds": round(published - started, 3),
        "publish_returned_at": dt.datetime.fromtimestamp(published, dt.UTC).isoformat(),
        "observed_after_seconds": config.freshness_after,
        "responses": len(samples),
        "errors": len(samples) - len(ok),
        "early_marker": sum(1 for s in ok if s[3] and s[1] <= started),
        "responses_after_publish": len(after),
        "stale_after_publish": len(stale),
        "requests_sent_after_publish": len(sent_after),
        "stale_sent_after_publish": len(stale_sent_after),
        "last_stale_seconds_after_publish": (
            round(max(s[1] for s in stale) - published, 3) if stale else None
        ),
        "first_fresh_seconds_after_publish": (
            round(min(s[1] for s in fresh) - published, 3) if fresh else None
        ),
        "still_stale_at_end": bool(
            last_200 and last_200[1] > published and not last_200[3]
        ),
        "poll_rps": round(
            len(samples) / (max(s[1] for s in samples) - min(s[0] for s in samples)), 1
        )
        if len(samples) > 1
        else 0.0,
        "cache_status_after_publish": cache_statuses or None,
        "publish_script_overhead_seconds": round(returned - published, 3),
    }
    log(
        f"freshness {label}: {result['stale_after_publish']} stale of"
        f" {result['responses_after_publish']} responses after publish returned"
    )
    return result


def _weigh(browser, url):
    """Load one page in a fresh phone-sized context; bytes per resource type."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    assert urlsplit(url).hostname == HOST, url
    context = browser.new_context(**PHONE, service_workers="block")
    try:
        page = context.new_page()
        finished, failed = [], []
        # Playwright wants Python functions here, not bound built-in methods.
        page.on("requestfinished", lambda request: finished.append(request))
        page.on("requestfailed", lambda request: failed.append(request))
        page.goto(url, wait_until="load", timeout=90_000)
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_load_state("networkidle", timeout=15_000)
        by_type = {}
        html = None
        for request in finished:
            response = request.response()
            if response is None:
                continue
            sizes = request.sizes()
            try:
                decoded = len(response.body())
            except PlaywrightError:  # redirects have no body
                decoded = 0
            sent = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            kind = request.resource_type
            entry = by_type.setdefault(
                kind, {"requests": 0, "bytes": 0, "transferred": 0}
            )
            entry["requests"] += 1
            entry["bytes"] += decoded
            entry["transferred"] += sent
            if kind == "document" and request.url == url and html is None:
                html = {"bytes": decoded, "transferred": sent}
        return {
            "url": url,
            "html_bytes": html["bytes"] if html else None,
            "html_transferred": html["transferred"] if html else None,
            "total_bytes": sum(e["bytes"] for e in by_type.values()),
            "total_transferred": sum(e["transferred"] for e in by_type.values()),
            "requests": sum(e["requests"] for e in by_type.values()),
            "failed_requests": [r.url for r in failed],
            "by_type": by_type,
        }
    finally:
        context.close()


def page_weight(pages):
    """Bytes each page loads in Chromium at a phone viewport (cold cache)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                # Hermetic: nothing but 127.0.0.1 resolves.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
            timeout=60_000,
        )
        try:
            return {name: _weigh(browser, url) for name, url in pages.items()}
        finally:
            browser.close()


def lighthouse(name, url, tmp):
    assert urlsplit(url).hostname == HOST, url
    out = tmp / f"lighthouse-{name}.json"
    command = [
        str(LIGHTHOUSE_BIN),
        url,
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
        "--form-factor=mobile",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--output=json",
        f"--output-path={out}",
    ]
    log(f"lighthouse (mobile) on {url}")
    process = spawn(
        command,
        log_path=tmp / f"lighthouse-{name}.log",
        # Chrome's throwaway profile goes under tmp, removed with it.
        env=dict(os.environ, CHROME_PATH=CHROMIUM, TMPDIR=str(tmp)),
    )
    try:
        process.wait(timeout=300)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"lighthouse on {url} took over 300s") from exc
    finally:
        stop(process)
    if process.returncode != 0 or not out.exists():
        raise BenchError(
            f"lighthouse failed ({process.returncode}):\n"
            f"{tail(tmp / f'lighthouse-{name}.log')}"
        )
    report = json.loads(out.read_text())
    RESULTS.mkdir(exist_ok=True)
    shutil.copyfile(out, RESULTS / f"lighthouse-{name}.json")
    audits = report.get("audits", {})

    def metric(key):
        value = audits.get(key, {}).get("numericValue")
        return round(value, 3) if isinstance(value, int | float) else None

    scores = {
        key: (round(cat["score"] * 100) if cat.get("score") is not None else None)
        for key, cat in report["categories"].items()
    }
    return {
        "url": url,
        "scores": scores,
        "runtime_error": (report.get("runtimeError") or {}).get("message"),
        "warnings": report.get("runWarnings") or [],
        "metrics": {
            "first_contentful_paint_ms": metric("first-contentful-paint"),
            "largest_contentful_paint_ms": metric("largest-contentful-paint"),
            "total_blocking_time_ms": metric("total-blocking-time"),
            "cumulative_layout_shift": metric("cumulative-layout-shift"),
            "speed_index_ms": metric("speed-index"),
            "total_byte_weight": metric("total-byte-weight"),
        },
        "report": str((RESULTS / f"lighthouse-{name}.json").relative_to(ROOT)),
    }


# --- reporting --------------------------------------------------------------------


def fmt_ms(ms):
    if ms is None:
        return "-"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 10:
        return f"{ms:.0f} ms"
    return f"{ms:.2f} ms"


def decimal(ratio):
    """0.0714, 0.00093, 0.0000476: about three significant digits, no exponent."""
    if not ratio:
        return "0"
    places = max(4, 2 - math.floor(math.log10(abs(ratio))))
    return f"{ratio:.{places}f}"


def throughput_ratio(value, reference):
    """'1/14 0.0714': the share of the limit's req/s."""
    if not reference or value is None:
        return "-", None
    ratio = value / reference
    if ratio <= 0:
        return "0", 0.0
    if abs(ratio - 1) < 0.005:
        fraction = "1/1"
    elif ratio < 1:
        fraction = f"1/{1 / ratio:,.0f}"
    else:
        fraction = f"{ratio:.1f}/1"
    return fraction, ratio


def latency_ratio(value, reference):
    if not reference or value is None:
        return "-", None
    ratio = value / reference
    return (f"x{ratio:,.0f}" if ratio >= 10 else f"x{ratio:.1f}"), ratio


CASES = {
    "a": "(a) nginx, static file",
    "b": "(b) app, page cache off",
    "b_home": "(b) home page, cache off",
    "b_section": "(b) section page, cache off",
    "c": "(c) app, from its cache",
    "d": "(d) nginx proxy_cache + app",
    "e": "(e) beacon POST /a/v (app)",
}


def add_ratios(runs):
    beacon, cached = runs.get("e"), runs.get("c")
    if beacon and cached and cached["rps"]:
        beacon["rps_vs_c"] = round(beacon["rps"] / cached["rps"], 3)
    ref = runs.get("a")
    for run in runs.values():
        if ref is None:
            break
        text, ratio = throughput_ratio(run["rps"], ref["rps"])
        run["rps_vs_a"] = {"fraction": text, "ratio": ratio}
        for key in ("p50_ms", "p99_ms"):
            text, ratio = latency_ratio(run[key], ref[key])
            run[f"{key[:3]}_vs_a"] = {"text": text, "ratio": ratio}


def diagnose(results):
    notes = []
    runs = results.get("throughput", {})
    b, c, d = runs.get("b"), runs.get("c"), runs.get("d")
    if b and c and b["rps"] and 0.75 <= c["rps"] / b["rps"] <= 1.33:
        notes.append(
            "(b) and (c) are within 25% of each other: PAGE_CACHE_ENABLED=false made no"
            " measurable difference, so the app probably has no page cache (yet)."
        )
    if d and d["check"].get("x_cache_status") != "HIT":
        check = d["check"]
        why = []
        if not check.get("cache_control"):
            why.append("the app sends no Cache-Control")
        elif not re.search(
            r"(s-maxage|max-age)=[1-9]", check["cache_control"]
        ) or re.search(r"private|no-cache|no-store", check["cache_control"]):
            why.append(f"the app sends Cache-Control: {check['cache_control']}")
        if check.get("sets_cookie"):
            why.append("the response sets a cookie (nginx never stores those)")
        notes.append(
            f"(d): nginx did not answer the article from its cache (X-Cache-Status:"
            f" {check.get('x_cache_status')})"
            + (f"; {', and '.join(why)}." if why else ".")
        )
    for key, run in runs.items():
        if run["error_count"]:
            notes.append(f"{CASES[key]}: wrk counted errors {run['errors']}.")
        expected = 204 if key == "e" else 200
        if run["check"]["status"] != expected:
            notes.append(f"{CASES[key]}: got HTTP {run['check']['status']}.")
    for key, fresh in (results.get("freshness") or {}).items():
        if fresh.get("early_marker"):
            notes.append(f"freshness {key}: the marker showed before publishing began?")
        if fresh.get("still_stale_at_end"):
            notes.append(
                f"freshness {key}: still serving the old page"
                f" {fresh['observed_after_seconds']:g}s after publish returned."
            )
    fresh_c = (results.get("freshness") or {}).get("c") or {}
    if fresh_c.get("still_stale_at_end") and "local-memory" in str(
        results["meta"].get("instance")
    ):
        notes.append(
            "freshness (c): with the local-memory cache each web worker has its own"
            " cache, which a publish in another process cannot clear; set"
            " BENCH_REDIS_URL (and BENCH_DATABASE_URL) to measure the production setup."
        )
    for name, lh in (results.get("lighthouse") or {}).items():
        if lh.get("runtime_error"):
            notes.append(f"lighthouse {name}: {lh['runtime_error']}")
    return notes


def render(results):
    meta = results["meta"]
    lines = []
    out = lines.append
    out("")
    out(f"masthead bench  {meta['finished_at']}  commit {meta['commit']}")
    out(
        f"machine: {meta['cpus']} CPUs, load average"
        f" {meta['load_before'][0]:.2f} before / {meta['load_after'][0]:.2f} after"
        " (other work on the machine skews results)"
    )
    out(f"app: {meta['instance']}")
    article = results.get("article", {})
    if article:
        out(f"article: {article['path']} ({article['bytes']:,} bytes of HTML)")
    runs = results.get("throughput", {})
    if runs:
        first = next(iter(runs.values()))
        out(
            f"load: {first['command']}"
            f" (warm-up {meta['warmup_seconds']:g}s before each)"
        )
        out("")
        header = (
            f"{'case':<30} {'req/s':>9}  {'vs (a)':>16}  {'p50':>9} {'vs (a)':>7}"
            f"  {'p99':>9} {'vs (a)':>7}  check (curl)"
        )
        out(header)
        out("-" * len(header))
        for key, title in CASES.items():
            run = runs.get(key)
            if not run:
                continue
            vs = run.get("rps_vs_a") or {"fraction": "-", "ratio": None}
            ratio = (
                f"{vs['fraction']} {decimal(vs['ratio'])}"
                if vs["ratio"] is not None
                else "-"
            )
            check = run["check"]
            p50_vs = run.get("p50_vs_a", {}).get("text", "-")
            p99_vs = run.get("p99_vs_a", {}).get("text", "-")
            cache = (
                f", {check['x_cache_status']}" if check.get("x_cache_status") else ""
            )
            errors = f", {run['error_count']} errors" if run["error_count"] else ""
            out(
                f"{title:<30} {run['rps']:>9,.0f}  {ratio:>16}"
                f"  {fmt_ms(run['p50_ms']):>9} {p50_vs:>7}"
                f"  {fmt_ms(run['p99_ms']):>9} {p99_vs:>7}  {check['status']},"
                f" {check['same_as_static']}{cache}{errors}"
            )
    beacon = runs.get("e") if runs else None
    if beacon and beacon.get("rps_vs_c") is not None:
        out("")
        out(
            f"beacon: {beacon['rps']:,.0f} events/s = {beacon['rps_vs_c']:.2f} x the"
            f" cached article's {runs['c']['rps']:,.0f} req/s (c), same app, same run;"
            f" {beacon['check']['stored']:,} views stored"
        )
    fresh = results.get("freshness")
    if fresh:
        out("")
        out(
            "freshness: publish a marker in the dek under load; count 200s received"
            " after publish() returned that lack it"
        )
        header = (
            f"{'case':<30} {'load':<26} {'publish':>8} {'after':>7} {'stale':>6}"
            f" {'stale*':>7} {'last stale':>11} {'first fresh':>12}"
        )
        out(header)
        out("-" * len(header))
        for key, item in fresh.items():
            last = item["last_stale_seconds_after_publish"]
            first_fresh = item["first_fresh_seconds_after_publish"]
            last_text = f"+{last:.2f}s" if last is not None else "-"
            first_text = f"+{first_fresh:.2f}s" if first_fresh is not None else "none"
            out(
                f"{CASES[key]:<30} {item['load']:<26} {item['publish_seconds']:>7.1f}s"
                f" {item['responses_after_publish']:>7,}"
                f" {item['stale_after_publish']:>6,}"
                f" {item['stale_sent_after_publish']:>7,}"
                f" {last_text:>11} {first_text:>12}"
            )
        out(
            "  publish: the `manage.py shell` that publishes, start-up included;"
            " after: 200s received after publish() returned;"
        )
        out(
            "  stale: of those, without the marker; stale*: of those, the ones also"
            " requested after it;"
        )
        out(
            f"  observed for {next(iter(fresh.values()))['observed_after_seconds']:g}s"
            " after publish() returned."
        )
    weight = results.get("page_weight")
    if weight:
        out("")
        out("page weight (Chromium, 412x823 phone viewport, cold cache, via (d)):")
        header = (
            f"{'page':<9} {'HTML':>10} {'(sent)':>9} {'total':>11} {'(sent)':>10}"
            f" {'requests':>9}  by type (bytes)"
        )
        out(header)
        out("-" * len(header))
        for name, item in weight.items():
            kinds = ", ".join(
                f"{kind} {entry['bytes']:,}"
                for kind, entry in sorted(
                    item["by_type"].items(), key=lambda kv: -kv[1]["bytes"]
                )
            )
            out(
                f"{name:<9} {item['html_bytes'] or 0:>10,}"
                f" {item['html_transferred'] or 0:>9,}"
                f" {item['total_bytes']:>11,} {item['total_transferred']:>10,}"
                f" {item['requests']:>9}  {kinds}"
            )
    lh = results.get("lighthouse")
    if lh:
        out("")
        out(f"Lighthouse {meta['versions'].get('lighthouse')} (mobile), via (d):")
        categories = ("performance", "accessibility", "best-practices", "seo")
        header = (
            f"{'page':<9} "
            + " ".join(f"{c:>14}" for c in categories)
            + "   LCP, TBT, CLS"
        )
        out(header)
        out("-" * len(header))
        for name, item in lh.items():
            m = item["metrics"]
            out(
                f"{name:<9} "
                + " ".join(f"{str(item['scores'].get(c, '-')):>14}" for c in categories)
                + f"   {fmt_ms(m['largest_contentful_paint_ms'])},"
                f" {fmt_ms(m['total_blocking_time_ms'])},"
                f" {m['cumulative_layout_shift']}"
            )
    if results.get("notes"):
        out("")
        out("notes:")
        for note in results["notes"]:
            out(f"  - {note}")
    if results.get("error"):
        out("")
        out(f"FAILED: {results['error']}")
    out("")
    out(f"JSON: {meta['json']}")
    return "\n".join(lines)


def git_commit():
    head = _run(["git", "rev-parse", "--short", "HEAD"], 30, cwd=ROOT).stdout.strip()
    dirty = _run(["git", "status", "--porcelain"], 30, cwd=ROOT).stdout.strip()
    return f"{head}{' + uncommitted changes' if dirty else ''}" if head else "unknown"


# --- the run ------------------------------------------------------------------------


def run(stack, config, results):
    ensure_tools(config)
    results["meta"]["versions"] = tool_versions()
    instance = make_instance(stack, config)
    results["meta"]["instance"] = instance.description
    stack.callback(_dump_logs_on_failure, instance, results)
    prepare(instance)
    app = f"http://{HOST}:{instance.port}"
    runs = results["throughput"] = {}

    # (b) first: the page saved for (a) comes from the same data (no marker yet).
    log("starting the app with PAGE_CACHE_ENABLED=false")
    with contextlib.ExitStack() as uncached:
        process = instance.serve(uncached, page_cache=False)
        path = pick_article(instance.port)
        warm(instance.port, ["/", path])
        _, _, reference = http_get(f"{app}{path}")
        results["article"] = {"path": path, "bytes": len(reference)}
        runs["b"] = measure("b", f"{app}{path}", config, reference, instance.tmp)
        # The front page and the story's section, uncached too (issue 14).
        section = path.rstrip("/").rsplit("/", 1)[0] + "/"
        for key, other in (("b_home", "/"), ("b_section", section)):
            _, _, body = http_get(f"{app}{other}")
            runs[key] = measure(key, f"{app}{other}", config, body, instance.tmp)
        stop(process)

    # (a) alone, before anything else runs again: nginx at its fastest.
    static_port = free_port()
    with contextlib.ExitStack() as static:
        start_static_nginx(
            static,
            instance,
            port=static_port,
            article_path=path,
            article_html=reference,
        )
        runs["a"] = measure(
            "a", f"http://{HOST}:{static_port}{path}", config, reference, instance.tmp
        )
    proxy_port = free_port()
    # As deployed: the app purges nginx's copies of what a publish changed.
    instance.env["PAGE_CACHE_PURGE_URL"] = f"http://{HOST}:{proxy_port}"
    log("starting the app with its page cache (default settings)")
    instance.serve(stack, page_cache=True)
    warm(instance.port, ["/", path])
    start_nginx(stack, instance, proxy_port=proxy_port)
    front = f"http://{HOST}:{proxy_port}"
    warm(proxy_port, ["/", path])
    runs["c"] = measure("c", f"{app}{path}", config, reference, instance.tmp)
    runs["d"] = measure("d", f"{front}{path}", config, reference, instance.tmp)
    runs["e"] = measure_beacon(instance, path, config)
    results["throughput"] = {key: runs[key] for key in CASES}

    if "freshness" not in config.skip:
        results["freshness"] = {
            "c": freshness("c", instance, instance.port, path, config),
            "d": freshness("d", instance, proxy_port, path, config),
        }
    pages = {"home": f"{front}/", "article": f"{front}{path}"}
    if "weight" not in config.skip:
        log("page weight of home and article (Chromium via Playwright)")
        # The browser's throwaway profile goes under tmp, removed with it.
        previous = os.environ.get("TMPDIR")
        os.environ["TMPDIR"] = str(instance.tmp)
        try:
            results["page_weight"] = page_weight(pages)
        finally:
            if previous is None:
                os.environ.pop("TMPDIR", None)
            else:
                os.environ["TMPDIR"] = previous
    if "lighthouse" not in config.skip:
        results["lighthouse"] = {
            name: lighthouse(name, url, instance.tmp) for name, url in pages.items()
        }


def _dump_logs_on_failure(instance, results):
    if not results.get("error"):
        return
    for path in instance.logs:
        if Path(path).exists() and Path(path).stat().st_size:
            print(f"--- {path.name} (last lines) ---", file=sys.stderr)
            print(tail(path, 30), file=sys.stderr)


def _raise_signal(signum, _frame):
    if signum == signal.SIGALRM:
        raise BenchTimeout("the run took longer than BENCH_TIMEOUT")
    raise Interrupted(signum)


def main():
    config = Config()
    config.validate()
    RESULTS.mkdir(parents=True, exist_ok=True)
    json_path = RESULTS / "latest.json"
    results = {
        "meta": {
            "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "commit": git_commit(),
            "cpus": os.cpu_count(),
            "load_before": list(os.getloadavg()),
            "duration_seconds": config.duration,
            "connections": config.connections,
            "threads": config.threads,
            "warmup_seconds": config.warmup,
            "json": str(json_path.relative_to(ROOT)),
            "versions": {},
            "instance": "-",
        },
    }
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGALRM):
        signal.signal(signum, _raise_signal)
    signal.alarm(config.timeout)
    status = 0
    try:
        with contextlib.ExitStack() as stack:
            try:
                run(stack, config, results)
            except KeyboardInterrupt:
                results["error"] = "interrupted (Ctrl-C)"
                status = 130
            except Interrupted as exc:
                results["error"] = str(exc)
                status = 128 + exc.signum
            except BenchError as exc:
                results["error"] = str(exc)
                status = 1
            except Exception as exc:
                results["error"] = f"{type(exc).__name__}: {exc}"
                status = 1
                raise
            finally:
                signal.alarm(0)
                log("stopping everything and removing temporary files")
    finally:
        meta = results["meta"]
        meta["finished_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        meta["load_after"] = list(os.getloadavg())
        meta["elapsed_seconds"] = round(time.monotonic() - STARTED, 1)
        if "throughput" in results:
            add_ratios(results["throughput"])
        results["notes"] = diagnose(results)
        for run_ in results.get("throughput", {}).values():
            run_.pop("wrk_output", None)
        json_path.write_text(json.dumps(results, indent=2, default=str) + "\n")
        print(render(results), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
