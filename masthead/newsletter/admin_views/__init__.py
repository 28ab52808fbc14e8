"""The newsletter in the Wagtail admin: one "Newsletter" menu.

Issues (``issues.py``: edit, delete; ``issue_sending.py``: preview, test,
schedule, send, pause, progress), Subscribers (``subscribers.py``: search,
filters, CSV import and export) and the Report (``report.py``: growth and
delivery charts), and the desk's helpers (``desk.py``: round-up picks, seed
lists, the welcome mail; ``arrange.py``: arranging an issue's stories). Every
state-changing view is a CSRF-protected POST, checked
against the model permissions (``change_newsletterissue``, ``add_subscriber`` …).
"""

from wagtail.admin.viewsets.base import ViewSetGroup

from masthead.newsletter.admin_views.desk import (
    RoundupPickViewSet,
    SeedListViewSet,
    WelcomeMailViewSet,
)
from masthead.newsletter.admin_views.issues import IssueViewSet
from masthead.newsletter.admin_views.report import ReportViewSet
from masthead.newsletter.admin_views.subscribers import SubscriberViewSet


class NewsletterViewSetGroup(ViewSetGroup):
    menu_label = "Newsletter"
    menu_icon = "mail"
    menu_order = 250
    items = (
        IssueViewSet,
        RoundupPickViewSet,
        SeedListViewSet,
        WelcomeMailViewSet,
        SubscriberViewSet,
        ReportViewSet,
    )
