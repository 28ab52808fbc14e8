from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from masthead.newsletter.forms import CONSENT_TEXT, SignupForm
from masthead.newsletter.models import SignupRequest


@require_http_methods(["GET", "POST"])
def signup(request):
    """Store the address; the same answer whether or not we already had it."""
    if request.method == "GET":
        return TemplateResponse(
            request, "newsletter/signup.html", {"form": SignupForm()}
        )
    form = SignupForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request, "newsletter/signup.html", {"form": form}, status=400
        )
    if not form.is_bot():
        source = form.cleaned_data["next"]
        if not url_has_allowed_host_and_scheme(
            source, allowed_hosts={request.get_host()}
        ):
            source = ""
        try:
            with transaction.atomic():
                SignupRequest.objects.get_or_create(
                    email=form.cleaned_data["email"],
                    defaults={"source_url": source[:500], "consent_text": CONSENT_TEXT},
                )
        except IntegrityError:
            pass  # A concurrent request stored the same address first.
    return redirect(reverse("newsletter_thanks"))


def thanks(request):
    return TemplateResponse(request, "newsletter/thanks.html")
