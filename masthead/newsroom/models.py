from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone


class Role(models.Model):
    """What a group is for, in words the admin shows next to it.

    Wagtail's Group has a name only. The newsroom's own roles carry a ``key``
    (so renaming the group in the admin keeps it recognisable); a section's
    editors group points at its section, which creates, renames and deletes it.
    """

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="role")
    description = models.TextField(
        blank=True, help_text="What members of this group can do, in a sentence or two."
    )
    key = models.CharField(max_length=40, unique=True, null=True, blank=True)
    section = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The section's review workflow, if this module created it.
    workflow = models.ForeignKey(
        "wagtailcore.Workflow",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["section"],
                condition=models.Q(section__isnull=False),
                name="newsroom_role_one_group_per_section",
            )
        ]

    def __str__(self):
        return self.group.name


class PreviewLinkQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class PreviewLink(models.Model):
    """A secret link to a story's latest draft, for readers without an account.

    Only a SHA-256 digest of the token is kept: the link is shown once, when
    it is made, and nobody (database readers included) can make it again
    from what is stored. See ``preview_links.py``.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="preview_links"
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    note = models.CharField(
        "for",
        max_length=200,
        blank=True,
        help_text="Who the link is for, e.g. “Dr. Lena Hartmann, for fact-checking”.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    view_count = models.PositiveIntegerField(default=0)
    last_viewed_at = models.DateTimeField(null=True, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Preview link {self.pk} to page {self.page_id}"

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def is_active(self):
        return not self.is_revoked and not self.is_expired

    @property
    def status(self):
        if self.is_revoked:
            return "revoked"
        return "expired" if self.is_expired else "active"
