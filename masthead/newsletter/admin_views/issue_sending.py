"""Sending an issue from the admin: its status page, preview, test, schedule,
send now, pause and resume, and the live progress figures.

Rendering and sending live in ``rendering`` and ``sending``; these views only
call them. Every state-changing view is a CSRF-protected POST, checked against
the model permission ``change_newsletterissue``.
"""

import logging

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateTimeInput, HeaderButton

from masthead.analytics.queries import issue_clicks_by_page
from masthead.articles import queries
from masthead.newsletter import rendering, sending
from masthead.newsletter.admin_views.common import ISSUES, can, issue_url
from masthead.newsletter.models import IssueStatus, NewsletterIssue
from masthead.newsletter.sending import proofs
from masthead.newsletter.sending.audience import issue_audience
from masthead.newsletter.sending.proofs import SendTestForm

logger = logging.getLogger(__name__)

SENDABLE = {IssueStatus.DRAFT, IssueStatus.SCHEDULED}


class IssueActionMixin:
    """Loads the issue and checks the model permission for the action."""

    actions = ("change",)

    def dispatch(self, request, pk, *args, **kwargs):
        if not can(request.user, NewsletterIssue, *self.actions):
            raise PermissionDenied
        self.issue = get_object_or_404(
            NewsletterIssue.objects.select_related("newsletter"), pk=pk
        )
        return super().dispatch(request, *args, **kwargs)

    def back(self):
        return redirect(issue_url("status", self.issue))


class ScheduleForm(forms.Form):
    when = forms.DateTimeField(
        label="Send at", widget=AdminDateTimeInput, help_text="In the site’s time zone."
    )

    def clean_when(self):
        when = self.cleaned_data["when"]
        if when <= timezone.now():
            raise ValidationError("Choose a time in the future.")
        return when


def progress_of(issue):
    """The sending module's figures, plus derived percentages, or None."""
    try:
        figures = dict(sending.progress(issue))
    except Exception:
        logger.exception("Progress of issue %s could not be read", issue.pk)
        return None
    total = figures.get("total") or 0
    done = sum(figures.get(k) or 0 for k in ("sent", "failed", "skipped"))
    figures["done"] = done
    figures["percent"] = round(100 * done / total, 1) if total else 0
    rate = figures.get("rate_per_minute") or 0
    remaining = figures.get("remaining") or 0
    figures["eta_minutes"] = round(remaining / rate) if rate and remaining else None
    return figures


def audience_estimate(issue):
    """How many addresses would get the issue if it were sent now (a count only)."""
    return issue_audience(issue).count()


def item_warnings(issue):
    items = list(issue.items.select_related("article"))
    public = set(
        queries.published_articles()
        .filter(pk__in=[i.article_id for i in items])
        .values_list("pk", flat=True)
    )
    hidden = [i.article.title for i in items if i.article_id not in public]
    warnings = []
    if not items:
        warnings.append("The issue has no stories.")
    if hidden:
        warnings.append(
            "Not public (unpublished or private), so readers cannot open them: "
            + "; ".join(hidden)
        )
    return items, warnings


