"""The newsletter's place in the Wagtail admin: one "Newsletter" menu.

Issues (edit, preview, test, schedule, send, progress), Subscribers (search,
filters, CSV import and export) and the Report (growth and delivery charts);
and the newsletter's scheduled jobs.
"""

from wagtail import hooks

from masthead.newsletter import drafting, sending
from masthead.newsletter.admin_views import NewsletterViewSetGroup


@hooks.register("register_admin_viewset")
def register_newsletter_viewsets():
    return NewsletterViewSetGroup()


# Jobs the scheduler (manage.py scheduler) runs on every pass.
@hooks.register("register_scheduled_job")
def draft_due_roundups():
    drafting.draft_due_roundups()


@hooks.register("register_scheduled_job")
def send_due_issues():
    sending.send_due_issues()
