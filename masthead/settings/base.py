"""Settings shared by every environment; every knob reads an environment variable.

The variables are documented in README.md ("Configuration").
"""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("MASTHEAD_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def env_int(name, default):
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from exc


def env_ints(name, default):
    try:
        return tuple(int(item) for item in env_list(name, default))
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"{name} must be comma-separated integers, not {os.environ[name]!r}"
        ) from exc


def renamed_env(name, old_name):
    """``name``, or ``old_name`` while only the variable's old name is set.

    Deployments set variables we have since renamed: they keep working for one
    release (README, "Renamed settings"); then drop the fallback.
    """
    if name not in os.environ and old_name in os.environ:
        return old_name
    return name


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "masthead.page_cache",
    "masthead.core",
    "masthead.analytics",
    "masthead.sections",
    "masthead.authors",
    "masthead.articles",
    "masthead.home",
    "masthead.newsletter",
    "masthead.search",
    "masthead.syndication",
    "masthead.importers",
    "masthead.newsroom",
    "masthead.demo",
    # manage.py backup / restore (docs/operations.md)
    "masthead.backups",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "masthead.newsroom.apps.NewsroomUsersConfig",  # wagtail.users, our screens
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",  # the public API's docs page serves Swagger UI itself, not from a CDN
    "django_tasks",
    "django_tasks_db",
    "django_guid",
    "anymail",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",  # its system check catches settings in django-csp 3's old format
]

MIDDLEWARE = [
    # First: every log line of the request, cached or not, has its request id.
    "django_guid.middleware.guid_middleware",
    # Old "/?p=123" addresses of imported stories: before the page cache, which
    # would answer with the home page.
    "masthead.importers.middleware.QueryRedirectMiddleware",
    # Answers page-cache hits and stores what the rest renders.
    "masthead.page_cache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Inside the page cache, so cached pages keep these headers (security_headers).
    "masthead.core.security_headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under var/ unless DATABASE_URL points elsewhere (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'masthead.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# SQLite keeps its connections too: opening one (and its PRAGMAs) on every
# request took a sixth of an uncached page's CPU under load.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets the worker write while the web process reads.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background work: queues, heartbeats, health (docs/operators.md, "Health") ---
# Each queue has a worker process of its own (bin/serve): mail a reader waits
# for (newsletter confirmations) goes to "urgent", so it never queues behind a
# rendition, an import or a newsletter send, which go to "default".
TASK_QUEUES = ["urgent", "default"]
# Seconds between the heartbeats of the scheduler and of each worker.
HEARTBEAT_INTERVAL = env_int("HEARTBEAT_INTERVAL", 10)
# A scheduler or worker not heard from in this long is stale (/healthz fails);
# the tasks a silent database-queue worker was running are run again.
HEALTH_HEARTBEAT_MAX_AGE = env_int("HEALTH_HEARTBEAT_MAX_AGE", 120)
if HEALTH_HEARTBEAT_MAX_AGE < 3 * HEARTBEAT_INTERVAL:
    # A live worker that misses a beat or two must not have its task run twice.
    raise ImproperlyConfigured(
        "HEALTH_HEARTBEAT_MAX_AGE must be at least three HEARTBEAT_INTERVALs"
    )


def _seconds_per_queue(items):
    """["urgent:60", "default:900"] -> {"urgent": 60, "default": 900}."""
    limits = {}
    for item in items:
        queue, _, seconds = item.partition(":")
        if queue.strip() not in TASK_QUEUES or not seconds.strip().isdigit():
            raise ImproperlyConfigured(
                f"HEALTH_TASK_WAIT_LIMITS: {item!r} is not <queue>:<seconds> with "
                f"a queue out of {', '.join(TASK_QUEUES)}"
            )
        limits[queue.strip()] = int(seconds)
    return limits


# Seconds a task that is due may wait in each queue before /healthz fails.
HEALTH_TASK_WAIT_LIMITS = {
    "urgent": 60,
    "default": 900,
    **_seconds_per_queue(env_list("HEALTH_TASK_WAIT_LIMITS")),
}
# Starts of a task whose worker keeps dying before it is left failed.
TASK_MAX_ATTEMPTS = env_int("TASK_MAX_ATTEMPTS", 3)
# --- end of background work ---

REDIS_URL = os.environ.get("REDIS_URL", "")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "masthead"),
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    # The page cache's shared copies (each web process also keeps its own).
    CACHES["pages"] = dict(CACHES["default"])
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {
        queue: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600} for queue in TASK_QUEUES
    }
    TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": TASK_QUEUES},
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "masthead",
        },
        # The page cache's shared copies, so every web process (and a restarted
        # one) finds a page another rendered; each also keeps its own in memory.
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache" / "pages",
            "TIMEOUT": env_int("PAGE_CACHE_TIMEOUT", 24 * 3600),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }
    TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": TASK_QUEUES,
        },
    }

