"""Production behind TLS passes Django's deployment checks with no warning.

Each test runs the real production settings in a subprocess, with only the
variables docs/deploy.md tells an operator to set.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Whatever points the tests at shared services stays out of the subprocess.
AMBIENT = {"DATABASE_URL", "REDIS_URL", "EMAIL_HOST", "DEBUG", "HTTPS"}


def production_env(tmp_path, **env):
    environ = {
        name: value
        for name, value in os.environ.items()
        if name not in AMBIENT
        and not name.startswith(("HSTS_", "SSL_", "CSP_", "PERMISSIONS_"))
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="news.example,testserver",
        MASTHEAD_VAR_DIR=str(tmp_path),
        HTTPS="true",
    )
    environ.update(env)
    return environ


def deploy_check(tmp_path, **env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deploy_check_is_clean_behind_tls_with_the_defaults(tmp_path):
    result = deploy_check(tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output and "security." not in output, output
    assert "System check identified no issues" in output


@pytest.mark.parametrize(
    "env",
    [
        {"HSTS_INCLUDE_SUBDOMAINS": "true", "HSTS_PRELOAD": "true"},
        {"HSTS_INCLUDE_SUBDOMAINS": "true"},
        {"HSTS_SECONDS": "300"},  # the first step of the ramp
    ],
    ids=["subdomains+preload", "subdomains", "short-hsts"],
)
def test_the_deploy_check_is_clean_with_each_hsts_choice(tmp_path, env):
    result = deploy_check(tmp_path, **env)
    assert result.returncode == 0, result.stdout + result.stderr


# Django's test client against the production settings: what a load balancer
# probing over plain HTTP, a reader on http:// and one on https:// get.
PROBE = """
import json, django
django.setup()
from django.test import Client
# An empty database: a page that gets past the redirect fails, and says so.
client = Client(raise_request_exception=False)
out = {}
for name, path, extra in [
    ("health_http", "/healthz?checks=database,cache", {}),
    ("page_http", "/latest/?page=2", {}),
    (
        "health_https",
        "/healthz?checks=database,cache",
        {"HTTP_X_FORWARDED_PROTO": "https"},
    ),
]:
    response = client.get(path, HTTP_HOST="news.example", **extra)
    out[name] = {
        "status": response.status_code,
        "location": response.get("Location"),
        "hsts": response.get("Strict-Transport-Security"),
    }
print(json.dumps(out))
"""


def probe(tmp_path, **env):
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=production_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_behind_tls_http_redirects_except_the_health_check(tmp_path):
    answers = probe(tmp_path)
    # Load balancers probe over plain HTTP: answered, not redirected.
    assert answers["health_http"]["status"] == 200
    assert answers["page_http"]["status"] == 301
    assert answers["page_http"]["location"] == "https://news.example/latest/?page=2"
    # A request the proxy says came over TLS is served, with a year of HSTS.
    assert answers["health_https"]["status"] == 200
    assert answers["health_https"]["hsts"] == "max-age=31536000"


def test_hsts_subdomains_preload_and_redirect_follow_the_environment(tmp_path):
    answers = probe(
        tmp_path,
        HSTS_INCLUDE_SUBDOMAINS="true",
        HSTS_PRELOAD="true",
        SSL_REDIRECT="false",
    )
    assert answers["page_http"]["status"] != 301
    assert answers["health_https"]["hsts"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    # The ramp's first step: a short max-age.
    assert probe(tmp_path, HSTS_SECONDS="300")["health_https"]["hsts"] == "max-age=300"


@pytest.mark.parametrize(
    "env",
    [
        {"HSTS_PRELOAD": "true"},
        {
            "HSTS_PRELOAD": "true",
            "HSTS_INCLUDE_SUBDOMAINS": "true",
            "HSTS_SECONDS": "300",
        },
    ],
    ids=["without-subdomains", "short"],
)
def test_a_preload_the_lists_would_refuse_is_a_clear_error(tmp_path, env):
    result = deploy_check(tmp_path, **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: HSTS_PRELOAD needs HSTS_INCLUDE_SUBDOMAINS" in (
        result.stderr
    )
