"""What analytics keeps: raw events for a few days, rollups for good.

Nothing here identifies a reader: no IP address, no user agent, no cookie. A
view's ``visitor`` is a 64-bit number taken from a SHA-256 of (the day's salt,
address, user agent, site); the salt is deleted when the day is over, so the
number cannot be recomputed or linked across days (docs/privacy.md).

Page ids are plain integers, not foreign keys: appending an event costs no
lookup, and figures of a deleted page stay in the totals.
"""

from django.db import models


class Source(models.TextChoices):
    DIRECT = "direct", "Direct"
    INTERNAL = "internal", "Our own pages"
    SEARCH = "search", "Search engines"
    SOCIAL = "social", "Social networks"
    NEWSLETTER = "newsletter", "Newsletter"
    OTHER = "other", "Other sites"
    UNKNOWN = "unknown", "Not known (no JavaScript)"


class Event(models.Model):
    """One view, newsletter signup or newsletter click. Append-only; deleted after
    ANALYTICS_RAW_DAYS once rolled up.

    The time index is created by the migration: BRIN on PostgreSQL (rows arrive
    in time order, so a few kilobytes index millions of rows), B-tree elsewhere.
    """

    class Kind(models.IntegerChoices):
        VIEW = 1, "view"
        SIGNUP = 2, "signup"
        CLICK = 3, "newsletter click"

    id = models.BigAutoField(primary_key=True)
    occurred_at = models.DateTimeField()
    kind = models.PositiveSmallIntegerField(choices=Kind.choices)
    page_id = models.IntegerField(null=True, blank=True)
    path = models.CharField(max_length=255, blank=True)
    # None when the reader asked not to be tracked (Sec-GPC / DNT), and for
    # signups and clicks.
    visitor = models.BigIntegerField(null=True, blank=True)
    source = models.CharField(max_length=12, choices=Source.choices, blank=True)
    referrer_host = models.CharField(max_length=100, blank=True)
    issue_id = models.IntegerField(null=True, blank=True)
    position = models.SmallIntegerField(null=True, blank=True)
    # The visitor's first view today of the site, and of this page: set when
    # the event is written (DailyVisitor, DailyPageVisitor decide), so visitors
    # are counted by adding, never by a DISTINCT over millions of rows.
    first_view_today = models.BooleanField(default=False)
    first_page_view_today = models.BooleanField(default=False)

    class Meta:
        permissions = [("view_dashboard", "Can see the Readers dashboard")]

    def __str__(self):
        return (
            f"{self.get_kind_display()} {self.path} {self.occurred_at:%Y-%m-%d %H:%M}"
        )


class DailySalt(models.Model):
    """Today's salt of the visitor hash. Deleted as soon as the day is over."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return f"salt of {self.day}"


class DailyVisitor(models.Model):
    """Visitor numbers seen today (and yesterday, for late writes); older days
    are deleted by the rollup job. Decides ``Event.first_view_today``."""

    day = models.DateField()
    visitor = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "visitor"], name="daily_visitor")
        ]

    def __str__(self):
        return f"visitor on {self.day}"


class DailyPageVisitor(models.Model):
    """(page, visitor number) pairs seen today; as DailyVisitor, per page."""

    day = models.DateField()
    page_id = models.IntegerField()
    visitor = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page_id", "visitor"], name="daily_page_visitor"
            )
        ]

    def __str__(self):
        return f"visitor of page {self.page_id} on {self.day}"


class RollupState(models.Model):
    """One row: events before ``rolled_until`` are in the rollups: the hourly
    ones, and the daily ones (the day of ``rolled_until`` up to that moment)."""

    rolled_until = models.DateTimeField()

    def __str__(self):
        return f"rolled up until {self.rolled_until:%Y-%m-%d %H:%M}"


class HourlyPageViews(models.Model):
    hour = models.DateTimeField(db_index=True)
    page_id = models.IntegerField()
    views = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["hour", "page_id"], name="hourly_page")
        ]

    def __str__(self):
        return f"page {self.page_id} at {self.hour:%Y-%m-%d %H:00}: {self.views}"


class DailyPageStats(models.Model):
    day = models.DateField(db_index=True)
    page_id = models.IntegerField()
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    signups = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "page_id"], name="daily_page")
        ]

    def __str__(self):
        return f"page {self.page_id} on {self.day}: {self.views}"


class DailySiteStats(models.Model):
    """The whole site's day: visitors counted once however many pages they read."""

    day = models.DateField(unique=True)
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)
    signups = models.PositiveIntegerField(default=0)
    clicks = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day}: {self.views} views"


class DailySourceStats(models.Model):
    """Views by where readers came from; ``referrer_host`` only for the day's
    top hosts (ANALYTICS_REFERRER_HOSTS), else blank."""

    day = models.DateField(db_index=True)
    source = models.CharField(max_length=12, choices=Source.choices)
    referrer_host = models.CharField(max_length=100, blank=True)
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.day} {self.source} {self.referrer_host}: {self.views}"


class DailyClickStats(models.Model):
    """Clicks on newsletter links by issue and position (no subscriber)."""

    day = models.DateField(db_index=True)
    issue_id = models.IntegerField(db_index=True)
    position = models.SmallIntegerField()
    page_id = models.IntegerField(null=True, blank=True)
    clicks = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"issue {self.issue_id} #{self.position} on {self.day}: {self.clicks}"


class RejectedCount(models.Model):
    """Beacons refused or dropped, by day and reason (bots, junk, floods)."""

    day = models.DateField()
    reason = models.CharField(max_length=20)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "reason"], name="rejected_reason")
        ]

    def __str__(self):
        return f"{self.day} {self.reason}: {self.count}"
