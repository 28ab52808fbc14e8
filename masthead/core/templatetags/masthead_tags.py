"""Template tags for the parts every reader page shares."""

from django import template
from wagtail.models import Site

from masthead.articles import queries
from masthead.newsletter.forms import SignupForm
from masthead.sections.models import SectionPage

register = template.Library()

TEASER_LEAD_PARAGRAPHS = 2


def _root_page(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/site_nav.html", takes_context=True)
def site_navigation(context):
    request = context.get("request")
    root = _root_page(request)
    sections = (
        SectionPage.objects.live().public().child_of(root).order_by("path")
        if root
        else SectionPage.objects.none()
    )
    current_path = getattr(context.get("page"), "path", "")
    return {
        "request": request,
        "sections": [
            (section, current_path.startswith(section.path)) for section in sections
        ],
    }


@register.inclusion_tag("includes/latest_box.html", takes_context=True)
def latest_box(context, count=6):
    return {"request": context.get("request"), "articles": queries.latest(count)}


@register.inclusion_tag("includes/qiosk_box.html", takes_context=True)
def qiosk_box(context, count=5):
    return {"request": context.get("request"), "items": queries.latest_qiosk(count)}


@register.inclusion_tag("includes/newsletter_box.html", takes_context=True)
def newsletter_box(context):
    request = context.get("request")
    return {
        "request": request,
        "form": SignupForm(),
        "settings": context.get("settings"),
        "next": request.get_full_path() if request else "",
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def teaser_split(body):
    """Split a body into the lead paragraphs and the rest behind “keep reading”."""
    blocks = list(body)
    seen = 0
    for index, block in enumerate(blocks):
        if block.block_type == "paragraph":
            seen += 1
            if seen == TEASER_LEAD_PARAGRAPHS:
                return blocks[: index + 1], blocks[index + 1 :]
    return blocks, []
