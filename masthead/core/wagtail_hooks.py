from django.core.management import call_command
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from masthead.core import heartbeats, ratelimit, task_recovery
from masthead.core.admin_views import ImagesNeedingAltTextView


@hooks.register("register_scheduled_job")
def publish_scheduled_pages():
    """Publish and unpublish pages whose go-live or expiry time has come."""
    call_command("publish_scheduled", verbosity=0)


@hooks.register("register_scheduled_job")
def prune_rate_limit_counters():
    """Delete ended rate-limit windows, so the table holds only current ones."""
    ratelimit.prune_expired_counters()


@hooks.register("register_scheduled_job")
def retry_tasks_of_lost_workers():
    """Run again the tasks of database-queue workers that died mid-task."""
    task_recovery.retry_tasks_of_lost_workers()
    heartbeats.forget_stopped_processes()


@hooks.register("register_admin_urls")
def alt_text_report_urls():
    return [
        path(
            "reports/images-needing-alt-text/",
            ImagesNeedingAltTextView.as_view(),
            name="masthead_alt_text_report",
        ),
        path(
            "reports/images-needing-alt-text/results/",
            ImagesNeedingAltTextView.as_view(results_only=True),
            name="masthead_alt_text_report_results",
        ),
    ]


class ImageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(get_image_model())
        return policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def alt_text_report_menu_item():
    return ImageEditorsMenuItem(
        "Images needing alt text",
        reverse("masthead_alt_text_report"),
        name="images-needing-alt-text",
        icon_name="image",
        order=1300,
    )
