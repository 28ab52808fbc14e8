"""Template tags for the parts every reader page shares.

LATEST, QiOSK, the navigation and the footer are cached fragments (see
masthead.core.page_cache.fragments): rendered once per process, re-rendered when a
tag they collected is bumped.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import Site

from masthead.articles import queries
from masthead.core.page_cache import fragments
from masthead.core.page_cache.tags import add_page_tags, add_tags
from masthead.newsletter.forms import SignupForm
from masthead.sections.models import SectionPage

register = template.Library()

TEASER_LEAD_PARAGRAPHS = 2


def _site(request):
    return Site.find_for_request(request) if request else None


@register.simple_tag(takes_context=True)
def site_navigation(context):
    request = context.get("request")
    site = _site(request)
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


@register.simple_tag(takes_context=True)
def latest_box(context, count=6):
    request = context.get("request")
    return fragments.render_cached(
        f"latest:{count}",
        lambda: render_to_string(
            "includes/latest_box.html",
            {"request": request, "articles": queries.latest(count)},
        ),
    )


@register.simple_tag(takes_context=True)
def qiosk_box(context, count=5):
    request = context.get("request")
    return fragments.render_cached(
        f"qiosk:{count}",
        lambda: render_to_string(
            "includes/qiosk_box.html",
            {"request": request, "items": queries.latest_qiosk(count)},
        ),
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context.get("request")
    site = _site(request)
    site_settings = context.get("settings")

    def render():
        add_tags("settings")
        return render_to_string(
            "includes/footer.html", {"request": request, "settings": site_settings}
        )

    return fragments.render_cached(f"footer:{site.pk if site else 0}", render)


@register.simple_tag(takes_context=True)
def river_teasers(context, article_ids):
    """The river's teasers: each a fragment rendered once per change to its story.

    Only the stories whose teaser is not cached are loaded (in one go).
    """
    request = context.get("request")
    started = fragments.sequence()
    fresh = {pk: fragments.fresh(f"teaser:{pk}") for pk in article_ids}
    missing = [pk for pk, html in fresh.items() if html is None]
    loaded = {a.pk: a for a in queries.articles_by_ids(missing, with_bodies=True)}

    def render(article):
        queries.add_shown([article])  # the fragment's own tags
        return render_to_string(
            "includes/teaser.html", {"article": article, "request": request}
        )

    parts = []
    for pk in article_ids:
        if fresh[pk] is not None:
            parts.append(fresh[pk])
        elif pk in loaded:
            article = loaded[pk]
            parts.append(
                fragments.render_cached(
                    f"teaser:{pk}", lambda a=article: render(a), started=started
                )
            )
    return mark_safe("".join(parts))


@register.inclusion_tag("includes/newsletter_box.html", takes_context=True)
def newsletter_box(context):
    request = context.get("request")
    return {
        "request": request,
        "form": SignupForm(),
        "settings": context.get("settings"),
        "next": request.get_full_path() if request else "",
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
