"""A story or a correction as one feed item, computed once for RSS and Atom alike."""

import mimetypes
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from masthead.articles.models import ArticleType
from masthead.core import footnotes, public_url
from masthead.syndication.content import clean_html, xml_text
from masthead.syndication.feeds.generators import FeedImage

IMAGE_SPEC = "width-1200|format-jpeg"
ENCLOSURE_SIZE_CACHE_TTL = 60 * 60 * 24 * 30


@dataclass
class Entry:
    """One feed item, computed once and read by every ``item_*`` hook."""

    title: str
    link: str
    guid: str
    summary: str
    content: str
    pubdate: object
    updated: object
    authors: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    image: FeedImage | None = None
    rights: str | None = None


def _seconds(value):
    return value.replace(microsecond=0) if value else value


def _rendition(image):
    # Uses the renditions prefetched by queries (top image and body images).
    return image.get_rendition(IMAGE_SPEC)


def enclosure_sizes(articles):
    """Byte sizes of the top images' renditions, remembered so storage is asked once.

    RSS enclosures must give a length. On S3 each size is a request, so sizes are
    cached by rendition (a rendition's file never changes).
    """
    renditions = {}
    for article in articles:
        image = getattr(article, "top_image", None)
        if image is not None:
            rendition = _rendition(image)
            renditions[f"feed-enclosure-size:{rendition.pk}"] = rendition
    sizes = cache.get_many(list(renditions))
    missing = {}
    for key, rendition in renditions.items():
        if key not in sizes:
            try:
                missing[key] = rendition.file.size
            except (OSError, ValueError):
                # RSS Board profile: use 0 when the size cannot be determined.
                missing[key] = 0
    if missing:
        cache.set_many(missing, ENCLOSURE_SIZE_CACHE_TTL)
    sizes.update(missing)
    return {int(key.rsplit(":", 1)[1]): size for key, size in sizes.items()}


def feed_image(image, request, sizes=None, caption="", credit=""):
    rendition = _rendition(image)
    url = public_url.absolute(rendition.url)
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    length = (sizes or {}).get(rendition.pk, 0)
    return FeedImage(
        url=url,
        length=length,
        mime_type=mime_type,
        width=rendition.width,
        height=rendition.height,
        alt=xml_text(image.alt_text),
        credit=xml_text(credit or image.credit),
        caption=xml_text(caption),
    )


def _figure(image):
    # Both parts are escaped here, so the joined caption is safe to insert as is.
    caption = mark_safe(
        " ".join(
            part
            for part in (
                escape(image.caption),
                format_html("({})", image.credit) if image.credit else "",
            )
            if part
        )
    )
    return format_html(
        '<figure><img src="{}" alt="{}" width="{}" height="{}">{}</figure>',
        image.url,
        image.alt,
        image.width,
        image.height,
        format_html("<figcaption>{}</figcaption>", caption) if caption else "",
    )


def body_html(article, request, top_image=None):
    """The story's full text for a feed reader: sanitised, every URL absolute.

    Text blocks render through their own templates. Photos become one plain JPEG
    with caption and credit (the page's responsive <picture> means nothing to a
    feed reader), embeds become a link (their iframes would be stripped anyway),
    and pull quotes are left out because they repeat the text beside them.
    """
    parts = [_figure(top_image)] if top_image else []
    notes = footnotes.notes_of(article.body)
    # Citations link to the note on the story's page (feed readers drop ids).
    refs = footnotes.NoteRefs(
        len(notes), page_url=public_url.absolute(article.get_url(request))
    )
    for block in article.body:
        if block.block_type == "image":
            value = block.value
            if value.get("image"):
                parts.append(
                    _figure(
                        feed_image(
                            value["image"],
                            request,
                            caption=value.get("caption") or "",
                            credit=value.get("credit") or "",
                        )
                    )
                )
        elif block.block_type == "embed":
            url = getattr(block.value, "url", "") if block.value else ""
            if url:
                parts.append(format_html('<p><a href="{}">{}</a></p>', url, url))
        elif block.block_type == "pullquote":
            continue
        elif block.block_type == "paragraph":
            # Expanded only: the whole body is sanitised once, below.
            parts.append(refs.link(expand_db_html(block.value.source)))
        elif block.block_type == footnotes.NOTES_BLOCK:
            continue  # all notes go at the end, as endnotes
        elif block.block_type == "quote":
            parts.append(
                refs.link(block.render(context={"page": article, "feed": True}))
            )
        else:
            parts.append(block.render(context={"page": article, "feed": True}))
    parts.append(footnotes.portable_notes_html(notes))
    return clean_html("\n".join(str(part) for part in parts), public_url.absolute("/"))


def _categories(*names):
    return list(dict.fromkeys(xml_text(name) for name in names if name))


def article_entry(article, channel, sizes):
    request = channel.request
    image = None
    if article.top_image:
        image = feed_image(
            article.top_image, request, sizes, caption=article.top_image_caption
        )
    section = getattr(article, "section", None)
    authors = [
        (
            xml_text(credit.author.title),
            public_url.absolute(credit.author.get_url(request))
            if credit.author.live
            else "",
        )
        for credit in article.article_authors.all()
    ]
    if not authors:  # An unsigned story: credited to the publication.
        authors = [(xml_text(channel.masthead_name), channel.site_url)]
    published = _seconds(article.first_published_at)
    return Entry(
        title=xml_text(article.title),
        link=public_url.absolute(article.get_url(request)),
        guid=(f"tag:{channel.guid_host},{published:%Y-%m-%d}:article/{article.pk}"),
        summary=xml_text(article.summary),
        content=body_html(article, request, top_image=image),
        pubdate=published,
        updated=_seconds(article.updated_at or article.last_published_at) or published,
        authors=authors,
        categories=_categories(
            section.title if section else "",
            ArticleType(article.article_type).label,
            *(item.tag.name for item in article.tagged_items.all()),
        ),
        image=image,
        rights=xml_text(article.licence_terms.label),
    )


def correction_entry(correction, channel, sizes):
    request = channel.request
    story = correction.page
    story_url = public_url.absolute(story.get_url(request))
    corrected = _seconds(correction.corrected_at)
    section = getattr(story, "section", None)
    content = format_html(
        '{}<p>Corrected story: <a href="{}">{}</a></p>',
        linebreaks(correction.text, autoescape=True),
        story_url,
        story.title,
    )
    return Entry(
        title=xml_text(f"Correction: {story.title}"),
        link=f"{story_url}#corrections",
        guid=f"tag:{channel.guid_host},{corrected:%Y-%m-%d}:correction/{correction.pk}",
        summary=xml_text(correction.text),
        content=clean_html(content, channel.site_url),
        pubdate=corrected,
        updated=corrected,
        # Corrections are the magazine's own voice, not the story's authors'.
        authors=[(xml_text(channel.masthead_name), channel.site_url)],
        categories=_categories(section.title if section else "", "Correction"),
    )