# --- Rate limits (masthead/core/ratelimit.py) ---
# Where the counters live: one store every web process shares. "redis" (the
# default with REDIS_URL) or "database" (the default without; also for a Redis
# that evicts keys under memory pressure, which would forget counters).
RATELIMIT_STORE = os.environ.get("RATELIMIT_STORE", "") or (
    "redis" if REDIS_URL else "database"
)
if RATELIMIT_STORE not in {"redis", "database"}:
    raise ImproperlyConfigured(
        f"RATELIMIT_STORE must be redis or database, not {RATELIMIT_STORE!r}"
    )
if RATELIMIT_STORE == "redis" and not REDIS_URL:
    raise ImproperlyConfigured("RATELIMIT_STORE=redis needs REDIS_URL")
# --- end rate limits ---

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Admin sign-in lockout (django-axes) ---
# A username that fails ADMIN_LOGIN_FAILURE_LIMIT times, from anywhere, or a
# client address that does (any usernames; IPv6 per /64), is refused for
# ADMIN_LOGIN_COOLOFF_MINUTES. The address is the one NEWSLETTER_TRUSTED_PROXIES
# forward. Unlocking: docs/operators.md.
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]  # last, as Axes asks
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out sign-ins
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ADMIN_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "masthead.newsroom.lockout.client_address"
AXES_LOCKOUT_CALLABLE = "masthead.newsroom.lockout.locked_out"
# Tries while locked out do not restart the cool-off, so the page's "try again
# in N minutes" holds for someone who retries early.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Only failures are kept (and dropped after the cool-off), not every sign-in.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False  # no "AXES: BEGIN" line on every manage.py command
# --- end of admin sign-in lockout ---

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible media; needs `pip install django-storages[s3]` (see docs/deploy.md).
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "masthead")
# The public address of every absolute link (masthead.core.public_url). Unset:
# the default Wagtail site's, which `manage.py configure_site` (run by bin/serve)
# sets to http://127.0.0.1:$PORT, the address Wagtail's admin mail uses then too.
BASE_URL = os.environ.get("BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
WAGTAILIMAGES_IMAGE_MODEL = "core.MastheadImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# libavif's speed for AVIF renditions, 0 (slowest, smallest) to 10; unset:
# Pillow's default, 6 (masthead/core/image_encoding.py).
AVIF_ENCODE_SPEED = env_int("AVIF_ENCODE_SPEED", None)
if AVIF_ENCODE_SPEED is not None and not 0 <= AVIF_ENCODE_SPEED <= 10:
    raise ImproperlyConfigured(
        f"AVIF_ENCODE_SPEED must be from 0 to 10, not {AVIF_ENCODE_SPEED}"
    )
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third party in the admin either: Wagtail asks gravatar.com for every user's
# avatar (an address hash to an outside server) unless this is None.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# --- Rich text editor (issue 11) ---
# Draftail, sanitising stored rich text before opening it (masthead/core/widgets.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "masthead.core.widgets.SanitisingDraftailRichTextArea"}
}
# --- end rich text editor ---
# --- Reader search (issue 12) ---
# Stemming language of PostgreSQL's text search (a config name such as "english",
# "french"); SQLite's FTS5 porter tokenizer stems English only.
SEARCH_LANGUAGE = os.environ.get("SEARCH_LANGUAGE", "english")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "masthead.search.backends",
        "SEARCH_CONFIG": SEARCH_LANGUAGE,
    },
}
# --- end reader search ---
if os.environ.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [os.environ["ELASTICSEARCH_URL"]],
        "INDEX": os.environ.get("ELASTICSEARCH_INDEX", "masthead"),
    }

# Email: an explicit EMAIL_BACKEND (e.g. an anymail provider) wins; else SMTP when
# EMAIL_HOST is set; else each message is written to var/mail/ as an .eml file.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if os.environ.get("EMAIL_BACKEND"):
    EMAIL_BACKEND = os.environ["EMAIL_BACKEND"]
    EMAIL_FILE_PATH = VAR_DIR / "mail"
elif EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
else:
    EMAIL_BACKEND = "masthead.newsletter.mail_backends.EmlFileBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsletter@localhost")
