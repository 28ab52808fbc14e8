"""The custom image model (alt text and credit) and the site-wide settings."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, router
from django.http import HttpResponseNotAllowed
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image
from wagtail.models import PageViewRestriction, Site

from masthead.page_cache import fragments
from masthead.page_cache.tags import add_tags, page_tag


class MastheadImage(AbstractImage):
    """A photo with the alt text readers need and the credit its owner is owed."""

    alt_text = models.CharField(
        max_length=400,
        help_text=(
            "Describe what the photo shows for readers who cannot see it. "
            "Not the file name."
        ),
    )
    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text="Agency and photographer, e.g. “Northlight Images/ Kenji Arata”.",
    )

    admin_form_fields = (
        *[f for f in Image.admin_form_fields if f != "description"],
        "alt_text",
        "credit",
    )

    @property
    def default_alt_text(self):
        return self.alt_text

    # Every rendered picture tags the response showing it, so editing the image
    # (its file, alt text or credit) invalidates exactly those responses.
    def get_rendition(self, filter):
        add_tags(f"image:{self.pk}")
        return super().get_rendition(_shared_filter(filter))

    def get_renditions(self, *filters):
        add_tags(f"image:{self.pk}")
        renditions = super().get_renditions(*map(_shared_filter, filters))
        return _distinct_widths(renditions)

    def clean(self):
        super().clean()
        alt = (self.alt_text or "").strip()
        if not alt:
            raise ValidationError({"alt_text": "Alt text is required."})
        stem, _ = os.path.splitext(os.path.basename(self.file.name or ""))
        if alt.lower() in {self.file.name.lower() if self.file else "", stem.lower()}:
            raise ValidationError(
                {"alt_text": "Describe the photo; do not repeat its file name."}
            )


def _distinct_widths(renditions):
    """Renditions (spec → rendition) without a repeated width in one format.

    Wagtail never upscales, so on a photo narrower than the largest size asked
    for (``width-{480,800,1200}`` of a 700 px upload) two specs give the same
    width, and ``{% picture %}`` would list it twice in a srcset: a duplicate
    descriptor, which HTML forbids. The first spec of each width is kept, so
    callers look up specs with ``in``, not ``[]``.
    """
    seen = set()
    distinct = {}
    for spec, rendition in renditions.items():
        image_format = next(
            (part for part in spec.split("|") if part.startswith("format-")), ""
        )
        key = (image_format, rendition.width)
        if key not in seen:
            seen.add(key)
            distinct[spec] = rendition
    return distinct


_shared_filters = {}


def _shared_filter(filter):
    """One Filter per spec for the whole process.

    Wagtail's image tags build new Filter objects on every render, and each parses
    its operations again (with ``inspect``): on a page of 30 pictures in three
    formats that was a sizeable part of the render. A Filter is immutable once its
    operations are parsed, so one per spec is safe to share.
    """
    spec = filter if isinstance(filter, str) else filter.spec
    shared = _shared_filters.get(spec)
    if shared is None:
        if len(_shared_filters) > 5_000:
            _shared_filters.clear()
        shared = _shared_filters.setdefault(spec, Filter(spec=spec))
    return shared


class MastheadRendition(AbstractRendition):
    image = models.ForeignKey(
        MastheadImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class LabelStyle(models.TextChoices):
    """What the small label above a headline shows."""

    TYPE_AND_SECTION = "type-and-section", "Type and section (“Analysis | Europe”)"
    SECTION = "section", "Section only (“Europe”)"
    TYPE = "type", "Type only (“Analysis”)"


DEFAULT_MASTHEAD_NAME = "Our magazine"


@register_setting(icon="site")
class MagazineSettings(BaseSiteSetting):
    """What editors change about the whole site without a developer."""

    # Neutral defaults: a fresh site is nobody's magazine until its owner names it.
    masthead_name = models.CharField(max_length=120, default=DEFAULT_MASTHEAD_NAME)
    tagline = models.CharField(max_length=200, blank=True)
    label_style = models.CharField(
        "story label",
        max_length=20,
        choices=LabelStyle.choices,
        default=LabelStyle.TYPE_AND_SECTION,
        help_text="What the label above each headline shows.",
    )
    newsletter_heading = models.CharField(
        max_length=120, default="Subscribe to our weekly round-up"
    )
    newsletter_blurb = models.TextField(
        blank=True,
        default="Our latest stories in your inbox. Free; leave at any time.",
    )
    footer_text = models.TextField(blank=True)
    logo = models.ForeignKey(
        "core.MastheadImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown to search engines and social sites as the publisher's logo.",
    )
    x_url = models.URLField("X (Twitter)", blank=True)
    mastodon_url = models.URLField("Mastodon", blank=True)
    bluesky_url = models.URLField("Bluesky", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("masthead_name"),
                FieldPanel("tagline"),
                FieldPanel("footer_text"),
                FieldPanel("logo"),
                FieldPanel("label_style"),
            ],
            heading="Masthead and footer",
        ),
        MultiFieldPanel(
            [FieldPanel("newsletter_heading"), FieldPanel("newsletter_blurb")],
            heading="Newsletter box",
        ),
        MultiFieldPanel(
            [
                FieldPanel("x_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("facebook_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading="Follow us on social",
        ),
    ]

    class Meta:
        verbose_name = "Magazine settings"

    @classmethod
    def for_request(cls, request):
        """Wagtail's, with the row's values kept in the fragment store (tag
        ``settings``, which saving the settings bumps): every reader page asks,
        and the query was 8 % of an uncached page's CPU. Each request gets an
        instance of its own; only the values (strings, ids) are shared."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name) or not settings.PAGE_CACHE_FRAGMENTS_ENABLED:
            return super().for_request(request)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        names = [field.attname for field in cls._meta.concrete_fields]

        def load():
            add_tags("settings")
            row = cls.for_site(site)
            return tuple(getattr(row, name) for name in names)

        values = fragments.cached(f"settings:{cls._meta.label_lower}:{site.pk}", load)
        site_settings = cls.from_db(router.db_for_read(cls), names, values)
        site_settings._request = request  # as Wagtail's: page URLs from it
        setattr(request, attr_name, site_settings)
        return site_settings

    SOCIAL_NETWORKS = (
        ("x_url", "X"),
        ("mastodon_url", "Mastodon"),
        ("bluesky_url", "Bluesky"),
        ("facebook_url", "Facebook"),
        ("linkedin_url", "LinkedIn"),
        ("instagram_url", "Instagram"),
        ("youtube_url", "YouTube"),
    )

    def social_links(self):
        """(network name, url) for every network the magazine has filled in."""
        return [
            (label, getattr(self, field))
            for field, label in self.SOCIAL_NETWORKS
            if getattr(self, field)
        ]


