"""Which tags a change bumps, and bumping them once the change is committed.

A page change (publish, unpublish, move, slug change, privacy change, delete)
always bumps ``page:<id>``, which invalidates every response showing that page.
It also compares the page's *footprint* (``cache_footprint()``: the listings it
is in, with its position in each) before and after; each listing tag whose
position differs is bumped too, so listings it joins, leaves or moves in are
rebuilt, and no others. Site settings, images and topic tags bump their own tag.

Bumps run in ``transaction.on_commit``: after the change is visible to every
reader and before the editor's request returns.
"""

import contextvars
import logging
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from masthead.page_cache import purge
from masthead.page_cache.tags import page_tag, tag_store

logger = logging.getLogger(__name__)

# A footprint position no real one equals: "we do not know where it was".
UNKNOWN = "?"

# Inside ``deferred()``: the ids of the pages changed so far, else None.
_deferred_pages = contextvars.ContextVar("masthead_page_cache_deferred", default=None)


@contextmanager
def deferred():
    """Bulk changes (an import of thousands of pages): no per-page work inside;
    on the way out, forget the changed pages' footprints (their next change
    treats every listing as changed) and flush the whole cache once, on commit."""
    changed = set()
    token = _deferred_pages.set(changed)
    try:
        yield
    finally:
        _deferred_pages.reset(token)
        from masthead.page_cache.models import CacheFootprint

        ids = sorted(changed)
        for start in range(0, len(ids), 500):
            CacheFootprint.objects.filter(page_id__in=ids[start : start + 500]).delete()
        bump_on_commit({"all"})


def bump(tags):
    """Bump these tags now, and purge the frontend cache's URLs for them."""
    tags = sorted(set(tags))
    if not tags:
        return
    try:
        tag_store().bump(tags)
    except Exception:
        logger.exception("page cache: could not bump %s", tags)
    purge.purge_tags(tags)


def bump_on_commit(tags):
    if _deferred_pages.get() is not None:
        return  # deferred() flushes everything on the way out
    tags = set(tags)
    transaction.on_commit(lambda: bump(tags))


def _is_public(page):
    return (
        page.live and Page.objects.filter(pk=page.pk).public().exists()
        if page.pk
        else False
    )


def _footprint(page):
    if hasattr(page, "cache_footprint"):
        return page.cache_footprint()
    return {}


def changed_tags(page_pk, old, new):
    tags = {page_tag(page_pk)}
    for key in old.keys() | new.keys():
        if old.get(key) != new.get(key):
            tags.add(key)
    return tags


def page_changed(page):
    """Once the change is committed, record the page's footprint and bump tags.

    What the page looks like now (relations included) is read at once, while a
    page about to be deleted still has its authors and topics; what it is after
    the commit decides the new footprint.
    """
    deferred_pages = _deferred_pages.get()
    if deferred_pages is not None:
        deferred_pages.add(page.pk)
        return
    page = page.specific_deferred if type(page) is Page else page
    candidate = _footprint(page)
    pk = page.pk
    transaction.on_commit(lambda: settle_or_flush(pk, candidate))


def settle_or_flush(pk, candidate):
    # The change is already committed: if working out what it touched fails,
    # invalidate everything rather than fail the editor's request or serve stale.
    try:
        settle(pk, candidate)
    except Exception:
        logger.exception("page cache: could not settle page %s; flushing all", pk)
        bump({"all", page_tag(pk)})


def settle(pk, candidate):
    from masthead.page_cache.models import CacheFootprint

    stored = CacheFootprint.objects.filter(page_id=pk).first()
    # No record: published before footprints were kept, or never. Treat every
    # listing it could be in as changed.
    old = stored.footprint if stored is not None else dict.fromkeys(candidate, UNKNOWN)
    page = Page.objects.filter(pk=pk).first()
    page = page.specific if page is not None else None
    new = _footprint(page) if page is not None and _is_public(page) else {}
    if new:
        CacheFootprint.objects.update_or_create(page_id=pk, defaults={"footprint": new})
    elif stored is not None:
        stored.delete()
    bump(changed_tags(pk, old, new))


def _subtree_changed(page):
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        page_changed(descendant)


def _on_published(sender, instance, **kwargs):
    page_changed(instance)


def _on_unpublished(sender, instance, **kwargs):
    # Unpublishing a section unpublishes its stories; each sends its own signal.
    page_changed(instance)


def _on_moved(sender, instance, **kwargs):
    # Every page below moved with it: new URLs, maybe a new section.
    _subtree_changed(instance)


def _on_slug_changed(sender, instance, **kwargs):
    _subtree_changed(instance)


def _on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page:
        page_changed(instance)


def _on_restriction_changed(sender, instance, **kwargs):
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:
        return
    _subtree_changed(page)


def bump_when_changed(model, tags_for, uid):
    """Bump ``tags_for(instance)`` whenever an instance of model is saved or deleted.

    Apps register their own models that reader pages show (site settings,
    images) in their ``AppConfig.ready``; pages are handled here.
    """

    def on_change(sender, instance, **kwargs):
        bump_on_commit(tags_for(instance))

    for signal in (post_save, post_delete):
        signal.connect(
            on_change,
            sender=model,
            weak=False,
            dispatch_uid=f"page_cache_{uid}_{signal is post_save}",
        )


def connect():
    from taggit.models import Tag

    page_published.connect(_on_published, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_unpublished, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_on_moved, dispatch_uid="page_cache_moved")
    page_slug_changed.connect(_on_slug_changed, dispatch_uid="page_cache_slug")
    # pre_delete: the page's relations (authors, tags) still exist to be read.
    pre_delete.connect(_on_page_deleted, dispatch_uid="page_cache_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"page_cache_restriction_{signal is post_save}",
        )
    bump_when_changed(Tag, lambda topic: {f"tag:{topic.pk}"}, "topic")
    bump_when_changed(Site, lambda site: {"all"}, "site")
