"""Records from any reader → authors, sections, tags, images and pages.

``run_import`` checks the file first (``reader.scan()``: a bad file raises
``ImportFileError`` and nothing is written), then streams the items one at a
time, each in its own savepoint: one failure is reported, the rest go on.

Provenance (``ImportedRecord``) makes it idempotent: an item whose content hash
is unchanged is left alone; a changed one gets a new revision, unless an editor
has saved a revision since the import's (a conflict, reported and left alone).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import time
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)
from wagtail.signals import page_published

from masthead.articles.models import ArticleAuthor, ArticlePage
from masthead.home.models import HomePage, StandardPage
from masthead.importers import html_blocks
from masthead.importers.indexing import enqueue_indexing
from masthead.importers.media import MediaResolver
from masthead.importers.models import ImportedRecord, ImportRun
from masthead.importers.placement import PlacementMixin, plain, valid_url
from masthead.importers.records import ItemKind, ItemStatus
from masthead.importers.summary import ImportSummary
from masthead.page_cache import invalidation

__all__ = ["ImportSummary", "run_import"]

# Bump when the way records become pages changes: every item then counts as
# changed on the next import of the same file.
PIPELINE_VERSION = 1
DEK_LENGTH = 300
DEFAULT_SECTION = "archive"
TAG_LENGTH = 100
# A transaction per this many items, or per this many seconds.
BATCH_ITEMS = 100
BATCH_SECONDS = 2.0
# How often the ImportRun row hears about progress.
RUN_UPDATE_SECONDS = 1.0
# Set by treebeard and Wagtail when the page is added, not by the pipeline.
TREE_FIELDS = {"path", "depth", "numchild", "url_path"}


def run_import(
    reader,
    *,
    dry_run=False,
    media_dir=None,
    categories="sections",
    default_section=None,
    progress=None,
    run=None,
):
    """Import everything ``reader`` reads; returns an ``ImportSummary``."""
    if categories not in ("sections", "tags"):
        raise ValueError("categories must be 'sections' or 'tags'")
    started = time.monotonic()
    if run is not None:
        _update_run(run, status=ImportRun.Status.CHECKING, started_at=timezone.now())
    inventory = reader.scan()  # ImportFileError: nothing written yet
    reader.inventory = inventory
    summary = ImportSummary(
        source=f"{reader.source_name}:{inventory.site_url}",
        dry_run=dry_run,
        total=inventory.item_count,
        inventory_skipped=dict(inventory.skipped),
    )
    importer = _Importer(
        reader,
        inventory,
        summary,
        dry_run=dry_run,
        media_dir=media_dir,
        categories=categories,
        default_section=default_section or DEFAULT_SECTION,
        progress=progress,
        run=run,
    )
    if run is not None:
        _update_run(run, status=ImportRun.Status.IMPORTING, total=summary.total)
    if dry_run:
        with transaction.atomic():
            with deferred_side_effects():
                importer.import_all()
            transaction.set_rollback(True)
    else:
        with deferred_side_effects():
            importer.import_all()
        importer.update_indexes()
    summary.elapsed = time.monotonic() - started
    if run is not None:
        _update_run(
            run,
            status=ImportRun.Status.DONE,
            finished_at=timezone.now(),
            processed=summary.processed,
            total=summary.total,
            summary=summary.as_dict(),
        )
    return summary


def _update_run(run, **fields):
    for name, value in fields.items():
        setattr(run, name, value)
    if run.pk:
        ImportRun.objects.filter(pk=run.pk).update(**fields)


@contextlib.contextmanager
def deferred_side_effects():
    """Per-page search indexing, reference indexing and cache invalidation,
    postponed: ``update_indexes`` queues the first two as a background task
    (``indexing.index_imported_pages``), the page cache is flushed once.
    Measured on 2,000 posts they cost about as much as the import itself.

    The search signal is disconnected for the whole process: imports run in a
    management command or the background worker, not beside web requests.
    """
    from modelsearch import index as search_index
    from modelsearch.signal_handlers import post_save_signal_handler

    disconnected = [
        model
        for model in search_index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    # Wagtail's switch does not nest: leave it to whoever turned it off already.
    references_off = getattr(reference_index_auto_update_disabled, "value", False)
    try:
        with (
            (
                contextlib.nullcontext()
                if references_off
                else disable_reference_index_auto_update()
            ),
            invalidation.deferred(),
        ):
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def make_dek(excerpt):
    """Plain text, at most 300 characters, cut at a word with an ellipsis."""
    text = plain(excerpt)
    if len(text) <= DEK_LENGTH:
        return text
    cut = text[: DEK_LENGTH - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"


def content_hash(item, options):
    data = dataclasses.asdict(item)
    data["_options"] = options
    data["_version"] = PIPELINE_VERSION
    encoded = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def old_path(url):
    """The path (and query) of an old address; the host is dropped."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return ""
    path = parts.path or "/"
    if not path.startswith("/"):
        path = "/" + path
    if parts.query:
        path += "?" + parts.query
    return Redirect.normalise_path(path)


