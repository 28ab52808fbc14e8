"""What the demo loader created, so ``remove_demo`` removes exactly that."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class DemoObject(models.Model):
    """One object the demo created, or one field of an object it changed.

    A created object has a blank ``field``. A changed field (site name, magazine
    settings, the front page's title) keeps the value it had before the demo and
    the value the demo set: ``remove_demo`` restores the first only while the
    field still holds the second, so an owner's own edits survive.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    content_object = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=100, blank=True)
    value_before = models.JSONField(null=True, blank=True)
    value_set = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field"],
                name="unique_demo_object_field",
            )
        ]

    def __str__(self):
        what = f"{self.content_type.app_label}.{self.content_type.model}"
        return f"{what} #{self.object_id}{f' .{self.field}' if self.field else ''}"


def record_created(obj):
    if obj.pk is None:
        raise ValueError(f"Cannot record an unsaved {type(obj).__name__}")
    DemoObject.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        field="",
    )


def record_change(obj, field, value):
    """Set ``obj.field`` to ``value`` (the caller saves), remembering the old value.

    A second change to the same field keeps the first ``value_before``.
    """
    before = getattr(obj, field)
    setattr(obj, field, value)
    record, created = DemoObject.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        field=field,
        defaults={"value_before": before, "value_set": value},
    )
    if not created:
        record.value_set = value
        record.save(update_fields=["value_set"])
