"""Test settings: fast hashing, isolated media, the database chosen by DATABASE_URL."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="masthead-test-media-"))
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="masthead-test-static-"))
WHITENOISE_USE_FINDERS = True
# Most tests change content through the ORM, without the signals that invalidate
# caches; the page cache's own tests switch these on.
PAGE_CACHE_ENABLED = False
PAGE_CACHE_FRAGMENTS_ENABLED = False
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