class _Importer(PlacementMixin):
    def __init__(
        self,
        reader,
        inventory,
        summary,
        *,
        dry_run,
        media_dir,
        categories,
        default_section,
        progress,
        run,
    ):
        self.reader = reader
        self.inventory = inventory
        self.summary = summary
        self.source = summary.source
        self.dry_run = dry_run
        self.categories = categories
        self.default_section_slug = default_section
        self.progress = progress
        self.run = run
        self.options = {"categories": categories, "default_section": default_section}
        self.media = MediaResolver(
            self.source,
            summary,
            site_url=inventory.site_url,
            media_dir=media_dir,
            dry_run=dry_run,
        )
        self.home = HomePage.objects.get()
        self.authors = {}  # source key → AuthorPage id
        self.known = None  # see known_records()
        self.tags = {}  # name → Tag, the tags this run has used
        self.pending_log = []  # the page being created's history entries
        self.sections = {}  # category key (or "" for the default) → SectionPage
        self.touched = []  # (model, page id) to index at the end
        self.last_run_update = 0.0
        self.now = timezone.now()

    # The run ---------------------------------------------------------------

    def import_all(self):
        """Every item, committed in batches (``BATCH_ITEMS`` items or
        ``BATCH_SECONDS``, whichever comes first), each item in savepoints of
        its own. Measured on SQLite (400 posts), a commit per item was about a
        tenth of the run. The time bound keeps other writers' waits short; the
        progress the ImportRun row shows moves at each commit."""
        items = iter(self.reader.items())
        done = False
        while not done:
            done = True
            with transaction.atomic():
                started = time.monotonic()
                for count, item in enumerate(items, 1):
                    self.import_one(item)
                    self.summary.processed += 1
                    if self.progress is not None:
                        self.progress(self.summary.processed, self.summary.total)
                    self._report_to_run()
                    if (
                        count >= BATCH_ITEMS
                        or time.monotonic() - started >= BATCH_SECONDS
                    ):
                        done = False
                        break
        self._report_to_run(force=True)

    def _report_to_run(self, force=False):
        if self.run is None or not self.run.pk:
            return
        now = time.monotonic()
        if force or now - self.last_run_update >= RUN_UPDATE_SECONDS:
            self.last_run_update = now
            ImportRun.objects.filter(pk=self.run.pk).update(
                processed=self.summary.processed, total=self.summary.total
            )

    def import_one(self, item):
        if item.kind not in (ItemKind.ARTICLE, ItemKind.PAGE):
            self.summary.skip(f"unknown kind {item.kind}")
            return
        try:
            kind = (
                ImportedRecord.Kind.ARTICLE
                if item.kind == ItemKind.ARTICLE
                else ImportedRecord.Kind.PAGE
            )
            digest = content_hash(item, self.options)
            known = self.known_records().get((kind, item.source_id))
            if known is None:
                record = None  # never imported: no query
            elif known == (digest, True):
                self.summary.unchanged += 1
                return
            else:
                record = (
                    ImportedRecord.objects.filter(
                        source=self.source, kind=kind, source_id=item.source_id
                    )
                    .select_related("page")
                    .first()
                )
            if record is not None and record.page is not None:
                if record.content_hash == digest:
                    self.summary.unchanged += 1
                    return
                if record.page.latest_revision_id != record.revision_id:
                    self.summary.conflict(
                        item, "an editor has changed it since it was imported"
                    )
                    return
            # Authors, sections and photos first, each saved on its own: a story
            # that fails later leaves them for the next attempt.
            with self._prerequisites():
                parent, extra_tags = self.placement(item)
                author_ids = self.author_ids(item)
                blocks = html_blocks.html_to_blocks(item.body_html)
                image_ids = {}
                for ref in html_blocks.images_in(blocks):
                    image_id = self.media.resolve(ref)
                    if image_id is not None:
                        image_ids[ref.url] = image_id
                top_image_id = (
                    self.media.resolve(item.featured_image)
                    if item.featured_image
                    else None
                )
            body = html_blocks.to_raw_stream(blocks, image_ids)
            with transaction.atomic():
                if record is not None and record.page is not None:
                    self.update(
                        item, record, digest, body, author_ids, extra_tags, top_image_id
                    )
                    self.summary.updated += 1
                else:
                    if record is not None:  # its page was deleted: start again
                        record.delete()
                    self.create(
                        item,
                        kind,
                        digest,
                        parent,
                        body,
                        author_ids,
                        extra_tags,
                        top_image_id,
                    )
                    self.summary.created += 1
            # The same item twice in one file: the second is compared with this.
            self.known[(kind, item.source_id)] = (digest, True)
        except ValidationError as error:
            self.summary.fail(item, _validation_message(error))
        except Exception as error:  # one bad item must not stop the others
            self.summary.fail(item, f"{type(error).__name__}: {error}")

    @contextlib.contextmanager
    def _prerequisites(self):
        """A savepoint around an item's authors, sections and photos: inside a
        batch, a failed query must not leave the batch's transaction broken.
        If it rolls back, the run's caches forget what it had added (dicts keep
        insertion order: the new entries are the last ones)."""
        caches = (self.authors, self.sections, self.media.ids)
        sizes = [len(cache) for cache in caches]
        counts = (self.summary.authors_created, self.summary.sections_created)
        touched = len(self.touched)
        try:
            with transaction.atomic():
                yield
        except Exception:
            for cache, size in zip(caches, sizes, strict=True):
                for key in list(cache)[size:]:
                    del cache[key]
            self.summary.authors_created, self.summary.sections_created = counts
            del self.touched[touched:]
            raise

    def known_records(self):
        """(kind, source id) → (content hash, has a page) of what this source
        imported before, read once: a new or unchanged item costs no query."""
        if self.known is None:
            self.known = {
                (kind, source_id): (digest, page_id is not None)
                for kind, source_id, digest, page_id in ImportedRecord.objects.filter(
                    source=self.source,
                    kind__in=[ImportedRecord.Kind.ARTICLE, ImportedRecord.Kind.PAGE],
                ).values_list("kind", "source_id", "content_hash", "page_id")
            }
        return self.known

    # Pages -----------------------------------------------------------------

    def unique_slug(self, parent, slug):
        slug = slug[:240] or "untitled"
        siblings = Page.objects.child_of(parent)
        candidate, number = slug, 1
        while siblings.filter(slug=candidate).exists():
            number += 1
            candidate = f"{slug}-{number}"
        return candidate

    def _fill(self, page, item, body, author_ids, extra_tags, top_image_id):
        page.title = plain(item.title)[:255] or "Untitled"
        page.body = json.dumps(body)
        if isinstance(page, ArticlePage):
            page.dek = make_dek(item.excerpt)
            page.top_image_id = top_image_id
            featured = item.featured_image
            page.top_image_caption = (
                plain(featured.caption)[:1000] if featured and top_image_id else ""
            )
            page.canonical_url = valid_url(item.canonical_url)
            page.article_authors = [
                ArticleAuthor(author_id=author_id, sort_order=order)
                for order, author_id in enumerate(author_ids)
            ]
            tags = []
            for name in [*extra_tags, *item.tags]:
                name = plain(name)[:TAG_LENGTH]
                if name and name.lower() not in {t.lower() for t in tags}:
                    tags.append(name)
            page.tags.clear()
            if tags:
                page.tags.add(*self.tag_objects(page, tags))
        scheduled = (
            item.status == ItemStatus.FUTURE
            and item.published_at is not None
            and item.published_at > self.now
        )
        page.go_live_at = item.published_at if scheduled else None
        return scheduled

    def tag_objects(self, page, names):
        """The Tag rows for ``names`` this run has already seen (no lookup per
        page); a name not in the database yet stays a string: taggit makes it."""
        missing = [name for name in names if name not in self.tags]
        if missing:
            tag_model = page.tags.through.tag_model()
            for tag in tag_model.objects.filter(name__in=missing):
                self.tags[tag.name] = tag
        return [self.tags.get(name, name) for name in names]

    def create(
        self, item, kind, digest, parent, body, author_ids, extra_tags, top_image_id
    ):
        self.pending_log = []  # none left by an item that failed
        model = ArticlePage if item.kind == ItemKind.ARTICLE else StandardPage
        page = model(live=False)
        scheduled = self._fill(page, item, body, author_ids, extra_tags, top_image_id)
        base = slugify(item.slug or "", allow_unicode=True) or slugify(
            page.title, allow_unicode=True
        )
        page.slug = self.unique_slug(parent, base)
        if item.status == ItemStatus.PUBLISH:
            revision = self._create_published(parent, page, item)
        else:
            self._add_page(parent, page)
            revision = self._first_revision(page, live=False)
            self._go_live_or_not(page, revision, item, scheduled, was_live=False)
        ImportedRecord.objects.create(
            source=self.source,
            kind=kind,
            source_id=item.source_id,
            content_hash=digest,
            page=page,
            revision=revision,
            run=self._run(),
        )
        self._write_log()
        self.touched.append((model, page.pk))

    def _create_published(self, parent, page, item):
        """A new page, live from the start with the source's dates.

        What ``revision.publish()`` does for a page that has never been live,
        without saving the page a second time from its revision: measured, that
        round trip was over a third of a bulk import's time.
        """
        when = item.published_at or self.now
        page.live = True
        page.first_published_at = page.last_published_at = when
        self._add_page(parent, page)
        revision = self._first_revision(page, live=True)
        self._log(page, "wagtail.publish", revision=revision)
        page_published.send(sender=type(page), instance=page, revision=revision)
        self.summary.live += 1
        self.redirects(page, item.old_urls)
        return revision

    def _add_page(self, parent, page):
        """``parent.add_child(instance=page)`` without Page.save's full_clean.

        What comes from the file is validated here, field by field (title,
        slug, dek, body blocks, URLs: ``clean_fields``); what the pipeline made
        itself is not checked again: the slug is unique among the siblings
        (``unique_slug``), the foreign keys are ids it just looked up or wrote,
        and treebeard gives the path. Measured: full_clean's foreign-key and
        uniqueness queries were a fifth of a bulk import's time.
        """
        page.locale_id = parent.locale_id
        if not page.draft_title:
            page.draft_title = page.title
        page.clean_fields(
            exclude=[
                field.name
                for field in page._meta.fields
                if field.is_relation or field.name in TREE_FIELDS
            ]
        )
        # A page that did not exist cannot be a site root: no Site query on save.
        page._is_site_root = False
        # treebeard calls ``instance.save()`` with no arguments: shadow the method
        # on this one instance so that it saves without cleaning again.
        # Its "wagtail.create" entry is written by _write_log with the others.
        page.save = functools.partial(
            type(page).save, page, clean=False, log_action=None
        )
        # The child rows (credits, tags) as they are in memory now: saving
        # writes them and then forgets them, so the revision written next would
        # read each relation back with a query.
        children = {
            name: list(getattr(page, name).all())
            for name in (
                rel.get_accessor_name() for rel in get_all_child_relations(page)
            )
        }
        try:
            parent.add_child(instance=page)
        finally:
            del page.save
        for name, rows in children.items():
            getattr(page, name).set(rows)  # in memory (modelcluster), no query
        self._log(page, "wagtail.create", content_changed=True)

    def _log(self, page, action, **fields):
        """A history entry as ``wagtail.log_actions.log`` makes it, kept for
        ``_write_log``: log entries validate their foreign keys one query each
        on save(); bulk_create writes a page's entries in one INSERT."""
        context = get_active_log_context()
        self.pending_log.append(
            PageLogEntry(
                content_type=ContentType.objects.get_for_model(
                    page, for_concrete_model=False
                ),
                label=str(page) or f"{type(page).__name__} object ({page.pk})",
                action=action,
                timestamp=timezone.now(),
                data={},
                user=context.user,
                uuid=context.uuid,
                page=page,
                **fields,
            )
        )

    def _write_log(self):
        entries, self.pending_log = self.pending_log, []
        PageLogEntry.objects.bulk_create(entries)

    def _first_revision(self, page, *, live):
        """``page.save_revision()`` (and, if ``live``, the bookkeeping of
        ``revision.publish()``) for a page just added, in one UPDATE of the page
        instead of a second full save through Page.save."""
        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            content=page.serializable_data(),
            object_str=str(page),
        )
        page.latest_revision = revision
        page.latest_revision_created_at = revision.created_at
        page.draft_title = page.title
        fields = {
            "latest_revision": revision,
            "latest_revision_created_at": revision.created_at,
            "draft_title": page.title,
            "has_unpublished_changes": not live,
        }
        if live:
            page.live_revision = revision
            fields["live_revision"] = revision
        page.has_unpublished_changes = not live
        Page.objects.filter(pk=page.pk).update(**fields)
        return revision

    def update(self, item, record, digest, body, author_ids, extra_tags, top_image_id):
        page = record.page.specific
        was_live = page.live
        scheduled = self._fill(page, item, body, author_ids, extra_tags, top_image_id)
        revision = page.save_revision()
        self._go_live_or_not(page, revision, item, scheduled, was_live=was_live)
        record.content_hash = digest
        record.revision = revision
        record.run = self._run()
        record.save(update_fields=["content_hash", "revision", "run", "updated_at"])
        self.touched.append((type(page), page.pk))

    def _go_live_or_not(self, page, revision, item, scheduled, was_live):
        if item.status == ItemStatus.PUBLISH:
            revision.publish()
            # Publishing stamps "now"; the story was published when the source says.
            when = item.published_at or self.now
            last = max(item.modified_at or when, when) if was_live else when
            type(page).objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=last
            )
            self.summary.live += 1
            self.redirects(page, item.old_urls)
            return
        if was_live:
            # The source took it down: so does the magazine.
            page.unpublish(log_action=True)
        if scheduled:
            revision.publish()  # go_live_at is ahead: Wagtail schedules it
            self.summary.scheduled += 1
        else:
            self.summary.drafts += 1

    def redirects(self, page, old_urls):
        """Old addresses → 301 to the page. Only for live pages: an address
        that redirects to a draft would reveal its slug."""
        if not old_urls:
            return
        site_id, root, new_path = page.get_url_parts() or (None, None, None)
        if new_path is None:
            return
        new = Redirect.normalise_path(new_path)
        paths = []
        for url in old_urls:
            path = old_path(url)
            # Not the home page, not the new address itself, not too long.
            if path not in ("", "/", new, *paths) and len(path) <= 255:
                paths.append(path)
        if not paths:
            return
        existing = Redirect.objects.filter(site=None, old_path__in=paths)
        known = set(existing.values_list("old_path", flat=True))
        if known:  # (usually none: no UPDATE then)
            # Another item's old address (a re-used slug): the newer item wins.
            existing.update(redirect_page=page, redirect_link="", is_permanent=True)
        Redirect.objects.bulk_create(
            Redirect(old_path=path, site=None, redirect_page=page, is_permanent=True)
            for path in paths
            if path not in known
        )
        self.summary.redirects += len(paths)

    def _run(self):
        return self.run if self.run is not None and self.run.pk else None

    # Afterwards ------------------------------------------------------------

    def update_indexes(self):
        """Search and reference indexes for every page the import wrote: a
        background task (``indexing.index_imported_pages``)."""
        touched, self.touched = self.touched, []
        enqueue_indexing(touched)


def _validation_message(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}"
            for field, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
