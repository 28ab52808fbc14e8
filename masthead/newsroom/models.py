from django.contrib.auth.models import Group
from django.db import models


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
