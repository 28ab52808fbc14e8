"""Create the two standard lists and carry interim signups over as pending subscribers.

Addresses left in the newsletter box before sending existed become pending
subscribers of the weekly round-up: they get a confirmation email, nothing else,
until they confirm.
"""

import unicodedata

from django.db import migrations


def forwards(apps, schema_editor):
    NewsletterList = apps.get_model("newsletter", "NewsletterList")
    Subscriber = apps.get_model("newsletter", "Subscriber")
    SignupRequest = apps.get_model("newsletter", "SignupRequest")
    weekly, _ = NewsletterList.objects.get_or_create(
        slug="weekly",
        defaults={
            "name": "Weekly round-up",
            "description": "The week’s most important analysis, every Friday.",
            "is_default": True,
            "sort_order": 0,
        },
    )
    NewsletterList.objects.get_or_create(
        slug="qiosk-daily",
        defaults={
            "name": "QiOSK daily digest",
            "description": "Each day’s quick news items in one short email.",
            "sort_order": 1,
        },
    )
    for signup in SignupRequest.objects.all():
        key = unicodedata.normalize("NFC", signup.email.strip()).casefold()
        subscriber, created = Subscriber.objects.get_or_create(
            email_key=key,
            defaults={
                "email": signup.email,
                "status": "pending",
                "created_at": signup.created_at,
                "status_changed_at": signup.created_at,
                "consent_at": signup.created_at,
                "consent_method": "interim signup form (needs confirmation)",
                "consent_source": signup.source_url,
            },
        )
        if created:
            subscriber.lists.add(weekly)


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0002_subscribers_issues_deliveries")]

    # Nothing to undo: the lists and subscribers are found again, not made twice,
    # when this runs again (and unmigrating further drops their tables).
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
