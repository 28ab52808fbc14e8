"""What the page cache keeps in the database: footprints and frontend URLs."""

from django.db import models


class CacheFootprint(models.Model):
    """The footprint a page had when it was last published (see ReadOnlyPageMixin).

    Kept apart from the page (no foreign key) so it outlives a deletion long
    enough to say which listings the deleted page was in.
    """

    page_id = models.BigIntegerField(primary_key=True)
    footprint = models.JSONField(default=dict)

    def __str__(self):
        return f"Cache footprint of page {self.page_id}"


class FrontendCachedUrl(models.Model):
    """A URL a frontend cache (nginx, a CDN) may hold, under one of its tags.

    Recorded only when WAGTAILFRONTENDCACHE is configured; purging a tag purges
    every URL recorded under it.
    """

    tag = models.CharField(max_length=100)
    url = models.CharField(max_length=2000)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tag", "url"], name="unique_cached_url")
        ]
        indexes = [models.Index(fields=["tag"], name="page_cache_url_tag_idx")]

    def __str__(self):
        return f"{self.url} ({self.tag})"
