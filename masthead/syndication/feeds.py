"""RSS 2.0 and Atom feeds: the whole site, sections, authors, tags, QiOSK, corrections.

Every item list comes from ``articles.queries``, so a feed can never show what the
site itself hides (drafts, scheduled or private stories). Each feed answers
conditional GETs from one light query before it renders any story, because feed
readers poll far more often than stories change.
"""

import hashlib
import mimetypes
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotAllowed,
)
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.feedgenerator import (
    Atom1Feed,
    Enclosure,
    Rss201rev2Feed,
    rfc2822_date,
    rfc3339_date,
)
from django.utils.html import escape, format_html, linebreaks
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from taggit.models import Tag
from wagtail.models import Site

from masthead.articles import queries
from masthead.articles.models import ArticleType, QiosKIndexPage
from masthead.authors.models import AuthorPage
from masthead.core.models import MagazineSettings
from masthead.sections.models import SectionPage
from masthead.syndication.content import clean_html, xml_text

FEED_LENGTH = 30
CACHE_CONTROL = "public, max-age=300"
IMAGE_SPEC = "width-1200|format-jpeg"
ENCLOSURE_SIZE_CACHE_TTL = 60 * 60 * 24 * 30

DC_NS = "http://purl.org/dc/elements/1.1/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
MEDIA_NS = "http://search.yahoo.com/mrss/"

# Feed generators ---------------------------------------------------------------


@dataclass
class FeedImage:
    """A photo as a feed carries it: one JPEG rendition, its size, alt and credit."""

    url: str
    length: int
    mime_type: str
    width: int
    height: int
    alt: str
    credit: str
    caption: str = ""


def _write_media(handler, image):
    """Media RSS: the readers that show a picture use this, with its credit."""
    handler.startElement(
        "media:content",
        {
            "url": image.url,
            "type": image.mime_type,
            "medium": "image",
            "fileSize": str(image.length),
            "width": str(image.width),
            "height": str(image.height),
        },
    )
    if image.alt:
        handler.addQuickElement("media:description", image.alt, {"type": "plain"})
    if image.credit:
        handler.addQuickElement("media:credit", image.credit)
    handler.endElement("media:content")


class MastheadRssFeed(Rss201rev2Feed):
    """RSS 2.0 with full text, several authors and a credited photo."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DC_NS,
            "xmlns:content": CONTENT_NS,
            "xmlns:media": MEDIA_NS,
        }

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("generator", "masthead")

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("link", item["link"])
        handler.addQuickElement("description", item["description"])
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])
        # RSS <author> must be an e-mail address; Dublin Core takes names.
        for name, _uri in item.get("authors", ()):
            handler.addQuickElement("dc:creator", name)
        handler.addQuickElement("pubDate", rfc2822_date(item["pubdate"]))
        handler.addQuickElement("guid", item["unique_id"], {"isPermaLink": "false"})
        for enclosure in list(item["enclosures"])[:1]:
            handler.addQuickElement(
                "enclosure",
                "",
                {
                    "url": enclosure.url,
                    "length": enclosure.length,
                    "type": enclosure.mime_type,
                },
            )
        if item.get("image"):
            _write_media(handler, item["image"])
        for category in item["categories"]:
            handler.addQuickElement("category", category)
        if item["item_copyright"]:
            handler.addQuickElement("dc:rights", item["item_copyright"])


class MastheadAtomFeed(Atom1Feed):
    """Atom 1.0 with a text summary, the full text as HTML content and every author."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("generator", "masthead")

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "text/html", "href": item["link"]}
        )
        handler.addQuickElement("id", item["unique_id"])
        handler.addQuickElement("published", rfc3339_date(item["pubdate"]))
        handler.addQuickElement(
            "updated", rfc3339_date(item["updateddate"] or item["pubdate"])
        )
        for name, uri in item.get("authors", ()):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if uri:
                handler.addQuickElement("uri", uri)
            handler.endElement("author")
        if item.get("summary"):
            handler.addQuickElement("summary", item["summary"], {"type": "text"})
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})
        for enclosure in item["enclosures"]:
            attrs = {
                "rel": "enclosure",
                "href": enclosure.url,
                "length": enclosure.length,
                "type": enclosure.mime_type,
            }
            if item.get("image") and item["image"].credit:
                attrs["title"] = item["image"].credit
            handler.addQuickElement("link", "", attrs)
        if item.get("image"):
            _write_media(handler, item["image"])
        for category in item["categories"]:
            handler.addQuickElement("category", "", {"term": category})
        if item["item_copyright"]:
            handler.addQuickElement("rights", item["item_copyright"], {"type": "text"})


