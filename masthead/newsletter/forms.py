from django import forms

from masthead.newsletter.models import normalise_email

CONSENT_TEXT = "Subscribe to the weekly round-up (signup form)"


class SignupForm(forms.Form):
    email = forms.EmailField(label="Email address", max_length=254)
    # Left empty by people; bots that fill every field are quietly turned away.
    website = forms.CharField(required=False, label="Leave this empty")
    next = forms.CharField(required=False, max_length=500)

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))
