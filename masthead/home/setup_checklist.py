"""The setup checklist a new owner sees on the admin dashboard.

Each step's "done" is computed from the data, so the list stays true however the
owner got there (by hand, by the demo, by an import). It is shown to users who
can change the magazine's settings, until every step is done or they dismiss it.
"""

import email.utils
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.core.models import (
    DEFAULT_MASTHEAD_NAME,
    MagazineSettings,
    SetupChecklistDismissal,
)
from masthead.home.models import HomePage
from masthead.sections.models import SectionPage

SETTINGS_PERMISSION = "core.change_magazinesettings"


@dataclass
class Step:
    title: str
    help: str
    done: bool
    url: str = ""
    link_text: str = ""


def _add_page_url(model, parent_model):
    parent = parent_model.objects.first()
    if parent is None:
        return ""
    meta = model._meta
    return reverse(
        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
    )


def _sender_is_set():
    """The newsletter's From address is configured, not the placeholder default."""
    _, address = email.utils.parseaddr(settings.DEFAULT_FROM_EMAIL or "")
    domain = address.rpartition("@")[2].lower()
    return bool(address) and domain not in {"", "localhost", "example.com"}


def _import_step():
    try:
        url = reverse("masthead_import:index")
    except NoReverseMatch:  # the importer's admin page is not installed
        url = ""
    try:
        # Looked up by name: the importers app sits above this one.
        done = apps.get_model("importers", "ImportRun").objects.exists()
    except LookupError:
        done = False
    return Step(
        "Import your archive",
        "Bring your stories, writers and photos from WordPress, Ghost, Substack "
        "or any RSS/Atom feed; old links keep working.",
        done,
        url,
        "Import an archive",
    )


def steps(request):
    site = (
        Site.find_for_request(request)
        or Site.objects.filter(is_default_site=True).first()
    )
    magazine = MagazineSettings.for_site(site)
    settings_url = reverse(
        "wagtailsettings:edit", args=["core", "magazinesettings", site.pk]
    )
    sender = settings.DEFAULT_FROM_EMAIL
    return [
        Step(
            "Name your magazine and add its logo",
            "Give the magazine its name (and a tagline) and upload its logo.",
            magazine.masthead_name.strip() not in {"", DEFAULT_MASTHEAD_NAME}
            and magazine.logo_id is not None,
            settings_url,
            "Open magazine settings",
        ),
        Step(
            "Create your sections",
            "Sections organise the stories and give them their URLs.",
            SectionPage.objects.exists(),
            _add_page_url(SectionPage, HomePage),
            "Add a section",
        ),
        Step(
            "Add your first writers",
            "Each writer gets a page with a bio and every story they wrote.",
            AuthorPage.objects.exists(),
            _add_page_url(AuthorPage, AuthorIndexPage),
            "Add a writer",
        ),
        Step(
            "Link your social accounts",
            "Shown in the header and footer, and to search engines.",
            bool(magazine.social_links()),
            settings_url,
            "Add social links",
        ),
        Step(
            "Set the newsletter sender",
            "The newsletter's From address is the DEFAULT_FROM_EMAIL environment "
            f"variable (now “{sender}”): set it on the server, e.g. "
            "“Your Magazine <newsletter@yourmagazine.example>”, and restart.",
            _sender_is_set(),
            # Where the sender shows: each issue's test send (mail to yourself).
            _url_or_blank("newsletter_issues:index"),
            "Newsletter issues",
        ),
        _import_step(),
    ]


def _url_or_blank(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


def is_shown(request):
    user = request.user
    return (
        user.is_authenticated
        and user.has_perm(SETTINGS_PERMISSION)
        and not SetupChecklistDismissal.objects.filter(user=user).exists()
    )


class SetupChecklistPanel(Component):
    name = "setup_checklist"
    template_name = "home/admin/setup_checklist.html"
    order = 50

    def __init__(self, steps):
        self.steps = steps

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            steps=self.steps,
            done_count=sum(step.done for step in self.steps),
            csrf_token=parent_context.get("csrf_token"),
            request=parent_context.get("request"),
            dismiss_url=reverse("masthead_setup_checklist_dismiss"),
        )
        return context


def add_panel(request, panels):
    if not is_shown(request):
        return
    current = steps(request)
    if all(step.done for step in current):
        return
    panels.append(SetupChecklistPanel(current))


@login_required
def dismiss(request):
    """Hide the checklist for this user (POST, with the admin's CSRF protection)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if request.user.has_perm(SETTINGS_PERMISSION):
        SetupChecklistDismissal.objects.get_or_create(user=request.user)
    return redirect("wagtailadmin_home")
