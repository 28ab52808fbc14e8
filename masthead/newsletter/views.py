"""Reader-facing newsletter pages: signup, confirmation, preferences, unsubscribe.

Links from mail carry a signed token (links.py). A GET never changes anything,
because mail scanners and link previews fetch every URL in a message; changes
are POSTs from a button on the page, or (unsubscribe only) RFC 8058 one-click
POSTs from the mail client, which carry no cookies and so no CSRF token.

The signup form is on every public page, so it carries no CSRF token either
(that would set a cookie on every page and keep them out of shared caches): its
POSTs are checked for a same-origin Origin or Referer instead (same_origin.py).
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from masthead.analytics.recording import record_signup
from masthead.core.client_address import client_ip
from masthead.newsletter import links, ratelimit, subscriptions
from masthead.newsletter.forms import PreferencesForm, SignupForm
from masthead.newsletter.models import NewsletterList, SubscriberStatus
from masthead.newsletter.same_origin import same_origin_required


@csrf_exempt  # No token, so no cookie on the pages with the box; instead:
@require_http_methods(["GET", "POST"])
@same_origin_required  # the POST must come from one of our own pages.
def signup(request):
    """Start double opt-in; the same answer whatever we knew about the address."""
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
        try:
            subscriptions.request_subscription(
                form.cleaned_data["email"],
                lists=form.cleaned_data["lists"],
                source=_source_page(request, form.cleaned_data["next"]),
                ip=client_ip(request),
            )
            # Reading figures: the signup counts for the page the form was on.
            record_signup(_source_page(request, form.cleaned_data["next"]))
        except subscriptions.RateLimited:
            response = TemplateResponse(
                request, "newsletter/rate_limited.html", status=429
            )
            response["Retry-After"] = str(ratelimit.SIGNUP_WINDOW_SECONDS)
            return response
    return redirect(reverse("newsletter_thanks"))


def _source_page(request, next_url):
    """The page the form was on (for the consent record): ours, or the signup page."""
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}
    ):
        return next_url
    return reverse("newsletter_signup")


def thanks(request):
    return TemplateResponse(request, "newsletter/thanks.html")


def _preferences_path(subscriber):
    """On our own pages the link is relative: links.py makes absolute ones for mail."""
    token = links.make_token(subscriber, "preferences")
    return reverse("newsletter_preferences", args=[token])


def _invalid_link(request, purpose):
    return TemplateResponse(
        request, "newsletter/link_invalid.html", {"purpose": purpose}, status=400
    )


def _read(token, purpose):
    try:
        return links.read_token(token, purpose)
    except links.InvalidLink:
        return None, None


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button; only its POST confirms, so link scanners cannot."""
    subscriber, _ = _read(token, "confirm")
    if subscriber is None:
        return _invalid_link(request, "confirm")
    was_active = subscriber.status == SubscriberStatus.ACTIVE
    if request.method == "POST":
        subscriber = subscriptions.confirm(subscriber)
    context = {"subscriber": subscriber, "lists": list(subscriber.lists.all())}
    if subscriber.status == SubscriberStatus.ACTIVE:
        context.update(
            just_confirmed=not was_active,
            preferences_url=_preferences_path(subscriber),
        )
        return TemplateResponse(request, "newsletter/confirmed.html", context)
    if subscriber.status == SubscriberStatus.PENDING and request.method == "GET":
        return TemplateResponse(request, "newsletter/confirm.html", context)
    # Unsubscribed, bounced or suppressed since the mail was sent: a stale link.
    return _invalid_link(request, "confirm")


PREFERENCES_DONE = {
    "saved": "Your choices are saved.",
    "unsubscribed": "You are unsubscribed. We will not send you any newsletters.",
}


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    subscriber, _ = _read(token, "preferences")
    if subscriber is None:
        return _invalid_link(request, "preferences")
    suppressed = subscriber.status in subscriptions.SUPPRESSED_STATUSES or (
        subscriptions.is_suppressed(subscriber.email_key)
    )
    status = 200
    if request.method == "POST" and not suppressed:
        if "unsubscribe_all" in request.POST:
            subscriptions.unsubscribe(subscriber)
            return redirect(f"{request.path}?done=unsubscribed")
        form = PreferencesForm(request.POST)
        if form.is_valid():
            subscriber = subscriptions.update_preferences(
                subscriber,
                form.cleaned_data["lists"],
                sections=form.cleaned_data["sections"],
            )
            done = (
                "unsubscribed"
                if subscriber.status == SubscriberStatus.UNSUBSCRIBED
                else "saved"
            )
            return redirect(f"{request.path}?done={done}")
        status = 400
    else:
        subscribed = subscriber.status != SubscriberStatus.UNSUBSCRIBED
        form = PreferencesForm(
            initial={
                "lists": [n.slug for n in subscriber.lists.all()] if subscribed else [],
                "sections": [s.pk for s in subscriber.sections.all()],
            }
        )
    return TemplateResponse(
        request,
        "newsletter/preferences.html",
        {
            "subscriber": subscriber,
            "form": form,
            "suppressed": suppressed,
            "done": PREFERENCES_DONE.get(request.GET.get("done", "")),
        },
        status=status,
    )


@csrf_exempt  # RFC 8058: the one-click POST comes from the mail client, cookieless.
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET only asks (and changes nothing); any POST to the link unsubscribes."""
    subscriber, newsletter_slug = _read(token, "unsubscribe")
    if subscriber is None:
        return _invalid_link(request, "unsubscribe")
    newsletter = (
        NewsletterList.objects.filter(slug=newsletter_slug).first()
        if newsletter_slug
        else None
    )
    context = {"subscriber": subscriber, "newsletter": newsletter}
    if request.method == "GET":
        return TemplateResponse(request, "newsletter/unsubscribe.html", context)
    subscriber = subscriptions.unsubscribe(subscriber, newsletter_slug)
    context.update(
        subscriber=subscriber,
        remaining=(
            list(subscriber.lists.all())
            if subscriber.status == SubscriberStatus.ACTIVE
            else []
        ),
        preferences_url=_preferences_path(subscriber),
    )
    return TemplateResponse(request, "newsletter/unsubscribed.html", context)
