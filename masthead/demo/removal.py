"""Removing the demo magazine: exactly what the loader recorded, nothing else.

What the loader created is deleted unless an editor has since built on it (a
demo section holding a story of theirs, a demo writer credited on one, a demo
photo used elsewhere): those are kept and reported. Fields the loader changed
(site name, magazine settings, the front page's title) go back to what they were
before the demo, but only while they still hold the demo's value.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.images.models import AbstractRendition
from wagtail.models import Page, ReferenceIndex, Site

from masthead.articles.models import ArticleAuthor
from masthead.demo.models import DemoObject
from masthead.home.models import FeaturedSlot, HomePage
from masthead.page_cache.invalidation import bump_on_commit


@dataclass
class Plan:
    pages: list = field(default_factory=list)  # deepest first
    images: list = field(default_factory=list)
    others: list = field(default_factory=list)  # (record, object)
    slots: list = field(default_factory=list)
    restores: list = field(default_factory=list)  # (record, object)
    kept: list = field(default_factory=list)  # (description, reason)
    done_records: list = field(default_factory=list)  # records to forget

    @property
    def empty(self):
        return not (self.pages or self.images or self.others or self.restores)

    def lines(self):
        """What the plan does, for --dry-run and the confirmation prompt."""
        out = []
        for page in self.pages:
            out.append(f"delete {page.specific_class._meta.verbose_name}: {page.title}")
        for image in self.images:
            out.append(f"delete image: {image.title}")
        for _record, obj in self.others:
            out.append(f"delete {obj._meta.verbose_name}: {obj}")
        for record, obj in self.restores:
            out.append(
                f"restore {obj._meta.verbose_name} {record.field}: "
                f"{record.value_set!r} → {record.value_before!r}"
            )
        for description, reason in self.kept:
            out.append(f"keep {description} ({reason})")
        return out


def _model(record):
    return record.content_type.model_class()


def plan():
    records = list(DemoObject.objects.select_related("content_type"))
    result = Plan()
    page_ids, image_ids, other = set(), set(), []
    image_model = get_image_model()
    for record in records:
        model = _model(record)
        if record.field:
            continue
        if model is None:
            result.done_records.append(record)
        elif issubclass(model, Page):
            page_ids.add(int(record.object_id))
        elif issubclass(model, image_model):
            image_ids.add(int(record.object_id))
        elif issubclass(model, FeaturedSlot):
            result.done_records.append(record)  # goes with the front page's revision
        else:
            other.append(record)

    pages = list(Page.objects.filter(pk__in=page_ids).order_by("-depth", "path"))
    kept_pages = set()
    for page in pages:
        foreign = page.get_descendants().exclude(pk__in=page_ids)
        if foreign.exists():
            kept_pages.add(page.pk)
            result.kept.append((f"page “{page.title}”", "it holds pages added since"))
    credited = set(
        ArticleAuthor.objects.filter(author_id__in=page_ids)
        .exclude(page_id__in=page_ids)
        .values_list("author_id", flat=True)
    )
    for page in pages:
        if page.pk in credited and page.pk not in kept_pages:
            kept_pages.add(page.pk)
            result.kept.append((f"writer “{page.title}”", "credited on a newer story"))
    result.pages = [page for page in pages if page.pk not in kept_pages]

    home = HomePage.objects.first()
    deleted = {page.pk for page in result.pages}
    if home is not None:
        result.slots = [s for s in home.featured_slots.all() if s.article_id in deleted]

    in_use = _images_used_outside(image_ids, deleted)
    for image in image_model.objects.filter(pk__in=image_ids).order_by("pk"):
        if image.pk in in_use:
            result.kept.append((f"image “{image.title}”", "used by what is kept"))
        else:
            result.images.append(image)

    for record in other:
        obj = record.content_object
        if obj is None:
            result.done_records.append(record)
        else:
            result.others.append((record, obj))

    for record in records:
        if not record.field:
            continue
        obj = record.content_object
        if obj is None:
            result.done_records.append(record)
        elif getattr(obj, record.field) == record.value_set:
            result.restores.append((record, obj))
        else:
            # The owner has changed it since: theirs now.
            result.done_records.append(record)
            result.kept.append(
                (f"{obj._meta.verbose_name} {record.field}", "changed since the demo")
            )

    return result


def _images_used_outside(image_ids, deleted_page_ids):
    """Of ``image_ids``, those a foreign key of anything staying points at
    (a kept writer's portrait, an editor's top photo, the logo)."""
    image_model = get_image_model()
    used = set()
    for model in apps.get_models():
        if issubclass(model, AbstractRendition):
            continue
        for fk in model._meta.concrete_fields:
            if not (fk.many_to_one and fk.related_model is image_model):
                continue
            rows = model._base_manager.filter(**{f"{fk.attname}__in": image_ids})
            if issubclass(model, Page):
                rows = rows.exclude(pk__in=deleted_page_ids)
            used.update(rows.values_list(fk.attname, flat=True))
    return used


def forget_vanished():
    """Drop the records of created objects that no longer exist."""
    for record in DemoObject.objects.filter(field="").select_related("content_type"):
        model = _model(record)
        if model is None or not model.objects.filter(pk=record.object_id).exists():
            record.delete()


def _image_still_used(image):
    """References other than from the pages being deleted (already gone by then)."""
    return ReferenceIndex.get_references_to(image).exists()


@transaction.atomic
def execute(result):
    """Carry out ``result`` (from plan()); returns what was kept after all."""
    kept = list(result.kept)
    home = HomePage.objects.first()
    home_changed = False
    if home is not None and result.slots:
        slot_ids = {slot.pk for slot in result.slots}
        home.featured_slots = [
            s for s in home.featured_slots.all() if s.pk not in slot_ids
        ]
        home_changed = True
    forget = list(result.done_records)
    for record, obj in result.restores:
        if isinstance(obj, Page):
            obj = home if home is not None and obj.pk == home.pk else obj
            setattr(obj, record.field, record.value_before)
            home_changed = home_changed or obj is home
            if obj is not home:
                obj.save_revision().publish()
        else:
            setattr(obj, record.field, record.value_before)
            obj.save(update_fields=[record.field])
        forget.append(record)
    if home_changed:
        home.save_revision().publish()

    removed_pages = 0
    for page in result.pages:
        page = Page.objects.filter(pk=page.pk).first()
        if page is None:  # went with a demo page above it
            continue
        removed_pages += 1 + page.get_descendant_count()
        page.specific.delete()
    removed_images = 0
    for image in result.images:
        if _image_still_used(image):
            kept.append((f"image “{image.title}”", "used by content added since"))
            continue
        image.delete()
        removed_images += 1
    for record, obj in result.others:
        obj.delete()
        forget.append(record)
    DemoObject.objects.filter(pk__in=[record.pk for record in forget]).delete()
    forget_vanished()
    # Every cached page may show the demo (the river, the nav, the footer).
    bump_on_commit({"all"})
    Site.clear_site_root_paths_cache()
    return {"pages": removed_pages, "images": removed_images, "kept": kept}
