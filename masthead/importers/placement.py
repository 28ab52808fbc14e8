"""Where imported items go: sections from categories, tags, author pages.

A mixin of the pipeline's importer (``pipeline._Importer``), which provides
``home``, ``inventory``, ``source``, ``summary``, ``media``, ``categories``,
``default_section_slug``, the ``sections`` and ``authors`` caches, ``touched``,
``unique_slug()`` and ``_run()``.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify

from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.importers import html_blocks
from masthead.importers.models import ImportedRecord
from masthead.importers.records import ImportedAuthor, ItemKind
from masthead.sections.models import SectionPage

WHITESPACE = re.compile(r"[ \t\n\r\f]+")


def plain(text):
    return WHITESPACE.sub(" ", strip_tags(text or "")).strip()


def valid_url(url):
    url = (url or "").strip()
    if not url or len(url) > 200:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url


class PlacementMixin:
    # Placement: section and tags ------------------------------------------

    def placement(self, item):
        if item.kind == ItemKind.PAGE:
            return self.home, []
        keys = [key for key in item.category_keys if key]
        if self.categories == "tags" or not keys:
            names = [self._category_name(key) for key in keys]
            return self.default_section(), names
        top = self._top_category(keys[0])
        names = [self._category_name(key) for key in keys if key != top]
        return self.section_for(top), names

    def _category_name(self, key):
        category = self.inventory.categories.get(key)
        return plain(category.name) if category is not None else key

    def _top_category(self, key):
        seen = {key}
        category = self.inventory.categories.get(key)
        while category is not None and category.parent_key:
            parent = self.inventory.categories.get(category.parent_key)
            if parent is None or parent.key in seen:
                break
            seen.add(parent.key)
            key, category = parent.key, parent
        return key

    def default_section(self):
        if "" not in self.sections:
            section = (
                SectionPage.objects.child_of(self.home)
                .filter(slug=self.default_section_slug)
                .first()
            )
            if section is None:
                with transaction.atomic():
                    section = self._new_section(
                        "Archive", self.default_section_slug, intro=""
                    )
            self.sections[""] = section
        return self.sections[""]

    def section_for(self, key):
        if key in self.sections:
            return self.sections[key]
        record = (
            ImportedRecord.objects.filter(
                source=self.source, kind=ImportedRecord.Kind.SECTION, source_id=key
            )
            .select_related("page")
            .first()
        )
        section = None
        if record is not None and record.page is not None:
            section = SectionPage.objects.filter(pk=record.page_id).first()
        if section is None:
            category = self.inventory.categories.get(key)
            name = plain(category.name) if category else key
            intro = plain(category.description) if category else ""
            slug = slugify(key, allow_unicode=True) or slugify(name, allow_unicode=True)
            with transaction.atomic():
                # The magazine may already have it ("Europe" in both).
                section = SectionPage.objects.child_of(self.home).filter(
                    slug=slug
                ).first() or self._new_section(name, slug, intro=intro)
                ImportedRecord.objects.update_or_create(
                    source=self.source,
                    kind=ImportedRecord.Kind.SECTION,
                    source_id=key,
                    defaults={"page": section, "run": self._run()},
                )
        self.sections[key] = section
        return section

    def _new_section(self, title, slug, intro):
        section = SectionPage(
            title=title[:255] or "Untitled section",
            slug=self.unique_slug(self.home, slug or "section"),
            intro=intro,
        )
        self.home.add_child(instance=section)
        section.save_revision().publish(log_action=True)
        self.summary.sections_created += 1
        self.touched.append((SectionPage, section.pk))
        return section

    # Authors ---------------------------------------------------------------

    def author_ids(self, item):
        ids = []
        for key in item.author_keys:
            if not key:
                continue
            author_id = self.author_id(key)
            if author_id not in ids:
                ids.append(author_id)
        return ids

    def author_id(self, key):
        if key in self.authors:
            return self.authors[key]
        record = (
            ImportedRecord.objects.filter(
                source=self.source,
                kind=ImportedRecord.Kind.AUTHOR,
                source_id=key,
                page__isnull=False,
            )
            .values_list("page_id", flat=True)
            .first()
        )
        if record is None:
            data = self.inventory.authors.get(key) or ImportedAuthor(key=key, name=key)
            record = self._new_author(data)
        self.authors[key] = record
        return record

    def _author_index(self):
        index = AuthorIndexPage.objects.first()
        if index is None:
            index = AuthorIndexPage(title="Authors", slug="authors")
            self.home.add_child(instance=index)
            index.save_revision().publish()
        return index

    def _new_author(self, data):
        name = plain(data.name) or data.key
        slug = slugify(name, allow_unicode=True) or slugify(data.key) or "author"
        index = self._author_index()
        with transaction.atomic():
            author = AuthorPage.objects.child_of(index).filter(slug=slug).first()
            if author is None:
                photo_id = None
                if data.avatar_url:
                    photo_id = self.media.resolve(
                        html_blocks.ImportedImage(
                            url=data.avatar_url, alt_text=name, title=name
                        )
                    )
                author = AuthorPage(
                    title=name[:255],
                    slug=self.unique_slug(index, slug),
                    bio=plain(data.bio),
                    website=valid_url(data.website),
                    photo_id=photo_id,
                )
                index.add_child(instance=author)
                author.save_revision().publish()
                self.summary.authors_created += 1
                self.touched.append((AuthorPage, author.pk))
            ImportedRecord.objects.update_or_create(
                source=self.source,
                kind=ImportedRecord.Kind.AUTHOR,
                source_id=data.key,
                defaults={"page": author, "run": self._run()},
            )
        return author.pk
