"""Test settings: fast hashing, isolated media, the database chosen by DATABASE_URL.

The caches are on, as in production; tests/conftest.py empties them around each
test, and a test marked ``no_page_cache`` runs without the page cache.
"""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

# pytest-xdist runs a process per core, and tests empty the cache (FLUSHDB):
# each process gets a Redis database of its own, gw0 the one REDIS_URL names,
# gw1 the one below it. Set before base reads it; worker subprocesses inherit it.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if os.environ.get("REDIS_URL") and _WORKER.startswith("gw"):
    _redis = urlsplit(os.environ["REDIS_URL"])
    _database = int(_redis.path.strip("/") or 0) - int(_WORKER[2:])
    os.environ["REDIS_URL"] = _redis._replace(path=f"/{_database % 16}").geturl()

from .base import *  # noqa: E402, F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="masthead-test-media-"))
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "masthead.search.backends", "SEARCH_CONFIG": "english"}
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="masthead-test-static-"))
WHITENOISE_USE_FINDERS = True
PAGE_CACHE_ENABLED = True
# The fetcher's tests serve files from a loopback server; they turn this off
# again to test the refusals.
IMPORT_FETCH_ALLOW_LOOPBACK = True
IMPORT_UPLOAD_DIR = Path(tempfile.mkdtemp(prefix="masthead-test-imports-"))
PAGE_CACHE_FRAGMENTS_ENABLED = True
# No repurge timer outliving a test (it would purge through whatever frontend
# cache the next test configures); the tests of repurging set their own delay.
PAGE_CACHE_REPURGE_DELAY = 0
_CACHE_DIR = Path(tempfile.mkdtemp(prefix="masthead-test-cache-"))
PAGE_CACHE_TAG_FILE = _CACHE_DIR / "tags.bin"
if "pages" in CACHES and "FileBased" in CACHES["pages"]["BACKEND"]:  # noqa: F405
    CACHES["pages"]["LOCATION"] = _CACHE_DIR / "pages"  # noqa: F405
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "WARNING"},
    "loggers": {"django_tasks": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}},
}
# Beacons stay in the process's buffer until a test flushes it
# (masthead.analytics.recording.flush): no background writer thread.
ANALYTICS_FLUSH_SECONDS = 0
# AVIF renditions at libavif's fastest speed: the same code, a tenth of the CPU
# or less (pages of the demo ask for hundreds of renditions).
AVIF_ENCODE_SPEED = 10
