from django.urls import path
from wagtail import hooks

from masthead.home import setup_checklist


@hooks.register("construct_homepage_panels")
def setup_checklist_panel(request, panels):
    setup_checklist.add_panel(request, panels)


@hooks.register("register_admin_urls")
def setup_checklist_urls():
    return [
        path(
            "setup-checklist/dismiss/",
            setup_checklist.dismiss,
            name="masthead_setup_checklist_dismiss",
        )
    ]
