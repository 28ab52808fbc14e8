"""Background tasks of the newsletter (django-tasks).

The worker processes run them: ``manage.py worker --queue default`` (the
database queue without REDIS_URL, RQ with it; ``bin/serve`` starts it).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from masthead.newsletter import sending


@task()
def send_issue(issue_id):
    """Send an issue that ``sending.start_sending`` froze; safe to run twice."""
    result = sending.run_issue(
        issue_id, time_budget=settings.NEWSLETTER_TASK_TIME_BUDGET
    )
    if result.status == "budget":
        sending.enqueue_send(issue_id, run_after=timezone.now())
    elif result.status == "waiting":
        # Retries later than the worker is willing to wait, or an unreachable
        # server; without deferred tasks the scheduler's send_due_issues() does it.
        later = result.next_attempt_at or timezone.now() + timedelta(seconds=60)
        sending.enqueue_send(issue_id, run_after=later)
    return result.as_dict()