# Seconds any SMTP wait may take (connecting, the greeting, each reply), for all
# mail: a silent server must hold neither a web request nor a sending worker.
# Was NEWSLETTER_SMTP_TIMEOUT (newsletter only, once connected), read until the
# next release.
EMAIL_TIMEOUT = env_int(renamed_env("EMAIL_TIMEOUT", "NEWSLETTER_SMTP_TIMEOUT"), 60)

# Newsletter: the weekly round-up, links in mail, sending. See README.
NEWSLETTER_ROUNDUP_WEEKDAY = env_int("NEWSLETTER_ROUNDUP_WEEKDAY", 4)  # Monday is 0
NEWSLETTER_ROUNDUP_TIME = os.environ.get("NEWSLETTER_ROUNDUP_TIME", "07:00")
NEWSLETTER_CONFIRM_MAX_AGE = env_int("NEWSLETTER_CONFIRM_MAX_AGE", 7 * 24 * 3600)
NEWSLETTER_LINK_MAX_AGE = env_int("NEWSLETTER_LINK_MAX_AGE", 400 * 24 * 3600)
NEWSLETTER_SEND_RATE = float(os.environ.get("NEWSLETTER_SEND_RATE", "0") or 0)
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 200)
NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = env_int("NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR", 10)
NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY = env_int(
    "NEWSLETTER_CONFIRMATIONS_PER_ADDRESS_PER_DAY", 3
)
NEWSLETTER_WEBHOOK_SECRET = os.environ.get("NEWSLETTER_WEBHOOK_SECRET", "")
# Addresses whose X-Forwarded-For is believed (for per-IP signup limits).
NEWSLETTER_TRUSTED_PROXIES = env_list(
    "NEWSLETTER_TRUSTED_PROXIES", "127.0.0.0/8,::1/128"
)
# Lists (by slug) the scheduler drafts a round-up for; the QiOSK digest is not one.
NEWSLETTER_ROUNDUP_LISTS = tuple(env_list("NEWSLETTER_ROUNDUP_LISTS", "weekly"))
# Sending: how long a worker's lease on an issue lasts; it renews it every few
# seconds, so only a dead or stuck worker's lease expires and is taken over.
NEWSLETTER_LEASE_SECONDS = env_int("NEWSLETTER_LEASE_SECONDS", 60)
# Seconds before each retry of a temporary failure; FAILED after the last.
NEWSLETTER_RETRY_DELAYS = env_ints("NEWSLETTER_RETRY_DELAYS", "60,300,1800,7200")
# Longest a sending run waits for due retries (or an unreachable server) before
# leaving the issue to a later run.
NEWSLETTER_MAX_RETRY_WAIT = env_int("NEWSLETTER_MAX_RETRY_WAIT", 60)
# Long enough to send a big list, short enough that one run never holds the only
# worker (or outlives RQ's job timeout) for hours: the task re-enqueues itself.
NEWSLETTER_TASK_TIME_BUDGET = env_int("NEWSLETTER_TASK_TIME_BUDGET", 45 * 60)
# Dotted path of a transport class; empty: chosen from EMAIL_BACKEND.
NEWSLETTER_TRANSPORT = os.environ.get("NEWSLETTER_TRANSPORT", "")
# Envelope sender (bounces go there); empty: DEFAULT_FROM_EMAIL's address.
NEWSLETTER_RETURN_PATH = os.environ.get("NEWSLETTER_RETURN_PATH", "")
# An address added to List-Unsubscribe as a mailto: alternative to the link.
NEWSLETTER_UNSUBSCRIBE_MAILTO = os.environ.get("NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
NEWSLETTER_IMPORT_MAX_BYTES = env_int("NEWSLETTER_IMPORT_MAX_BYTES", 10 * 1024 * 1024)
# Stories the weekly draft proposes (picks, most read, newest); the rest of the
# week is listed below them on the "Arrange stories" screen.
NEWSLETTER_ROUNDUP_SIZE = env_int("NEWSLETTER_ROUNDUP_SIZE", 10)
# Most addresses one test send may go to (typed and seed list together).
NEWSLETTER_TEST_SEND_MAX = env_int("NEWSLETTER_TEST_SEND_MAX", 20)
ANYMAIL = {"WEBHOOK_SECRET": os.environ.get("ANYMAIL_WEBHOOK_SECRET", "")}
# Old names (DKIM_*) read until the next release.
NEWSLETTER_DKIM_DOMAIN = os.environ.get(
    renamed_env("NEWSLETTER_DKIM_DOMAIN", "DKIM_DOMAIN"), ""
)
NEWSLETTER_DKIM_SELECTOR = os.environ.get(
    renamed_env("NEWSLETTER_DKIM_SELECTOR", "DKIM_SELECTOR"), ""
)
NEWSLETTER_DKIM_PRIVATE_KEY_FILE = os.environ.get(
    renamed_env("NEWSLETTER_DKIM_PRIVATE_KEY_FILE", "DKIM_PRIVATE_KEY_FILE"), ""
)

# Importers (masthead.importers): limits on what an import fetches and accepts.
IMPORT_MEDIA_MAX_BYTES = env_int("IMPORT_MEDIA_MAX_BYTES", 20 * 1024 * 1024)
IMPORT_MEDIA_TIMEOUT = env_int("IMPORT_MEDIA_TIMEOUT", 30)  # s, the whole fetch
# Checked from the image header before decoding: a small file can claim a huge
# canvas (a pixel bomb) that would take gigabytes to decode.
IMPORT_MEDIA_MAX_PIXELS = env_int("IMPORT_MEDIA_MAX_PIXELS", 50_000_000)
IMPORT_FEED_MAX_BYTES = env_int("IMPORT_FEED_MAX_BYTES", 50 * 1024 * 1024)
IMPORT_UPLOAD_MAX_BYTES = env_int("IMPORT_UPLOAD_MAX_BYTES", 200 * 1024 * 1024)
# Exports hold drafts and subscribers' emails: kept outside MEDIA_ROOT, never served.
IMPORT_UPLOAD_DIR = Path(os.environ.get("IMPORT_UPLOAD_DIR", VAR_DIR / "imports"))
# Lets the fetcher reach 127.0.0.1 and ::1, for the test suite's loopback server
# only. Deliberately not read from the environment: one stray variable on a
# server would reopen the SSRF hole the fetcher exists to close.
IMPORT_FETCH_ALLOW_LOOPBACK = False

# The page cache (see docs/developers.md, "The page cache"): whole responses for
# anonymous readers, invalidated by cache tags the moment a change is committed.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# Was FRAGMENT_CACHE_ENABLED, read until the next release.
PAGE_CACHE_FRAGMENTS_ENABLED = env_bool(
    renamed_env("PAGE_CACHE_FRAGMENTS_ENABLED", "FRAGMENT_CACHE_ENABLED"), True
)
# Fragments each web process keeps (least recently used go first). The demo's
# 103 pages left 552 fragments and about 10 MB: some 100 KB a page.
PAGE_CACHE_FRAGMENTS_MAX = env_int("PAGE_CACHE_FRAGMENTS_MAX", 5_000)
if PAGE_CACHE_FRAGMENTS_MAX < 1:
    raise ImproperlyConfigured("PAGE_CACHE_FRAGMENTS_MAX must be at least 1")
PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_MB", 128) * 1024 * 1024
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 24 * 3600)  # shared copies, s
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 600)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env_int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 30)
PAGE_CACHE_TAG_FILE = Path(
    os.environ.get("PAGE_CACHE_TAG_FILE", VAR_DIR / "cache" / "page-tags.bin")
)
PAGE_CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "masthead")
# e.g. "Cache-Tag" (Cloudflare) or "Surrogate-Key" (Fastly): list the tags there.
PAGE_CACHE_TAG_HEADER = os.environ.get("PAGE_CACHE_TAG_HEADER", "")
PAGE_CACHE_EXCLUDED_PATHS = tuple(
    env_list(
        "PAGE_CACHE_EXCLUDED_PATHS",
        "/admin/,/documents/,/newsletter/,/anymail/,/search/,/healthz,/static/,"
        "/preview/,/a/",
    )
)
# Embargoed previews (newsroom/preview_links.py): days a new link lasts by
# default, and at most.
PREVIEW_LINK_DEFAULT_DAYS = env_int("PREVIEW_LINK_DEFAULT_DAYS", 7)
PREVIEW_LINK_MAX_DAYS = env_int("PREVIEW_LINK_MAX_DAYS", 30)
# Seconds after a frontend-cache purge to purge the same URLs again (0: never).
PAGE_CACHE_REPURGE_DELAY = float(os.environ.get("PAGE_CACHE_REPURGE_DELAY", "2"))

