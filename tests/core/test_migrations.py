"""Every masthead app's migrations reverse: to zero and forward again, the same site.

On the engine this run uses (SQLite, or PostgreSQL when DATABASE_URL names it, as
in CI's second pass), on a fresh database of its own: the round trip drops
tables the other tests need. It runs in a subprocess (``migration_roundtrip``)
whose default database is that one, as an operator's ``manage.py migrate`` is.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_database_url(tmp_path):
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        yield f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}"
        return
    import psycopg

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    name = f"{database['NAME']}_mig{'_' + worker if worker else ''}"[:60]
    user = database.get("USER") or "postgres"
    auth = f"{user}:{database['PASSWORD']}" if database.get("PASSWORD") else user
    host, port = database.get("HOST") or "127.0.0.1", database.get("PORT") or 5432
    server = f"{auth}@{host}:{port}"

    def admin(sql):
        with psycopg.connect(f"postgresql://{server}/postgres", autocommit=True) as db:
            db.execute(sql)

    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{name}"')
    yield f"postgres://{server}/{name}"
    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_every_app_migrates_to_zero_and_forward_again(fresh_database_url):
    done = subprocess.run(
        [sys.executable, "-m", "tests.core.migration_roundtrip"],
        cwd=REPO,
        env={
            **os.environ,
            "DATABASE_URL": fresh_database_url,
            "DJANGO_SETTINGS_MODULE": "masthead.settings.test",
        },
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    every_app, newsroom = json.loads(done.stdout)

    assert every_app["labels"][0] == "demo" and "home" in every_app["labels"]
    made = every_app["before"]
    assert [page[3] for page in made["pages"]] == ["root", "home", "authors", "qiosk"]
    assert made["sites"] == [["localhost", 80, True, "00010001"]]
    assert "Editorial review" in made["workflows"]
    assert {"Contributor", "Editor", "Managing editor"} <= set(made["groups"])
    assert [row[0] for row in made["newsletter_lists"]] == ["qiosk-daily", "weekly"]
    for part in made:
        assert every_app["after"][part] == made[part], part

    # With a section, the newsroom alone: its group and workflow made once again.
    assert "Section editors: Europe" in newsroom["before"]["groups"]
    assert "Editorial review: Europe" in newsroom["before"]["workflows"]
    for part in newsroom["before"]:
        assert newsroom["after"][part] == newsroom["before"][part], part
