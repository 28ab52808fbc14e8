"""Test sends (proofs): an issue to any addresses an editor types, or to a seed list.

Every address is checked first and each bad one named, so an editor never
wonders which of twenty was refused; nothing is sent unless all are good.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import get_connection

from masthead.newsletter.forms import StrictEmailField
from masthead.newsletter.models import InvalidDomain, email_key


def max_recipients():
    return int(settings.NEWSLETTER_TEST_SEND_MAX)


def check_addresses(addresses, limit=None):
    """(unique valid addresses in order, [error message per bad address])."""
    limit = max_recipients() if limit is None else limit
    field = StrictEmailField(max_length=254)
    valid, errors, seen = [], [], set()
    for address in addresses:
        try:
            cleaned = field.clean(address)
            key = email_key(cleaned)
        except (ValidationError, InvalidDomain):
            errors.append(f"“{address[:100]}” is not a valid email address.")
            continue
        if key not in seen:
            seen.add(key)
            valid.append(cleaned)
    if len(valid) > limit:
        errors.append(
            f"{len(valid)} addresses is too many for a test: at most {limit}."
        )
    return valid, errors


def send_tests(issue, addresses):
    """Send the issue's test version to each address over one connection."""
    from masthead.newsletter.rendering import IssueMail

    mail = IssueMail(issue)
    with get_connection(fail_silently=False) as connection:
        messages = [mail.test_message(address) for address in addresses]
        return connection.send_messages(messages) or 0


class SendTestForm(forms.Form):
    addresses = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Addresses",
        help_text="One per line, or separated by commas.",
    )
    seed_list = forms.ModelChoiceField(
        queryset=None, required=False, label="Seed list", empty_label="(none)"
    )

    def __init__(self, *args, **kwargs):
        from masthead.newsletter.models import SeedList

        super().__init__(*args, **kwargs)
        self.fields["seed_list"].queryset = SeedList.objects.all()

    def clean(self):
        from masthead.newsletter.models.desk import split_addresses

        cleaned = super().clean()
        typed = split_addresses(cleaned.get("addresses") or "")
        seed = cleaned.get("seed_list")
        wanted = typed + (seed.address_list() if seed else [])
        if not wanted and not self.errors:
            raise ValidationError("Type at least one address or choose a seed list.")
        valid, errors = check_addresses(wanted)
        if errors:
            raise ValidationError(errors)
        cleaned["recipients"] = valid
        return cleaned
