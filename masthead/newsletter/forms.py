import unicodedata

from django import forms
from django.core.exceptions import ValidationError

from masthead.newsletter.models import InvalidDomain, NewsletterList, email_key

MAX_EMAIL_LENGTH = 254  # RFC 5321's limit on a forward path, and the column size.


class StrictEmailField(forms.EmailField):
    """An email field that refuses control characters before anything is stripped.

    Django's field strips surrounding whitespace, so "reader@example.org\\r\\n"
    would pass as a valid address; a line break in an address is never a typo
    we should fix for the sender, so it is refused outright.
    """

    def to_python(self, value):
        if isinstance(value, str) and any(
            unicodedata.category(char) == "Cc" for char in value
        ):
            raise ValidationError(
                "Enter an email address without line breaks or control characters.",
                code="invalid",
            )
        return super().to_python(value)


class ListChoicesMixin:
    def list_choices(self):
        """(newsletter, ticked) pairs, for templates that render the checkboxes."""
        chosen = {str(slug) for slug in self["lists"].value() or []}
        return [
            (newsletter, newsletter.slug in chosen)
            for newsletter in self.fields["lists"].queryset
        ]


class SignupForm(ListChoicesMixin, forms.Form):
    email = StrictEmailField(
        label="Email address",
        max_length=MAX_EMAIL_LENGTH,
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@example.com.",
        },
    )
    lists = forms.ModelMultipleChoiceField(
        queryset=NewsletterList.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Newsletters",
        help_text="If you choose none, you get the weekly round-up.",
    )
    # Left empty by people; bots that fill every field are quietly turned away.
    website = forms.CharField(required=False, label="Leave this empty")
    next = forms.CharField(required=False, max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["lists"].initial = lambda: [
                newsletter.slug
                for newsletter in self.fields["lists"].queryset
                if newsletter.is_default
            ]

    def clean_email(self):
        email = unicodedata.normalize("NFC", self.cleaned_data["email"].strip())
        try:
            key = email_key(email)
        except InvalidDomain:
            raise ValidationError(
                "The part after the @ is not a valid internationalised domain "
                "name. Please check it for typing mistakes.",
                code="invalid",
            ) from None
        # Case folding can lengthen an address ("ß" becomes "ss"); the key must fit.
        if len(key) > MAX_EMAIL_LENGTH:
            raise ValidationError(
                f"Enter an address of at most {MAX_EMAIL_LENGTH} characters.",
                code="max_length",
            )
        return email

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


def interest_sections():
    """The sections a reader can choose: the public ones, in menu order."""
    from masthead.sections.models import SectionPage

    return SectionPage.objects.live().public().order_by("path")


class PreferencesForm(ListChoicesMixin, forms.Form):
    lists = forms.ModelMultipleChoiceField(
        queryset=NewsletterList.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Send me",
    )
    sections = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Sections I follow",
        error_messages={
            "invalid_choice": "Choose sections from the list.",
            "invalid_pk_value": "Choose sections from the list.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].queryset = interest_sections()

    def section_choices(self):
        """(section, ticked) pairs, for the template's checkboxes."""
        chosen = {str(pk) for pk in self["sections"].value() or []}
        return [
            (section, str(section.pk) in chosen)
            for section in self.fields["sections"].queryset
        ]
