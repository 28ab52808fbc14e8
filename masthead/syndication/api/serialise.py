"""Turn pages into API dicts: absolute URLs, renditions and sanitised bodies.

Every function here works on objects the caller has already loaded with
``masthead.articles.queries`` (plus the prefetches listed in ``routes``), so a
page of results costs the same number of queries whatever its length.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError
from wagtail.rich_text import expand_db_html

from masthead.articles.models import Licence
from masthead.authors.models import AuthorPage
from masthead.core import footnotes, public_url, rich_text
from masthead.core.models import MagazineSettings

TOP_IMAGE_SPECS = [
    (f"width-{width}|format-{fmt}", fmt)
    for width in (480, 800, 1200)
    for fmt in ("webp", "jpeg")
]
AUTHOR_PHOTO_SPECS = [
    (f"fill-{size}x{size}|format-{fmt}", fmt)
    for size in (200, 400)
    for fmt in ("webp", "jpeg")
]
BODY_IMAGE_SPEC = "width-800|format-jpeg"


def api_url(request, name, **kwargs):
    return public_url.absolute(reverse(f"masthead_api_v3:{name}", kwargs=kwargs))


def listing_url(request, **filters):
    return f"{api_url(request, 'articles')}?{urlencode(filters)}"


def page_url(page, request):
    return page.get_full_url(request) or ""


# --- Images ---------------------------------------------------------------------------


def renditions(image, specs, request):
    """The renditions for ``specs``, created on first use, found in the prefetch after.

    A missing original (deleted file, unreachable storage) gives no renditions
    rather than an error: the rest of the story is still worth serving. A
    small original gives one rendition per width (MastheadImage.get_renditions).
    """
    try:
        found = image.get_renditions(*[spec for spec, _ in specs])
    except SourceImageIOError:
        return []
    return [
        {
            "url": public_url.absolute(found[spec].url),
            "width": found[spec].width,
            "height": found[spec].height,
            "format": fmt,
        }
        for spec, fmt in specs
        if spec in found
    ]


def image_data(image, request, specs, caption=""):
    if image is None:
        return None
    return {
        "alt": image.alt_text,
        "credit": image.credit,
        "caption": caption,
        "width": image.width,
        "height": image.height,
        "renditions": renditions(image, specs, request),
    }


# --- Bodies ---------------------------------------------------------------------------


def _image_block_html(value, request):
    image = value["image"]
    if image is None:
        return ""
    try:
        rendition = image.get_rendition(BODY_IMAGE_SPEC)
    except SourceImageIOError:
        return ""
    caption = value.get("caption") or ""
    credit = value.get("credit") or image.credit
    if caption and credit:
        figcaption = format_html("<figcaption>{} ({})</figcaption>", caption, credit)
    elif caption or credit:
        figcaption = format_html(
            "<figcaption>{}</figcaption>", caption or f"({credit})"
        )
    else:
        figcaption = ""
    return format_html(
        '<figure><img src="{}" alt="{}" width="{}" height="{}">{}</figure>',
        public_url.absolute(rendition.url),
        image.alt_text,
        rendition.width,
        rendition.height,
        figcaption,
    )


def _block_html(block, request, refs):
    kind, value = block.block_type, block.value
    if kind == "paragraph":
        # Links expanded to URLs; not sanitised here, body_html cleans it all once.
        return refs.link(expand_db_html(value.source))
    if kind == "heading":
        return format_html("<h2>{}</h2>", value)
    if kind == "quote":
        source = value.get("source")
        return refs.link(
            format_html(
                "<blockquote>{}{}</blockquote>",
                # linebreaks() escapes the text itself (autoescape=True).
                mark_safe(linebreaks(value.get("text") or "", autoescape=True)),
                format_html("<p>— {}</p>", source) if source else "",
            )
        )
    if kind == footnotes.NOTES_BLOCK:
        return ""  # at the end, as endnotes (and in ``notes``)
    if kind == "pullquote":
        return format_html("<blockquote><p>{}</p></blockquote>", value)
    if kind == "image":
        return _image_block_html(value, request)
    if kind == "embed":
        # A link, not the provider's iframe: no oEmbed lookups, nothing to sanitise.
        url = getattr(value, "url", "") if value else ""
        return format_html('<p><a href="{}">{}</a></p>', url, url) if url else ""
    # A block type added later: its own rendering, which body_html then cleans.
    return block.render(context={"request": request})


def body_html(article, request):
    """The body rendered block by block and sanitised with core's one allow-list
    (no scripts, styles, iframes or classes); relative links and image sources
    are made absolute."""
    base = page_url(article, request) or public_url.absolute("/")
    notes = footnotes.notes_of(article.body)
    # Citations link to the note on the story's page.
    refs = footnotes.NoteRefs(len(notes), page_url=base)
    html = "\n".join(
        filter(None, (_block_html(b, request, refs) for b in article.body))
    )
    html += footnotes.portable_notes_html(notes)
    return rich_text.clean(html, base_url=base, portable=True)


def notes_data(article, request):
    """The story's numbered notes, each sanitised with absolute links."""
    base = page_url(article, request) or public_url.absolute("/")
    return [
        {
            "number": number,
            "url": f"{base}#{footnotes.note_id(number)}",
            "html": rich_text.clean(str(note), base_url=base, portable=True),
        }
        for number, note in enumerate(footnotes.notes_of(article.body), start=1)
    ]


