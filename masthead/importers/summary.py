"""What an import did, for the person who ran it: counts and reasons."""

from __future__ import annotations

import dataclasses

# Failures, conflicts and missing photos listed one by one, up to this many each
# (the counts stay exact): a broken 20,000-post file must not fill memory.
DETAIL_LIMIT = 500


@dataclasses.dataclass
class ImportSummary:
    source: str = ""
    dry_run: bool = False
    total: int = 0  # items the file holds
    processed: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # items the pipeline left out (see skipped_reasons)
    failed: int = 0
    conflicts: int = 0
    live: int = 0  # of the created and updated, how many are published
    drafts: int = 0
    scheduled: int = 0
    authors_created: int = 0
    sections_created: int = 0
    redirects: int = 0
    media_fetched: int = 0
    media_from_dir: int = 0
    media_reused: int = 0
    media_would_fetch: int = 0
    media_missing_count: int = 0
    failures: list = dataclasses.field(default_factory=list)
    conflict_items: list = dataclasses.field(default_factory=list)
    media_missing: list = dataclasses.field(default_factory=list)
    skipped_reasons: dict = dataclasses.field(default_factory=dict)
    # What the reader left out on purpose: {"comment": 40, "revision": 3, …}.
    inventory_skipped: dict = dataclasses.field(default_factory=dict)
    elapsed: float = 0.0

    def fail(self, item, reason):
        self.failed += 1
        if len(self.failures) < DETAIL_LIMIT:
            self.failures.append(_problem(item, reason))

    def conflict(self, item, reason):
        self.conflicts += 1
        if len(self.conflict_items) < DETAIL_LIMIT:
            self.conflict_items.append(_problem(item, reason))

    def skip(self, reason):
        self.skipped += 1
        self.skipped_reasons[reason] = self.skipped_reasons.get(reason, 0) + 1

    def missing(self, url, reason):
        self.media_missing_count += 1
        if len(self.media_missing) < DETAIL_LIMIT:
            self.media_missing.append({"url": url, "reason": reason})

    @property
    def items_per_second(self):
        return self.processed / self.elapsed if self.elapsed else 0.0

    def as_dict(self):
        """JSON for ImportRun.summary."""
        return dataclasses.asdict(self)

    def lines(self):
        """The summary as a person reads it."""
        head = "Dry run (nothing was saved)" if self.dry_run else "Import finished"
        out = [
            f"{head}: {self.processed} of {self.total} items in {self.elapsed:.1f}s.",
            f"  created {self.created}, updated {self.updated}, "
            f"unchanged {self.unchanged}, skipped {self.skipped}, "
            f"failed {self.failed}, conflicts {self.conflicts}",
            f"  published {self.live}, drafts {self.drafts}, "
            f"scheduled {self.scheduled}; new authors {self.authors_created}, "
            f"new sections {self.sections_created}, redirects {self.redirects}",
        ]
        media = (
            f"  media: fetched {self.media_fetched}, from the media folder "
            f"{self.media_from_dir}, already imported {self.media_reused}, "
            f"missing {self.media_missing_count}"
        )
        if self.dry_run:
            media += f", would fetch {self.media_would_fetch}"
        out.append(media)
        if self.inventory_skipped:
            counts = sorted(self.inventory_skipped.items())
            left_out = ", ".join(f"{kind} {count}" for kind, count in counts)
            out.append(f"  left out of the file: {left_out}")
        for reason, count in sorted(self.skipped_reasons.items()):
            out.append(f"  skipped ({reason}): {count}")
        out.extend(_detail("Failed", self.failures, self.failed))
        out.extend(
            _detail(
                "Conflict (changed by an editor, left alone)",
                self.conflict_items,
                self.conflicts,
            )
        )
        for problem in self.media_missing:
            out.append(f"  Missing image {problem['url']}: {problem['reason']}")
        if self.media_missing_count > len(self.media_missing):
            out.append(
                f"  … and {self.media_missing_count - len(self.media_missing)} "
                "more missing images"
            )
        return out


def _problem(item, reason):
    return {
        "title": getattr(item, "title", "") or "",
        "source_id": getattr(item, "source_id", "") or "",
        "reason": reason,
    }


def _detail(label, problems, count):
    lines = [
        f"  {label}: “{p['title']}” (id {p['source_id']}): {p['reason']}"
        for p in problems
    ]
    if count > len(problems):
        lines.append(f"  … and {count - len(problems)} more")
    return lines
