"""LATEST (box and strip), QiOSK and the river's teasers: cached page fragments.

Each is rendered once per process and re-rendered when a tag it collected is
bumped (see masthead.page_cache.fragments).
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from masthead.articles import queries, sharing
from masthead.core import footnotes
from masthead.page_cache import fragments
from masthead.page_cache.tags import add_page_tags, add_tags, collecting

register = template.Library()

TEASER_LEAD_PARAGRAPHS = 2


def _latest_fragment(context, template, count):
    request = context.get("request")
    return fragments.render_cached(
        f"{template}:{count}",
        lambda: render_to_string(
            template, {"request": request, "articles": queries.latest(count)}
        ),
    )


@register.simple_tag(takes_context=True)
def latest_box(context, count=6):
    return _latest_fragment(context, "includes/latest_box.html", count)


@register.simple_tag(takes_context=True)
def latest_strip(context, count=4):
    """LATEST as a compact strip near the top of the page, for phones (the CSS
    hides it where the aside's LATEST box sits beside the story)."""
    return _latest_fragment(context, "includes/latest_strip.html", count)


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


@register.simple_tag
def prepare_article(article):
    """Load what the story's page shows of it (authors, photos, tags,
    corrections) in a few queries, once, inside the fragment that shows it, so
    the fragment collects their tags; a cached fragment costs nothing."""
    shown = getattr(article, "_shown_tags", None)
    if shown is None:
        with collecting() as shown:
            queries.prepare_article_page(article)
            add_page_tags([article.section])
        article._shown_tags = shown
    # Every fragment that shows the story depends on all of it, loaded or not.
    add_tags(*shown)
    return ""


@register.simple_tag(takes_context=True)
def river_teasers(context, article_ids):
    """The river's teasers: each a fragment rendered once per change to its story.

    Only the stories whose teaser is not cached are loaded (in one go). A list,
    so the template can put a card between them:
    ``{% river_teasers ids as teasers %}``.
    """
    request = context.get("request")
    started = fragments.sequence()
    fresh = {pk: fragments.fresh(f"teaser:{pk}") for pk in article_ids}
    missing = [pk for pk, html in fresh.items() if html is None]
    loaded = (
        {a.pk: a for a in queries.articles_by_ids(missing, with_bodies=True)}
        if missing
        else {}
    )

    def render(article):
        queries.add_shown([article])  # the fragment's own tags
        return render_to_string(
            "includes/teaser.html", {"article": article, "request": request}
        )

    parts = []
    for pk in article_ids:
        if fresh[pk] is not None:
            parts.append(mark_safe(fresh[pk]))
        elif pk in loaded:
            article = loaded[pk]
            parts.append(
                mark_safe(
                    fragments.render_cached(
                        f"teaser:{pk}", lambda a=article: render(a), started=started
                    )
                )
            )
    return parts


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


@register.simple_tag(takes_context=True)
def teaser_block(context, block, article):
    """A body block in a teaser, its note markers (``[1]``) linked to the notes
    on the story's own page: the river holds many stories, so the in-page
    links and ids of ``{% body_with_notes %}`` would clash there."""
    html = block.render(context={**context.flatten(), "teaser": True})
    if block.block_type not in footnotes.CITING_BLOCKS:
        return html
    refs = footnotes.NoteRefs(
        len(footnotes.notes_of(article.body)),
        page_url=article.get_url(request=context.get("request")),
    )
    return refs.link(html)


@register.inclusion_tag("includes/share.html")
def share_box(article):
    """Share links for the story at its public address (the same for every
    reader, so the cached page may hold them)."""
    url = article.get_full_url()
    return {
        "url": url,
        "title": article.title,
        "links": sharing.share_links(url, article.title),
    }
