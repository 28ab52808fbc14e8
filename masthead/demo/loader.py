"""Builds the demo magazine: sections, writers, stories, QiOSK items, settings.

Idempotent: a second run finds the demo's sections in place and does nothing.
"""

import datetime
import io

import nh3
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Site

from masthead.articles.models import ArticlePage, ArticleType, Correction
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.core.models import MagazineSettings
from masthead.demo import content, images
from masthead.demo.models import record_change, record_created
from masthead.demo.tasks import READER_RENDITIONS, enqueue_reader_renditions
from masthead.home.models import FeaturedSlot, HomePage
from masthead.sections.models import SectionPage

ALLOWED_INLINE_TAGS = {"a", "em", "strong", "b", "i"}
NAME = "The Meridian Review"
# The demo's own settings; a fresh site's defaults name no magazine.
MAGAZINE_SETTINGS = {
    "masthead_name": NAME,
    "tagline": "Analysis, opinion and news on world affairs",
    "newsletter_heading": "Subscribe to our weekly round-up",
    "newsletter_blurb": (
        "The week’s most important analysis from our correspondents, "
        "in your inbox every Friday. Free, and you can leave at any time."
    ),
    "footer_text": "An independent magazine of analysis, opinion and news.",
}
SOCIAL_LINKS = {
    "x_url": "https://x.com/meridianreview",
    "mastodon_url": "https://example.social/@meridianreview",
    "bluesky_url": "https://bsky.app/profile/meridianreview.example",
    "facebook_url": "https://www.facebook.com/meridianreview.example",
    "linkedin_url": "https://www.linkedin.com/company/meridianreview-example",
}


def clean_inline(html):
    return nh3.clean(html, tags=ALLOWED_INLINE_TAGS, attributes={"a": {"href"}})


