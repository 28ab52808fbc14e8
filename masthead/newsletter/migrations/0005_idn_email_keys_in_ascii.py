"""Rewrite the keys of addresses with an internationalised domain in ASCII.

Keys used to keep the domain as typed, so "bücher.example" and
"xn--bcher-kva.example" made two subscribers; now both are keyed
"xn--bcher-kva.example". A subscriber whose new key another one already holds
(the same mailbox signed up under both spellings) keeps its old key and is
listed for an operator to merge or delete. Two suppressions of one mailbox
become one.
"""

import unicodedata

import idna
from django.db import migrations


def new_key(key):
    # masthead.newsletter.models.email_key as of this migration.
    key = unicodedata.normalize("NFC", key.strip())
    local, at, domain = key.rpartition("@")
    if at and not domain.isascii():
        try:
            idna.encode(domain, uts46=True)
            domain = domain.encode("idna").decode("ascii")
        except (idna.IDNAError, UnicodeError):
            pass
    return f"{local}{at}{domain}".casefold()


def forwards(apps, schema_editor):
    Subscriber = apps.get_model("newsletter", "Subscriber")
    Suppression = apps.get_model("newsletter", "Suppression")
    # Read first: SQLite does not isolate a cursor from updates to its table.
    rows = list(Subscriber.objects.values_list("pk", "email", "email_key"))
    for pk, email, old_key in rows:
        key = new_key(email)
        if key == old_key:
            continue
        if Subscriber.objects.filter(email_key=key).exists():
            print(
                f"\n  Subscriber {pk} <{email}> is the same mailbox as the "
                f"subscriber keyed {key}: keep one, delete the other in the admin."
            )
            continue
        Subscriber.objects.filter(pk=pk).update(email_key=key)
    for pk, old_key in list(Suppression.objects.values_list("pk", "email_key")):
        key = new_key(old_key)
        if key == old_key:
            continue
        if Suppression.objects.filter(email_key=key).exists():
            # The mailbox stays suppressed by the other row.
            Suppression.objects.filter(pk=pk).delete()
        else:
            Suppression.objects.filter(pk=pk).update(email_key=key)


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0004_remove_interim_signup_requests")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