def related_data(articles, request):
    return [
        {
            "id": article.pk,
            "headline": article.title,
            "url": page_url(article, request),
            "api_url": api_url(request, "article", article_id=article.pk),
        }
        for article in articles
    ]


# --- Pages ----------------------------------------------------------------------------


def public_author_ids(articles):
    """Ids of the credited authors whose pages are live and public, in one query."""
    ids = {
        credit.author_id
        for article in articles
        for credit in article.article_authors.all()
    }
    if not ids:
        return set()
    return set(
        AuthorPage.objects.live()
        .public()
        .filter(pk__in=ids)
        .values_list("pk", flat=True)
    )


def article_data(article, request, public_authors, publication=""):
    section = article.section
    credits = list(article.article_authors.all())
    licence = Licence(article.licence)
    url = page_url(article, request)
    return {
        "id": article.pk,
        "url": url,
        "api_url": api_url(request, "article", article_id=article.pk),
        "headline": article.title,
        "dek": article.dek,
        "summary": article.summary,
        "type": article.article_type,
        "section": (
            {
                "slug": section.slug,
                "title": section.title,
                "url": page_url(section, request),
            }
            if section is not None and section.live
            else None
        ),
        "authors": [
            {
                "name": credit.author.title,
                "slug": credit.author.slug,
                "url": page_url(credit.author, request),
                "role": credit.role,
            }
            for credit in credits
            if credit.author_id in public_authors
        ],
        # Unsigned stories are the publication's own; hidden authors stay hidden.
        "credited_to": (
            [
                credit.author.title
                for credit in credits
                if credit.author_id in public_authors
            ]
            if credits
            else [publication]
        ),
        "tags": [item.tag.name for item in article.tagged_items.all()],
        "first_published": article.first_published_at,
        "updated_at": article.updated_at,
        "update_note": article.update_note,
        "reading_time": article.reading_time,
        "licence": {
            "code": licence.value,
            "name": licence.label,
            "url": licence.url or None,
            "allows_republishing": licence.allows_republishing,
        },
        "canonical_url": article.canonical_url or url,
        "top_image": image_data(
            article.top_image,
            request,
            TOP_IMAGE_SPECS,
            caption=article.top_image_caption,
        ),
        "body_html": body_html(article, request),
        "notes": notes_data(article, request),
        "corrections": [
            {"corrected_at": c.corrected_at, "text": c.text}
            for c in article.corrections.all()
        ],
    }


def articles_data(articles, request):
    public_authors = public_author_ids(articles)
    # Only looked up (one query) when a story on the page is unsigned.
    unsigned = any(not article.article_authors.all() for article in articles)
    publication = (
        MagazineSettings.for_request(request).masthead_name if unsigned else ""
    )
    return [
        article_data(article, request, public_authors, publication)
        for article in articles
    ]


def section_data(section, request):
    return {
        "slug": section.slug,
        "title": section.title,
        "intro": section.intro,
        "url": page_url(section, request),
        "api_url": api_url(request, "section", slug=section.slug),
        "articles_url": listing_url(request, section=section.slug),
    }


def author_data(author, request):
    return {
        "name": author.title,
        "slug": author.slug,
        "role": author.role,
        "bio": author.bio,
        "url": page_url(author, request),
        "api_url": api_url(request, "author", slug=author.slug),
        "articles_url": listing_url(request, author=author.slug),
        "photo": image_data(author.photo, request, AUTHOR_PHOTO_SPECS),
        "handles": {
            "x": author.x_handle.lstrip("@") or None,
            "mastodon": author.mastodon_handle or None,
            "linkedin": author.linkedin_handle or None,
            "website": author.website or None,
        },
    }
