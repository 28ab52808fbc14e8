"""The newsroom calendar's admin views: the calendar and its rescheduling form
(the calendar itself and rescheduling are in calendar.py)."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from masthead.newsroom.calendar import (
    MONTH,
    WEEK,
    CalendarError,
    Period,
    build,
    parse_go_live,
    reschedule,
    today,
)


def may_use_calendar(user):
    return page_permission_policy.user_has_any_permission(
        user, ["add", "change", "publish"]
    )


class CalendarView(WagtailAdminTemplateMixin, View):
    template_name = "newsroom/admin/calendar.html"
    page_title = "Calendar"
    header_icon = "calendar"

    def dispatch(self, request, *args, **kwargs):
        if not may_use_calendar(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def render(self, period, status=200):
        def link(p):
            return "?" + urlencode({"view": p.kind, "date": p.start.isoformat()})

        context = self.get_context_data(
            calendar=build(period, self.request.user),
            period=period,
            previous_url=link(period.previous),
            next_url=link(period.next),
            today_url="?" + urlencode({"view": period.kind}),
            week_url="?" + urlencode({"view": WEEK, "date": period.start.isoformat()}),
            month_url="?"
            + urlencode({"view": MONTH, "date": period.start.isoformat()}),
            time_zone=settings.TIME_ZONE,
            today=today(),
            here=self.request.get_full_path(),
        )
        return self.render_to_response(context, status=status)

    @method_decorator(never_cache)
    def get(self, request):
        try:
            period = Period.from_query(request.GET)
        except CalendarError as error:
            messages.error(request, str(error))
            return self.render(Period.containing(today()), status=400)
        return self.render(period)


@require_POST
def reschedule_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_publish():
        # A plain 403 (Wagtail would redirect to the dashboard): the form is
        # only shown to those who may publish, so this is not a lost editor.
        return HttpResponseForbidden(
            "Only someone who may publish this story can reschedule it.",
            content_type="text/plain",
        )
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("newsroom_calendar")
    try:
        go_live_at = parse_go_live(request.POST.get("go_live_at"))
        refused = reschedule(request, page, go_live_at)
    except CalendarError as error:
        messages.error(request, str(error))
        # The calendar again, with the message and nothing changed.
        view = CalendarView()
        view.setup(request)
        query = QueryDict(urlsplit(back).query)
        try:
            period = Period.from_query(query)
        except CalendarError:
            period = Period.containing(today())
        return view.render(period, status=400)
    if refused is not None:
        return refused
    messages.success(
        request,
        f"“{page.get_admin_display_title()}” will now go live on "
        f"{go_live_at:%-d %B %Y at %H:%M} ({settings.TIME_ZONE}).",
    )
    return redirect(back)