class ReadOnlyPageMixin:
    """Reader pages answer GET and HEAD only; a POST is a 405, not a rendered page.

    They also tell the page cache what they are (``page:<id>``) and which listings
    they belong to (``cache_footprint``), so a change bumps exactly those tags.
    """

    def serve(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        add_tags(page_tag(self.pk))
        return super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        # The route map knew that none applies (masthead.page_cache.routes);
        # Wagtail's privacy check, run on every request, then needs no query.
        if getattr(self, "known_unrestricted", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def cache_footprint(self):
        """{listing tag: position} for each listing this live page appears in.

        When a page changes, every listing tag whose position differs between the
        old and the new footprint is bumped: listings it joins, leaves or moves in.
        """
        return {"lastmod:pages": iso_or_blank(self.last_published_at)}


def iso_or_blank(moment):
    return moment.isoformat() if moment else ""


class SetupChecklistDismissal(models.Model):
    """An admin user who has hidden the setup checklist from their dashboard."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="setup_checklist_dismissal",
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Setup checklist dismissed by {self.user}"


class RateLimitCounter(models.Model):
    """Hits in one rate-limit window (core/ratelimit.py), when not kept in Redis.

    ``key`` names the scope, the hashed identity and the window; rows whose
    window has ended are deleted by the scheduler.
    """

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.key}: {self.count}"


class Heartbeat(models.Model):
    """When a background process (the scheduler, a worker) last said it is alive.

    /healthz reports the freshest one per role and queue (core/health.py). A
    worker's ``process_id`` is also the worker id it claims database tasks
    with, so the tasks of a worker that went silent can be retried
    (core/task_recovery.py).
    """

    class Role(models.TextChoices):
        SCHEDULER = "scheduler", "Scheduler"
        WORKER = "worker", "Worker"

    process_id = models.CharField(max_length=64, unique=True)
    role = models.CharField(max_length=16, choices=Role.choices)
    queues = models.JSONField(default=list, blank=True)
    host = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.role} {self.process_id}"
