"""Purging a frontend cache (nginx, a CDN) with the same tags as the page cache.

Frontend caches purge by URL, so while one is configured (WAGTAILFRONTENDCACHE,
from the environment) each stored response records its URL under each of its
tags. Purging tags purges every URL recorded under them through Wagtail's
frontend cache backends, synchronously, then once more a moment later: a
response that was on its way to the frontend cache while the first purge ran is
gone after the second.
"""

import logging
import threading

from django.conf import settings
from django.db import DatabaseError

logger = logging.getLogger(__name__)


def configured():
    return bool(settings.WAGTAILFRONTENDCACHE)


def register(url, tags):
    """Remember that ``url`` (with these tags) may now sit in the frontend cache."""
    if not configured():
        return
    from masthead.page_cache.models import FrontendCachedUrl

    try:
        FrontendCachedUrl.objects.bulk_create(
            [FrontendCachedUrl(tag=tag[:100], url=url[:2000]) for tag in tags],
            ignore_conflicts=True,
        )
    except DatabaseError:
        logger.warning("could not record %s for frontend cache purges", url)


def urls_for(tags):
    from masthead.page_cache.models import FrontendCachedUrl

    if "all" in tags:
        rows = FrontendCachedUrl.objects.all()
    else:
        rows = FrontendCachedUrl.objects.filter(tag__in=list(tags))
    return sorted(set(rows.values_list("url", flat=True)))


def _purge_now(urls):
    # Wagtail's purge_urls_from_cache() only enqueues this task; a worker would
    # run it up to a polling interval later. Calling it here purges before the
    # editor's publish returns.
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

    try:
        purge_urls_from_cache_task.call(list(urls))
    except Exception:
        logger.exception("frontend cache purge failed for %d URLs", len(urls))


def purge_tags(tags):
    if not configured():
        return []
    urls = urls_for(tags)
    if urls:
        _purge_now(urls)
        delay = settings.PAGE_CACHE_REPURGE_DELAY
        if delay > 0:
            # Not a daemon: a short-lived process (a management command that
            # publishes) waits for it before exiting.
            threading.Timer(delay, _purge_now, args=(urls,)).start()
    return urls
