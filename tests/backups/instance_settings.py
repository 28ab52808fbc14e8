"""Settings of the instances the backup tests start (base settings, from the
environment: DATABASE_URL, MASTHEAD_VAR_DIR), with static files found without
collectstatic and fast password hashing."""

from masthead.settings.base import *  # noqa: F403

SECRET_KEY = "backup-tests-only"
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WHITENOISE_USE_FINDERS = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405  (whitenoise warns)
