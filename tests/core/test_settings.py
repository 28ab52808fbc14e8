"""Every knob comes from the environment: database, cache and task queue switch."""

import json
import os
import subprocess
import sys

import pytest

PROBE = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'db': s.DATABASES['default']['ENGINE'], "
    "'cache': s.CACHES['default']['BACKEND'], 'tasks': s.TASKS['default']['BACKEND'], "
    "'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, 'email': s.EMAIL_BACKEND}))"
)


def settings_with(probe=PROBE, **env):
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "EMAIL_HOST"}
    }
    environ.update(DJANGO_SETTINGS_MODULE="masthead.settings.production", **env)
    result = subprocess.run(
        [sys.executable, "-c", probe], env=environ, capture_output=True, text=True
    )
    return result


def test_defaults_are_sqlite_local_cache_database_queue():
    result = settings_with(SECRET_KEY="x")
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.sqlite3"
    assert values["cache"].endswith("LocMemCache")
    assert values["tasks"] == "django_tasks_db.DatabaseBackend"
    assert values["debug"] is False
    assert values["email"].endswith("EmlFileBackend")


CONN_MAX_AGE_PROBE = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DATABASES['default']['CONN_MAX_AGE'])"
)


def test_sqlite_connections_are_kept_open_like_postgresqls():
    # A new SQLite connection per request was a sixth of an uncached page's CPU.
    assert settings_with(CONN_MAX_AGE_PROBE, SECRET_KEY="x").stdout.strip() == "60"
    closed = settings_with(
        CONN_MAX_AGE_PROBE, SECRET_KEY="x", DATABASE_CONN_MAX_AGE="0"
    )
    assert closed.stdout.strip() == "0"


def test_database_and_redis_urls_switch_backends():
    result = settings_with(
        SECRET_KEY="x",
        DATABASE_URL="postgres://u@127.0.0.1:5432/masthead",
        REDIS_URL="redis://127.0.0.1:6379/3",
        ALLOWED_HOSTS="news.example,www.news.example",
        EMAIL_HOST="smtp.example",
    )
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.postgresql"
    assert values["cache"] == "django_redis.cache.RedisCache"
    assert values["tasks"] == "django_tasks_rq.RQBackend"
    assert values["hosts"] == ["news.example", "www.news.example"]
    assert values["email"].endswith("smtp.EmailBackend")


def test_production_refuses_to_start_without_a_secret_key():
    result = settings_with(SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    "name,value",
    [
        ("DEBUG", "maybe"),
        ("EMAIL_PORT", "abc"),
        ("NEWSLETTER_RETRY_DELAYS", "60,soon"),
        ("RATELIMIT_STORE", "memory"),
        ("HEALTH_TASK_WAIT_LIMITS", "urgent=60"),
        ("HEALTH_TASK_WAIT_LIMITS", "bulk:60"),
        ("HEALTH_HEARTBEAT_MAX_AGE", "15"),  # under three 10 s heartbeats
        ("LOG_FORMAT", "xml"),
        ("AVIF_ENCODE_SPEED", "fast"),
        ("AVIF_ENCODE_SPEED", "11"),
        ("PAGE_CACHE_FRAGMENTS_MAX", "0"),
    ],
)
def test_malformed_values_are_named_in_the_error(name, value):
    result = settings_with(SECRET_KEY="x", EMAIL_HOST="smtp.example", **{name: value})
    assert result.returncode != 0
    assert name in result.stderr


RATELIMIT_PROBE = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.RATELIMIT_STORE)"
)


@pytest.mark.parametrize(
    "env,store",
    [
        ({}, "database"),
        ({"REDIS_URL": "redis://127.0.0.1:6379/3"}, "redis"),
        (
            {"REDIS_URL": "redis://127.0.0.1:6379/3", "RATELIMIT_STORE": "database"},
            "database",
        ),
    ],
)
def test_rate_limits_are_kept_in_redis_or_else_the_database(env, store):
    result = settings_with(RATELIMIT_PROBE, SECRET_KEY="x", **env)
    assert result.stdout.strip() == store, result.stderr


