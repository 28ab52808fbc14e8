"""The "Readers" panel on a story's edit page: read N times, M signups."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from masthead.analytics import queries

PERMISSION = "analytics.view_dashboard"


class ReadingFiguresPanel(Panel):
    def __init__(self, heading="Readers", **kwargs):
        super().__init__(heading=heading, **kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "reading_figures"

    class BoundPanel(Panel.BoundPanel):
        template_name = "analytics/admin/reading_figures_panel.html"

        def is_shown(self):
            return bool(
                self.instance is not None
                and self.instance.pk
                and self.request is not None
                and self.request.user.has_perm(PERMISSION)
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["figures"] = queries.page_totals(self.instance.pk)
            context["dashboard_url"] = reverse("analytics_dashboard")
            return context
