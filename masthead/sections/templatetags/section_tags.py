"""The section navigation every reader page shows (a cached fragment)."""

from django import template
from django.template.loader import render_to_string
from wagtail.models import Site

from masthead.page_cache import fragments
from masthead.page_cache.tags import add_page_tags, add_tags
from masthead.sections.models import SectionPage

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return ""
    current_path = getattr(context.get("page"), "path", "")
    # Sections are the home page's children: the current section is the
    # ancestor of the current page one level below the site root.
    section_path = current_path[: len(site.root_page.path) + SectionPage.steplen]

    def render():
        sections = list(
            SectionPage.objects.live()
            .public()
            .child_of(site.root_page)
            .order_by("path")
        )
        add_tags("list:sections")
        add_page_tags(sections)
        return render_to_string(
            "includes/site_nav.html",
            {
                "request": request,
                "sections": [
                    (section, bool(section_path) and section.path == section_path)
                    for section in sections
                ],
            },
        )

    return fragments.render_cached(f"nav:{site.pk}:{section_path}", render)