def test_redis_rate_limits_need_redis():
    result = settings_with(SECRET_KEY="x", RATELIMIT_STORE="redis")
    assert result.returncode != 0
    assert "RATELIMIT_STORE=redis needs REDIS_URL" in result.stderr


RENAMED = {
    "DKIM_DOMAIN": "NEWSLETTER_DKIM_DOMAIN",
    "DKIM_SELECTOR": "NEWSLETTER_DKIM_SELECTOR",
    "DKIM_PRIVATE_KEY_FILE": "NEWSLETTER_DKIM_PRIVATE_KEY_FILE",
    "FRAGMENT_CACHE_ENABLED": "PAGE_CACHE_FRAGMENTS_ENABLED",
    "FRONTEND_CACHE_PURGE_URL": "PAGE_CACHE_PURGE_URL",
    "FRONTEND_CACHE_PURGE_TIMEOUT": "PAGE_CACHE_PURGE_TIMEOUT",
    "NEWSLETTER_SMTP_TIMEOUT": "EMAIL_TIMEOUT",
}
OLD_VALUES = {
    "DKIM_DOMAIN": "old.example",
    "DKIM_SELECTOR": "old",
    "DKIM_PRIVATE_KEY_FILE": "/old.pem",
    "FRAGMENT_CACHE_ENABLED": "false",
    "FRONTEND_CACHE_PURGE_URL": "http://old.example",
    "FRONTEND_CACHE_PURGE_TIMEOUT": "5",
    "NEWSLETTER_SMTP_TIMEOUT": "9",
}


def renamed_settings(**env):
    """The settings the renamed variables feed, with only ``env`` of them set."""
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'domain': s.NEWSLETTER_DKIM_DOMAIN, "
        "'selector': s.NEWSLETTER_DKIM_SELECTOR, "
        "'key': s.NEWSLETTER_DKIM_PRIVATE_KEY_FILE, "
        "'fragments': s.PAGE_CACHE_FRAGMENTS_ENABLED, "
        "'purge': s.WAGTAILFRONTENDCACHE.get('nginx'), "
        "'email_timeout': s.EMAIL_TIMEOUT}))"
    )
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in RENAMED and k not in RENAMED.values()
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.production", SECRET_KEY="x", **env
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=environ, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_renamed_variables_are_still_read_under_their_old_names():
    values = renamed_settings(**OLD_VALUES)
    assert values["domain"] == "old.example"
    assert values["selector"] == "old"
    assert values["key"] == "/old.pem"
    assert values["fragments"] is False
    assert values["purge"]["LOCATION"] == "http://old.example"
    assert values["purge"]["TIMEOUT"] == 5.0
    assert values["email_timeout"] == 9


def test_a_renamed_variables_new_name_wins_over_its_old_one():
    values = renamed_settings(
        **OLD_VALUES,
        NEWSLETTER_DKIM_DOMAIN="new.example",
        NEWSLETTER_DKIM_SELECTOR="new",
        NEWSLETTER_DKIM_PRIVATE_KEY_FILE="/new.pem",
        PAGE_CACHE_FRAGMENTS_ENABLED="true",
        PAGE_CACHE_PURGE_URL="http://new.example",
        PAGE_CACHE_PURGE_TIMEOUT="7",
        EMAIL_TIMEOUT="7",
    )
    assert values["domain"] == "new.example"
    assert values["selector"] == "new"
    assert values["key"] == "/new.pem"
    assert values["fragments"] is True
    assert values["purge"]["LOCATION"] == "http://new.example"
    assert values["purge"]["TIMEOUT"] == 7.0
    assert values["email_timeout"] == 7


def test_without_renamed_variables_the_defaults_hold():
    values = renamed_settings()
    assert values["domain"] == values["selector"] == values["key"] == ""
    assert values["fragments"] is True
    assert values["purge"] is None
    assert values["email_timeout"] == 60
