"""The site footer every reader page shows (a cached fragment).

The other shared parts come from their own apps: ``section_tags`` (navigation),
``article_tags`` (LATEST, QiOSK, the river) and ``newsletter_tags`` (signup box).
"""

from django import template
from django.template.loader import render_to_string
from wagtail.models import Site

from masthead.core.models import MagazineSettings
from masthead.page_cache import fragments
from masthead.page_cache.tags import add_tags

register = template.Library()


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    site_settings = context.get("settings")

    def render():
        add_tags("settings")
        return render_to_string(
            "includes/footer.html", {"request": request, "settings": site_settings}
        )

    return fragments.render_cached(f"footer:{site.pk if site else 0}", render)


@register.simple_tag(takes_context=True)
def magazine_settings(context):
    """The magazine's settings, for fragments rendered without the settings context.

    Cached on the request; tags the response (or fragment) being rendered with
    ``settings`` so an edit to them re-renders it.
    """
    add_tags("settings")
    request = context.get("request")
    if request is not None:
        return MagazineSettings.for_request(request)
    site = Site.objects.filter(is_default_site=True).first()
    return MagazineSettings.for_site(site) if site else MagazineSettings()
