from django.core.management import call_command
from wagtail import hooks


@hooks.register("register_scheduled_job")
def publish_scheduled_pages():
    """Publish and unpublish pages whose go-live or expiry time has come."""
    call_command("publish_scheduled", verbosity=0)