class DemoLoader:
    def __init__(self, now=None, stdout=None, articles=None):
        self.now = now or timezone.now()
        self.stdout = stdout
        self.articles = articles if articles is not None else content.all_articles()
        self.image_model = get_image_model()
        self.made_images = {kind: [] for kind in READER_RENDITIONS}

    def say(self, message):
        if self.stdout:
            self.stdout.write(message)

    def already_loaded(self):
        slugs = [s["slug"] for s in content.people.SECTIONS]
        return SectionPage.objects.filter(slug__in=slugs).exists()

    @transaction.atomic
    def load(self):
        if self.already_loaded():
            self.say("The demo magazine is already loaded; nothing to do.")
            return False
        home = HomePage.objects.get()
        self.configure_site(home)
        sections = self.create_sections(home)
        authors = self.create_authors()
        stories = content.all_articles() if self.articles is None else self.articles
        total = len(stories) + len(content.people.QIOSK_ITEMS)
        created = []
        for number, data in enumerate(stories, start=1):
            created.append(self.create_article(data, sections, authors))
            self.progress(number, total)
        for number, data in enumerate(
            content.people.QIOSK_ITEMS, start=len(stories) + 1
        ):
            qiosk = {**data, "type": ArticleType.QIOSK, "image": None}
            self.create_article(qiosk, sections, authors)
            self.progress(number, total)
        self.curate_front_page(home, created)
        self.say(
            f"Loaded {len(stories)} stories and {len(content.people.QIOSK_ITEMS)} "
            f"QiOSK items by {len(authors)} writers in {len(sections)} sections."
        )
        # Renditions once the images are saved for good, and never if a caller's
        # transaction rolls back. The worker encodes them (minutes of AVIF on two
        # cores) while the site already serves; a page that needs one before then
        # makes it on the spot.
        transaction.on_commit(self.enqueue_renditions)
        return True

    def progress(self, number, total):
        if self.stdout and (number == total or number % 10 == 0):
            width = 30
            filled = width * number // total
            self.stdout.write(
                f"[{'#' * filled}{'.' * (width - filled)}] {number}/{total}"
            )

    def configure_site(self, home):
        # Every change is recorded (with the value before) for remove_demo.
        site = Site.objects.get(is_default_site=True)
        record_change(site, "site_name", NAME)
        site.save()
        settings = MagazineSettings.for_site(site)
        for field, value in {**MAGAZINE_SETTINGS, **SOCIAL_LINKS}.items():
            record_change(settings, field, value)
        settings.save()
        record_change(home, "title", NAME)
        home.save_revision().publish()

    def create_sections(self, home):
        sections = {}
        for data in content.people.SECTIONS:
            section = SectionPage(
                title=data["title"], slug=data["slug"], intro=data["intro"]
            )
            home.add_child(instance=section)
            section.save_revision().publish()
            record_created(section)
            sections[data["slug"]] = section
        return sections

    def create_authors(self):
        index = AuthorIndexPage.objects.get()
        authors = {}
        for data in content.people.AUTHORS:
            photo = self.make_image(
                f"Portrait of {data['name']}",
                images.portrait_jpeg(data["slug"]),
                f"{data['slug']}.jpg",
                alt=f"Portrait illustration of {data['name']}",
                credit=NAME,
                kind="portrait",
            )
            author = AuthorPage(
                title=data["name"],
                slug=data["slug"],
                role=data["role"],
                bio=data["bio"],
                photo=photo,
                x_handle=data.get("x", ""),
                mastodon_handle=data.get("mastodon", ""),
                linkedin_handle=data.get("linkedin", ""),
            )
            index.add_child(instance=author)
            author.save_revision().publish()
            record_created(author)
            authors[data["slug"]] = author
        return authors

    def make_image(self, title, data, filename, alt, credit, kind):
        image = self.image_model(title=title[:255], alt_text=alt, credit=credit)
        image.file = ImageFile(io.BytesIO(data), name=filename)
        image.save()
        record_created(image)
        self.made_images[kind].append(image)
        return image

    def enqueue_renditions(self):
        enqueue_reader_renditions(
            {
                kind: [image.pk for image in made]
                for kind, made in self.made_images.items()
            }
        )
        self.say("Queued the image renditions for the background worker.")

    def body_stream(self, data):
        stream = []
        for index, (kind, value) in enumerate(data["body"]):
            if kind == "paragraph":
                stream.append(("paragraph", f"<p>{clean_inline(value)}</p>"))
            elif kind == "heading":
                stream.append(("heading", value))
            elif kind == "quote":
                stream.append(
                    ("quote", {"text": value["text"], "source": value["source"]})
                )
            elif kind == "pullquote":
                stream.append(("pullquote", value))
            elif kind == "image":
                image = self.make_image(
                    value["alt"],
                    images.landscape_jpeg(f"{data['slug']}-{index}"),
                    f"{data['slug']}-{index}.jpg",
                    alt=value["alt"],
                    credit=value["credit"],
                    kind="body",
                )
                stream.append(
                    (
                        "image",
                        {
                            "image": image,
                            "caption": value.get("caption", ""),
                            "credit": "",
                        },
                    )
                )
            else:
                raise ValueError(f"Unknown body block {kind!r} in {data['slug']}")
        if data.get("notes"):
            # Cited in the text as [1], [2]… (masthead.core.footnotes).
            stream.append(
                ("notes", [f"<p>{clean_inline(note)}</p>" for note in data["notes"]])
            )
        return stream

    def create_article(self, data, sections, authors):
        published = self.now - datetime.timedelta(hours=data["hours_ago"])
        top_image = None
        if data.get("image"):
            top_image = self.make_image(
                data["image"]["alt"],
                images.landscape_jpeg(data["slug"]),
                f"{data['slug']}.jpg",
                alt=data["image"]["alt"],
                credit=data["image"]["credit"],
                kind="top",
            )
        article = ArticlePage(
            title=data["headline"],
            slug=data["slug"],
            dek=data["dek"],
            article_type=data["type"],
            top_image=top_image,
            top_image_caption=(data.get("image") or {}).get("caption", ""),
            body=self.body_stream(data),
            first_published_at=published,
        )
        update = data.get("update")
        if update:
            # A story published an hour ago cannot have been updated a day later.
            article.updated_at = min(
                published + datetime.timedelta(hours=update["hours_after"]), self.now
            )
            article.update_note = update["note"]
        for order, (author_slug, role) in enumerate(data["authors"]):
            article.article_authors.add(
                article.article_authors.model(
                    author=authors[author_slug], role=role, sort_order=order
                )
            )
        for correction in data.get("corrections", []):
            article.corrections.add(
                Correction(
                    corrected_at=min(
                        published + datetime.timedelta(hours=correction["hours_after"]),
                        self.now,
                    ),
                    text=correction["text"],
                )
            )
        article.tags.add(*data["tags"])
        sections[data["section"]].add_child(instance=article)
        record_created(article)
        revision = article.save_revision()
        revision.publish()
        # Publishing stamps "now"; the demo's stories were published over weeks.
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=published,
            last_published_at=article.updated_at or published,
        )
        return article

    def curate_front_page(self, home, stories):
        newest_analysis = sorted(
            (s for s in stories if s.article_type == ArticleType.ANALYSIS),
            key=lambda s: s.first_published_at,
            reverse=True,
        )
        if newest_analysis:
            home.featured_slots.add(
                FeaturedSlot(article=newest_analysis[0], sort_order=0)
            )
            home.save_revision().publish()
            # Publishing saved the slot from the revision: record that row.
            for slot in FeaturedSlot.objects.filter(
                page_id=home.pk, article=newest_analysis[0]
            ):
                record_created(slot)
