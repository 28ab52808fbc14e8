"""The view every feed shares: its channel, its validators, the item hooks.

A subclass (see ``kinds``) says what the feed is about and which items it lists.
"""

import hashlib
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape
from django.utils.http import http_date
from wagtail.models import Site

from masthead.articles import queries
from masthead.core import public_url
from masthead.core.models import MagazineSettings
from masthead.core.rich_text import plain_text
from masthead.syndication.content import xml_text
from masthead.syndication.feeds.entries import article_entry, enclosure_sizes
from masthead.syndication.feeds.generators import MastheadAtomFeed, MastheadRssFeed

CACHE_CONTROL = "public, max-age=300"


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


class MastheadFeed(Feed):
    """Shared by every feed; a subclass says what it is about and which items."""

    kind = ""
    # Items per feed, newest first.
    length = 30

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
                : self.length
            ]
        )

    def load_items(self, channel):
        return queries.prepare(channel.queryset[: self.length], with_bodies=True)

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
            link=public_url.absolute(link),
            # Plain text: a bio or intro may hold markup written by a script, and
            # many readers show a channel's description as HTML.
            description=" ".join(plain_text(description).split())
            or magazine.tagline
            or name,
            masthead_name=name,
            site_url=public_url.absolute("/"),
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
        return public_url.absolute(channel.request.path)

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