# What a feed is made of --------------------------------------------------------


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


@dataclass
class Channel:
    """Everything one request for one feed needs; feeds themselves hold no state."""

    request: object
    kind: str
    slug: str
    obj: object
    queryset: object
    title: str
    link: str
    description: str
    masthead_name: str
    site_url: str
    guid_host: str
    etag: str = ""
    last_modified: int | None = None


def _seconds(value):
    return value.replace(microsecond=0) if value else value


class MastheadFeed(Feed):
    """Shared by every feed; a subclass says what it is about and which items."""

    kind = ""

    def __init__(self, atom=False):
        self.atom = atom
        self.feed_type = MastheadAtomFeed if atom else MastheadRssFeed

    # Subclasses -----------------------------------------------------------------

    def resolve(self, request, slug):
        """Return (object, title suffix, link, description); raise Http404."""
        raise NotImplementedError

    def get_queryset(self, obj):
        raise NotImplementedError

    def signature_rows(self, queryset):
        return list(
            queryset.prefetch_related(None)
            .select_related(None)
            .values_list("pk", "first_published_at", "last_published_at", "updated_at")[
                :FEED_LENGTH
            ]
        )

    def load_items(self, channel):
        return queries.prepare(channel.queryset[:FEED_LENGTH], with_bodies=True)

    def entry(self, item, channel, sizes):
        return article_entry(item, channel, sizes)

    def object_modified(self, obj):
        return getattr(obj, "last_published_at", None)

    # The view -------------------------------------------------------------------

    def __call__(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        channel = self.get_object(request, *args, **kwargs)
        response = HttpResponse(content_type=self.feed_type.content_type)
        response["Cache-Control"] = CACHE_CONTROL
        response["ETag"] = channel.etag
        if channel.last_modified is not None:
            response["Last-Modified"] = http_date(channel.last_modified)
        conditional = get_conditional_response(
            request,
            etag=channel.etag,
            last_modified=channel.last_modified,
            response=response,
        )
        if conditional is not response:
            return conditional  # 304 (or 412) before any story is loaded
        self.get_feed(channel, request).write(response, "utf-8")
        return response

    def get_object(self, request, slug=None):
        obj, suffix, link, description = self.resolve(request, slug)
        magazine = MagazineSettings.for_request(request)
        site = Site.find_for_request(request)
        name = magazine.masthead_name
        channel = Channel(
            request=request,
            kind=self.kind,
            slug=slug or "",
            obj=obj,
            queryset=self.get_queryset(obj),
            title=f"{name} — {suffix}" if suffix else name,
            link=request.build_absolute_uri(link),
            description=description or magazine.tagline or name,
            masthead_name=name,
            site_url=request.build_absolute_uri("/"),
            # Item ids stay the same whichever host name or scheme a reader uses.
            guid_host=site.hostname if site else request.get_host().split(":")[0],
        )
        rows = self.signature_rows(channel.queryset)
        if not rows and self.kind == "tag":
            # A tag used only on drafts or private stories has no public feed.
            raise Http404("No public stories carry this tag.")
        modified = self.object_modified(obj)
        # HTTP forbids a Last-Modified later than the response itself. Dates an
        # editor set in the future are skipped (not clamped to now, which would
        # change every second and defeat If-Modified-Since); the ETag covers them.
        now = timezone.now()
        dates = [d for row in rows for d in row[1:] if d and d <= now]
        if modified and modified <= now:
            dates.append(modified)
        if dates:
            channel.last_modified = int(max(dates).timestamp())
        signature = repr(
            (
                self.kind,
                self.atom,
                channel.slug,
                channel.title,
                channel.description,
                modified,
                rows,
            )
        )
        digest = hashlib.sha256(signature.encode()).hexdigest()[:32]
        channel.etag = f'"{digest}"'
        return channel

    # Channel and item hooks for django.contrib.syndication ----------------------

    def title(self, channel):
        return xml_text(channel.title)

    def link(self, channel):
        return channel.link

    def description(self, channel):
        return xml_text(channel.description)

    def subtitle(self, channel):
        return xml_text(channel.description)

    def feed_url(self, channel):
        return channel.request.build_absolute_uri(channel.request.path)

    def feed_guid(self, channel):
        return self.feed_url(channel)

    def author_name(self, channel):
        return xml_text(channel.masthead_name)

    def author_link(self, channel):
        return channel.site_url

    def items(self, channel):
        items = self.load_items(channel)
        sizes = enclosure_sizes(items)
        return [self.entry(item, channel, sizes) for item in items]

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_description(self, entry):
        # RSS <description> is HTML; the summary is plain text.
        return escape(entry.summary)

    def item_guid(self, entry):
        return entry.guid

    def item_pubdate(self, entry):
        return entry.pubdate

    def item_updateddate(self, entry):
        return entry.updated

    def item_categories(self, entry):
        return entry.categories

    def item_copyright(self, entry):
        return entry.rights

    def item_enclosures(self, entry):
        image = entry.image
        if not image:
            return []
        return [Enclosure(image.url, str(image.length), image.mime_type)]

    def item_extra_kwargs(self, entry):
        return {
            "authors": entry.authors,
            "summary": entry.summary,
            "content": entry.content,
            "image": entry.image,
        }


# Building entries --------------------------------------------------------------


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
    url = request.build_absolute_uri(rendition.url)
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
        else:
            parts.append(block.render(context={"page": article, "feed": True}))
    return clean_html(
        "\n".join(str(part) for part in parts), request.build_absolute_uri("/")
    )


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
            request.build_absolute_uri(credit.author.get_url(request))
            if credit.author.live
            else "",
        )
        for credit in article.article_authors.all()
    ]
    published = _seconds(article.first_published_at)
    return Entry(
        title=xml_text(article.title),
        link=request.build_absolute_uri(article.get_url(request)),
        guid=(f"tag:{channel.guid_host},{published:%Y-%m-%d}:article/{article.pk}"),
        summary=xml_text(article.dek),
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
    story_url = request.build_absolute_uri(story.get_url(request))
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


# The feeds ---------------------------------------------------------------------


def _live_page(model, slug):
    page = model.objects.live().public().filter(slug=slug).first()
    if page is None:
        raise Http404(f"No such {model._meta.verbose_name}.")
    return page


class SiteFeed(MastheadFeed):
    kind = "site"

    def resolve(self, request, slug):
        return None, "", "/", ""

    def get_queryset(self, obj):
        return queries.stories()


class SectionFeed(MastheadFeed):
    kind = "section"

    def resolve(self, request, slug):
        section = _live_page(SectionPage, slug)
        return (
            section,
            section.title,
            section.get_url(request),
            section.intro or f"The latest from {section.title}.",
        )

    def get_queryset(self, section):
        return queries.section_articles(section)


class AuthorFeed(MastheadFeed):
    kind = "author"

    def resolve(self, request, slug):
        author = _live_page(AuthorPage, slug)
        return (
            author,
            author.title,
            author.get_url(request),
            author.bio or f"Stories by {author.title}.",
        )

    def get_queryset(self, author):
        return queries.author_articles(author)


class TagFeed(MastheadFeed):
    kind = "tag"

    def resolve(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404("No such tag.")
        return tag, tag.name, reverse("tag", args=[tag.slug]), f"Stories on {tag.name}."

    def get_queryset(self, tag):
        return queries.tag_articles(tag)


class QiosKFeed(MastheadFeed):
    kind = "qiosk"

    def resolve(self, request, slug):
        index = QiosKIndexPage.objects.live().public().first()
        link = index.get_url(request) if index else "/"
        intro = index.intro if index else ""
        return None, "QiOSK", link, intro or "Quick news as it happens."

    def get_queryset(self, obj):
        return queries.qiosk_items()


class CorrectionsFeed(MastheadFeed):
    kind = "corrections"

    def resolve(self, request, slug):
        return (
            None,
            "Corrections",
            reverse("corrections"),
            "Every correction to a published story, newest first.",
        )

    def get_queryset(self, obj):
        return queries.public_corrections()

    def signature_rows(self, queryset):
        return list(
            queryset.select_related(None).values_list(
                "pk", "corrected_at", "page__last_published_at"
            )[:FEED_LENGTH]
        )

    def load_items(self, channel):
        return queries.prepare_corrections(list(channel.queryset[:FEED_LENGTH]))

    def entry(self, item, channel, sizes):
        return correction_entry(item, channel, sizes)
