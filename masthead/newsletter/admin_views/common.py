"""Names and checks that every newsletter admin screen shares."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.permissions import policy_registry

# The viewsets' names: URL namespaces of the three screens.
ISSUES = "newsletter_issues"
SUBSCRIBERS = "newsletter_subscribers"
REPORT = "newsletter_report"


def issue_url(name, issue):
    return reverse(f"{ISSUES}:{name}", args=[quote(issue.pk)])


def _policy(model):
    return policy_registry.get_by_type(model)


def can(user, model, *actions):
    """Whether ``user`` has any of the model permissions ``actions``."""
    return _policy(model).user_has_any_permission(user, set(actions))
