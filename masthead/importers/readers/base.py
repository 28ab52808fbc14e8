"""The interface every format reader implements."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from masthead.importers.records import ImportedItem, SourceInventory


class SourceReader:
    """Reads one export file in two passes, with bounded memory.

    1. ``scan()`` checks the whole file (well-formed, safe, the format it claims)
       and returns the inventory: authors, categories, item count, what is skipped.
       Any problem raises ``ImportFileError`` (with line and column where the
       format has them); the pipeline writes nothing before ``scan`` succeeds.
    2. ``items()`` streams the items again from the file, one at a time.
    """

    #: Name of the format, stored with each imported item's provenance.
    source_name = ""

    def __init__(self, path: Path, **options):
        self.path = Path(path)
        self.options = options
        self.inventory: SourceInventory | None = None

    @classmethod
    def add_arguments(cls, parser: argparse.ArgumentParser) -> None:
        """Options of this format's command (passed back as ``options``)."""

    def scan(self) -> SourceInventory:
        raise NotImplementedError

    def items(self) -> Iterator[ImportedItem]:
        raise NotImplementedError
