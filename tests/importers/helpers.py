"""A reader over records built in the test: the pipeline's test double for a
format reader (the real ones are tested with real files)."""

import datetime
import io
import zipfile
from pathlib import Path

from PIL import Image

from masthead.importers.errors import ImportFileError
from masthead.importers.readers.base import SourceReader
from masthead.importers.records import (
    ImportedAuthor,
    ImportedCategory,
    ImportedItem,
    ItemKind,
    ItemStatus,
    SourceInventory,
)

SITE = "https://old.example"
WHEN = datetime.datetime(2021, 3, 4, 9, 30, tzinfo=datetime.UTC)


class ListReader(SourceReader):
    source_name = "testformat"

    def __init__(
        self,
        items=(),
        *,
        authors=(),
        categories=(),
        skipped=None,
        error=None,
        site_url=SITE,
    ):
        super().__init__("unused.xml")
        self._items = list(items)
        self._authors = {a.key: a for a in authors}
        self._categories = {c.key: c for c in categories}
        self._skipped = skipped or {}
        self._error = error
        self._site_url = site_url
        self.yielded = 0

    def scan(self):
        if self._error:
            raise ImportFileError(self._error, line=3, column=7)
        return SourceInventory(
            source_name=self.source_name,
            site_url=self._site_url,
            item_count=len(self._items),
            authors=self._authors,
            categories=self._categories,
            skipped=self._skipped,
        )

    def items(self):
        for item in self._items:
            self.yielded += 1
            yield item


def item(source_id="1", **fields):
    values = {
        "kind": ItemKind.ARTICLE,
        "title": f"Harbour dredging plan stalls, part {source_id}",
        "slug": f"harbour-plan-{source_id}",
        "status": ItemStatus.PUBLISH,
        "body_html": "<p>The council met on Tuesday to <b>argue</b> again.</p>",
        "published_at": WHEN,
        "old_urls": [f"{SITE}/2021/03/harbour-plan-{source_id}/", f"/?p={source_id}"],
    }
    values.update(fields)
    return ImportedItem(source_id=source_id, **values)


AUTHORS = [
    ImportedAuthor(key="mira", name="Mira Okonkwo-Test", bio="Covers <b>ports</b>."),
    ImportedAuthor(key="tomas", name="Tomas Feldgrau"),
]
CATEGORIES = [
    ImportedCategory(key="world", name="World"),
    ImportedCategory(key="asia", name="Asia", parent_key="world"),
    ImportedCategory(key="japan", name="Japan", parent_key="asia"),
    ImportedCategory(key="culture", name="Culture", description="Books and film."),
]


def png_bytes(color="teal", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def build_substack_zip(path, extra=None, folder="", skip=()):
    """The export as Substack ships it: posts.csv and posts/<post_id>.html."""
    source = Path(__file__).parent / "fixtures" / "substack" / "export"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(source.rglob("*")):
            name = file.relative_to(source).as_posix()
            if file.is_file() and name not in skip:
                archive.write(file, folder + name)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path