@method_decorator(never_cache, name="dispatch")
class IssueStatusView(IssueActionMixin, WagtailAdminTemplateMixin, View):
    """One issue's sending page: test, schedule, send, pause, and live progress."""

    actions = ("view", "change")
    template_name = "newsletter/admin/issue_status.html"
    header_icon = "mail"

    def get_page_title(self):
        return "Sending"

    def get_page_subtitle(self):
        return str(self.issue)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{ISSUES}:index"), "label": "Newsletter issues"},
            {"url": "", "label": str(self.issue)},
        ]

    @cached_property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                "Preview",
                url=issue_url("preview", self.issue),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noopener"},
            )
        ]
        if self.issue.is_editable and can(self.request.user, NewsletterIssue, "change"):
            buttons.append(
                HeaderButton(
                    "Arrange stories",
                    url=issue_url("arrange", self.issue),
                    icon_name="list-ol",
                )
            )
            buttons.append(
                HeaderButton(
                    "Edit", url=issue_url("edit", self.issue), icon_name="edit"
                )
            )
        return buttons

    def get(
        self, request, *args, schedule_form=None, test_form=None, status=200, **kwargs
    ):
        items, warnings = item_warnings(self.issue)
        # Once the issue has gone out, each story's clicks (counted redirects).
        show_clicks = not self.issue.is_editable
        if show_clicks:
            clicks = issue_clicks_by_page(self.issue.pk)
            for item in items:
                item.clicks = clicks.get(item.article_id, 0)
        context = self.get_context_data(
            show_clicks=show_clicks,
            issue=self.issue,
            items=items,
            warnings=warnings,
            audience=audience_estimate(self.issue),
            progress=progress_of(self.issue),
            can_change=can(request.user, NewsletterIssue, "change"),
            schedule_form=schedule_form
            or ScheduleForm(initial={"when": self.issue.scheduled_at}),
            sendable=self.issue.status in SENDABLE,
            progress_url=issue_url("progress", self.issue),
            user_email=request.user.email,
            test_form=test_form
            or SendTestForm(initial={"addresses": request.user.email}),
            test_max=proofs.max_recipients(),
            segment=[str(s) for s in self.issue.sections.all()],
        )
        return self.render_to_response(context, status=status)


class IssueProgressView(IssueActionMixin, View):
    """JSON for the status page's refresh: status and figures, counts only."""

    actions = ("view", "change")

    @method_decorator(never_cache)
    def get(self, request):
        figures = progress_of(self.issue) or {}
        data = {
            key: (value.isoformat() if hasattr(value, "isoformat") else value)
            for key, value in figures.items()
        }
        data["status"] = self.issue.status
        data["status_display"] = self.issue.get_status_display()
        return JsonResponse(data)


class IssuePreviewView(IssueActionMixin, View):
    """The email as readers will see it (without anyone's personal links)."""

    actions = ("view", "change")

    @method_decorator(never_cache)
    def get(self, request):
        rendered = rendering.render_issue(self.issue)
        if request.GET.get("format") == "text":
            response = HttpResponse(rendered.text, content_type="text/plain")
        else:
            response = HttpResponse(rendered.html)
        # The email's HTML runs nothing here, whatever it contains.
        response["Content-Security-Policy"] = (
            "sandbox allow-popups allow-popups-to-escape-sandbox"
        )
        return response


def _run(request, issue, action, done, *args):
    """Call ``action(issue, *args)``; report the outcome as a message."""
    try:
        action(issue, *args)
    except sending.SendingError as exc:
        # The issue's state does not allow it (e.g. another editor was quicker).
        messages.error(request, str(exc))
        return False
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return False
    except Exception as exc:
        logger.exception(
            "Newsletter action %s on issue %s failed", action.__name__, issue.pk
        )
        messages.error(request, f"That did not work: {exc}")
        return False
    messages.success(request, done)
    return True


@method_decorator(require_POST, name="dispatch")
class SendTestView(IssueActionMixin, View):
    """A test to the editor, to typed addresses and/or to a seed list."""

    def post(self, request):
        # The "to me" button (and a bare POST, as before there was a choice).
        if "to_me" in request.POST or not (
            {"addresses", "seed_list"} & set(request.POST)
        ):
            return self.to_me(request)
        form = SendTestForm(request.POST)
        if not form.is_valid():
            view = IssueStatusView()
            view.setup(request, pk=self.issue.pk)
            view.issue = self.issue
            return view.get(request, test_form=form, status=400)
        recipients = form.cleaned_data["recipients"]
        shown = ", ".join(recipients[:5]) + (
            f" and {len(recipients) - 5} more" if len(recipients) > 5 else ""
        )
        _run(
            request,
            self.issue,
            proofs.send_tests,
            f"Test sent to {shown}.",
            recipients,
        )
        return self.back()

    def to_me(self, request):
        email = (request.user.email or "").strip()
        if not email:
            messages.error(
                request,
                "Your account has no email address; add one under Account first.",
            )
        else:
            _run(
                request, self.issue, sending.send_test, f"Test sent to {email}.", email
            )
        return self.back()