# A frontend cache in front of the app, purged by URL through Wagtail's backends:
# PAGE_CACHE_PURGE_URL for nginx (ngx_cache_purge) or Varnish; Cloudflare or
# CloudFront by their own variables. See docs/deploy.md. The old names
# (FRONTEND_CACHE_PURGE_*) are read until the next release.
WAGTAILFRONTENDCACHE = {}
_purge_url = os.environ.get(
    renamed_env("PAGE_CACHE_PURGE_URL", "FRONTEND_CACHE_PURGE_URL")
)
if _purge_url:
    WAGTAILFRONTENDCACHE["nginx"] = {
        "BACKEND": "masthead.page_cache.backends.TimeoutHTTPBackend",
        "LOCATION": _purge_url,
        "TIMEOUT": float(
            os.environ.get(
                renamed_env("PAGE_CACHE_PURGE_TIMEOUT", "FRONTEND_CACHE_PURGE_TIMEOUT"),
                "2",
            )
        ),
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

# --- Security headers (docs/deploy.md, "Security headers") ---------------------
# Content-Security-Policy (django-csp, masthead.core.security_headers). Readers'
# pages: scripts and styles from this site only, no inline code, no nonces
# (cached pages are shared). Media from MEDIA_URL's host when it has one.
_media_origin = re.match(r"https?://[^/]+", MEDIA_URL)
_media_sources = [_media_origin.group(0)] if _media_origin else []
# Article embeds (Wagtail's oEmbed finders) are iframes from these hosts.
_embed_sources = env_list(
    "CSP_FRAME_SRC",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", *env_list("CSP_SCRIPT_SRC")],
        "style-src": ["'self'"],
        "img-src": ["'self'", *_media_sources, *env_list("CSP_IMG_SRC")],
        "media-src": ["'self'", *_media_sources],
        "font-src": ["'self'"],
        "connect-src": ["'self'", *env_list("CSP_CONNECT_SRC")],
        "frame-src": _embed_sources or ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": env_list("CSP_REPORT_URI") or None,
    }
}
# Wagtail's admin writes inline scripts and styles, previews pages in frames of
# its own and shows embeds' and editors' pictures from their providers.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # Editors' avatars come from Gravatar (scheme-relative: http in dev).
        "img-src": ["'self'", "data:", "blob:", "https:", "www.gravatar.com"],
        "frame-src": ["'self'", *_embed_sources],
        "frame-ancestors": ["'self'"],
    }
}
# Powerful browser features no page of ours uses, denied to pages and embeds.
# Embeds' own (fullscreen, autoplay, encrypted-media, picture-in-picture) keep
# the browser default: allowed where an iframe's `allow` grants them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Analytics (masthead/analytics, docs/privacy.md) ---
# Raw events (one row per view, signup or newsletter click) are deleted after
# this many days; the hourly and daily rollups stay.
ANALYTICS_RAW_DAYS = env_int("ANALYTICS_RAW_DAYS", 30)
# Beacons are buffered in each web process and written in batches of this many
# events, or every ANALYTICS_FLUSH_SECONDS, whichever comes first (and at exit).
ANALYTICS_BATCH_SIZE = env_int("ANALYTICS_BATCH_SIZE", 500)
ANALYTICS_FLUSH_SECONDS = float(os.environ.get("ANALYTICS_FLUSH_SECONDS", "2") or 2)
# Beacons one address (IPv6: one /64) may send per minute to one web process;
# more are refused (429) and counted as rejected.
ANALYTICS_BEACONS_PER_MINUTE = env_int("ANALYTICS_BEACONS_PER_MINUTE", 120)
# Referrer hosts of other sites kept per day in the rollups (the most visitors
# first, and only those with at least ANALYTICS_REFERRER_MIN_VISITORS): the rest
# count as "other sites" without a name, so referrer spam cannot fill the table.
ANALYTICS_REFERRER_HOSTS = env_int("ANALYTICS_REFERRER_HOSTS", 50)
ANALYTICS_REFERRER_MIN_VISITORS = env_int("ANALYTICS_REFERRER_MIN_VISITORS", 2)
# --- end of analytics ---

# Reader pages: how many stories each listing shows per page.
MASTHEAD_RIVER_PAGE_SIZE = env_int("RIVER_PAGE_SIZE", 6)
MASTHEAD_LISTING_PAGE_SIZE = env_int("LISTING_PAGE_SIZE", 12)

# --- Logs: text, or JSON lines (LOG_FORMAT=json; the production default) -------
# Each line of a request's logs carries its request id (X-Request-ID from the
# proxy when it is a UUID, else a new one, returned in the response's header).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "")
if LOG_FORMAT not in {"", "text", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be text or json, not {LOG_FORMAT!r}")
DJANGO_GUID = {"GUID_HEADER_NAME": "X-Request-ID"}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        },
    },
    "formatters": {
        "text": {"format": "%(levelname)s %(name)s: %(message)s"},
        "json": {"()": "masthead.core.diagnostics.JsonLineFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT or "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every page action at INFO; the audit log in the admin keeps them.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # It logs every request at INFO, and a refused X-Request-ID verbatim.
        "django_guid": {"level": "ERROR"},
    },
}
# --- end of logs ---
