"""A section's editors group and review workflow follow the section."""

from django.apps import apps
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from masthead.newsroom import roles
from masthead.sections.models import SectionPage


@receiver(post_save, sender=SectionPage)
def section_saved(sender, instance, created=False, raw=False, update_fields=None, **kw):
    if raw:
        return
    # Saving a draft revision touches only bookkeeping fields; the title (and so
    # the group's name) changes on publish, a full save.
    if not created and update_fields is not None and "title" not in update_fields:
        return
    roles.sync_section(apps, instance)


@receiver(pre_delete, sender=SectionPage)
def section_deleted(sender, instance, **kwargs):
    roles.remove_section(apps, instance.pk)