class ScheduleView(IssueActionMixin, View):
    def get(self, request):
        return self.back()

    def post(self, request):
        if self.issue.status not in SENDABLE:
            messages.error(request, "Only a draft or scheduled issue can be scheduled.")
            return self.back()
        form = ScheduleForm(request.POST)
        if not form.is_valid():
            view = IssueStatusView()
            view.setup(request, pk=self.issue.pk)
            view.issue = self.issue
            return view.get(request, schedule_form=form, status=400)
        when = form.cleaned_data["when"]
        local = timezone.localtime(when)
        _run(
            request,
            self.issue,
            sending.schedule,
            f"“{self.issue}” will be sent at {local:%d %B %Y, %H:%M}.",
            when,
        )
        return self.back()


@method_decorator(require_POST, name="dispatch")
class UnscheduleView(IssueActionMixin, View):
    def post(self, request):
        # Conditional, so it cannot undo a sending the worker has just started.
        changed = NewsletterIssue.objects.filter(
            pk=self.issue.pk, status=IssueStatus.SCHEDULED
        ).update(status=IssueStatus.DRAFT, scheduled_at=None)
        if changed:
            messages.success(request, "Schedule cancelled; the issue is a draft again.")
        else:
            messages.error(request, "The issue was not scheduled any more.")
        return self.back()


@method_decorator(never_cache, name="dispatch")
class SendNowView(IssueActionMixin, WagtailAdminTemplateMixin, View):
    """Asks for confirmation (GET), then starts sending (POST)."""

    template_name = "newsletter/admin/issue_confirm_send.html"
    header_icon = "mail"

    def get_page_title(self):
        return "Send now"

    def get_page_subtitle(self):
        return str(self.issue)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{ISSUES}:index"), "label": "Newsletter issues"},
            {"url": issue_url("status", self.issue), "label": str(self.issue)},
            {"url": "", "label": "Send now"},
        ]

    def get(self, request):
        if self.issue.status not in SENDABLE:
            messages.error(request, "This issue is not a draft or scheduled.")
            return self.back()
        items, warnings = item_warnings(self.issue)
        return self.render_to_response(
            self.get_context_data(
                issue=self.issue,
                items=items,
                warnings=warnings,
                audience=audience_estimate(self.issue),
                segment=[str(s) for s in self.issue.sections.all()],
            )
        )

    def post(self, request):
        if self.issue.status not in SENDABLE:
            messages.error(request, "This issue is not a draft or scheduled.")
            return self.back()
        if request.POST.get("confirm") != "yes":
            messages.error(request, "Tick the confirmation to send.")
            return redirect(issue_url("send", self.issue))
        _run(
            request,
            self.issue,
            sending.start_sending,
            f"Sending “{self.issue}” started.",
        )
        return self.back()


@method_decorator(require_POST, name="dispatch")
class PauseView(IssueActionMixin, View):
    def post(self, request):
        if self.issue.status != IssueStatus.SENDING:
            messages.error(request, "Only an issue that is being sent can be paused.")
        else:
            _run(request, self.issue, sending.pause, "Sending paused.")
        return self.back()


@method_decorator(require_POST, name="dispatch")
class ResumeView(IssueActionMixin, View):
    def post(self, request):
        if self.issue.status != IssueStatus.PAUSED:
            messages.error(request, "Only a paused issue can be resumed.")
        else:
            _run(request, self.issue, sending.resume, "Sending resumed.")
        return self.back()


urlpatterns = [
    path("status/<int:pk>/", IssueStatusView.as_view(), name="status"),
    path("progress/<int:pk>/", IssueProgressView.as_view(), name="progress"),
    path("preview/<int:pk>/", IssuePreviewView.as_view(), name="preview"),
    path("send-test/<int:pk>/", SendTestView.as_view(), name="send_test"),
    path("schedule/<int:pk>/", ScheduleView.as_view(), name="schedule"),
    path("unschedule/<int:pk>/", UnscheduleView.as_view(), name="unschedule"),
    path("send/<int:pk>/", SendNowView.as_view(), name="send"),
    path("pause/<int:pk>/", PauseView.as_view(), name="pause"),
    path("resume/<int:pk>/", ResumeView.as_view(), name="resume"),
]
