"""The Report screen: subscriber growth and delivery figures, as charts."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.urls import path
from django.utils.functional import cached_property
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from masthead.newsletter import reports
from masthead.newsletter.admin_views.common import REPORT, can
from masthead.newsletter.models import NewsletterList, Subscriber, SubscriberStatus


class ReportView(WagtailAdminTemplateMixin, View):
    template_name = "newsletter/admin/report.html"
    header_icon = "table"
    page_title = "Newsletter report"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not can(request.user, Subscriber, "view", "change", "add", "delete"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        weeks = reports.subscriber_growth()
        issues = reports.delivery_figures()
        by_status = dict(
            Subscriber.objects.values_list("status").annotate(n=Count("pk")).order_by()
        )
        lists = NewsletterList.objects.annotate(
            active=Count("subscribers", filter=Q(subscribers__status="active"))
        )
        return self.render_to_response(
            self.get_context_data(
                weeks=weeks,
                growth_chart=reports.growth_line_chart(weeks),
                signup_chart=reports.signup_bar_chart(weeks),
                issues=issues,
                delivery_chart=reports.delivery_bar_chart(issues),
                by_status=[
                    (label, by_status.get(value, 0))
                    for value, label in SubscriberStatus.choices
                ],
                lists=lists,
            )
        )


class ReportViewSet(ViewSet):
    name = REPORT
    url_prefix = "newsletter/report"
    icon = "table"
    menu_label = "Report"
    menu_order = 300

    def get_urlpatterns(self):
        return [path("", ReportView.as_view(), name="index")]

    @cached_property
    def menu_item_class(self):
        class ReportMenuItem(super().menu_item_class):
            def is_shown(self, request):
                return can(request.user, Subscriber, "view", "change", "add", "delete")

        return ReportMenuItem
