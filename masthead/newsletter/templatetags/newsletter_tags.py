"""The newsletter signup box reader pages show."""

from django import template

from masthead.newsletter.forms import SignupForm

register = template.Library()


@register.inclusion_tag("includes/newsletter_box.html", takes_context=True)
def newsletter_box(context):
    request = context.get("request")
    return {
        "request": request,
        "form": SignupForm(),
        "settings": context.get("settings"),
        "next": request.get_full_path() if request else "",
    }
