"""The magazine's public address: the one source of every absolute URL.

``BASE_URL`` when it is set; otherwise the default Wagtail Site's root URL, which
``manage.py configure_site`` (run by ``make run``) sets from ``BASE_URL`` or
``http://127.0.0.1:$PORT``. Feeds, sitemaps, the API, page metadata and every
email build absolute links here, never from the request's Host header, so a
link is the same whoever asked and whichever port the server listens on. Page
URLs come from Wagtail's Site, which ``configure_site`` (run by ``bin/serve``
before it serves) points at ``BASE_URL``.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

CACHE_KEY = "masthead:public-base-url"
# A Site edit clears it at once where the cache is shared (Redis); processes
# with a local cache each see the edit within this many seconds.
CACHE_TIMEOUT = 60


def base_url():
    """``https://news.example`` (no trailing slash)."""
    if settings.BASE_URL:
        return settings.BASE_URL
    url = cache.get(CACHE_KEY)
    if url is None:
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise ImproperlyConfigured(
                "No BASE_URL and no default Wagtail site: set BASE_URL or run "
                "manage.py configure_site."
            )
        url = site.root_url
        cache.set(CACHE_KEY, url, CACHE_TIMEOUT)
    return url


def absolute(url):
    """``url`` (a path, or already absolute) on the magazine's public address."""
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):  # protocol-relative media on a CDN
        return base_url().split(":", 1)[0] + ":" + url
    return base_url() + "/" + url.lstrip("/")


def forget(**kwargs):
    """Signal receiver: a Site changed, so read the address again."""
    cache.delete(CACHE_KEY)
