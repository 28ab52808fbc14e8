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


def settings_with(**env):
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "EMAIL_HOST"}
    }
    environ.update(DJANGO_SETTINGS_MODULE="masthead.settings.production", **env)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=environ, capture_output=True, text=True
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


@pytest.mark.parametrize("name,value", [("DEBUG", "maybe"), ("EMAIL_PORT", "abc")])
def test_malformed_values_are_named_in_the_error(name, value):
    result = settings_with(SECRET_KEY="x", EMAIL_HOST="smtp.example", **{name: value})
    assert result.returncode != 0
    assert name in result.stderr
