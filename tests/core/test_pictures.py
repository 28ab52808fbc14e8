"""Responsive images on reader pages: AVIF, WebP and a sized JPEG in a <picture>."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.images import get_image_model

from masthead.articles.models import ArticlePage
from masthead.authors.models import AuthorIndexPage, AuthorPage
from masthead.demo import content
from masthead.demo.loader import DemoLoader
from tests.factories import ArticleFactory, AuthorFactory, ImageFactory, body, hours_ago

pytestmark = pytest.mark.django_db

TOP_SIZES = "(min-width: 60rem) 44rem, 100vw"


class Pictures(HTMLParser):
    """Every <picture> (its sources and img), every other <img>, every preload."""

    def __init__(self, html):
        super().__init__()
        self.pictures, self.plain_images, self.preloads = [], [], []
        self._open = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self._open = {"sources": [], "img": None}
            self.pictures.append(self._open)
        elif tag == "source" and self._open is not None:
            self._open["sources"].append(attrs)
        elif tag == "img":
            if self._open is not None:
                self._open["img"] = attrs
            else:
                self.plain_images.append(attrs)
        elif tag == "link" and attrs.get("rel") == "preload":
            self.preloads.append(attrs)

    def handle_endtag(self, tag):
        if tag == "picture":
            self._open = None

    @property
    def images(self):
        return [p["img"] for p in self.pictures] + self.plain_images


def srcset(value):
    """[(url, descriptor), ...] from a srcset attribute."""
    return [tuple(part.strip().split(" ")) for part in value.split(",")]


def media_file(url):
    assert url.startswith(django_settings.MEDIA_URL)
    return Path(django_settings.MEDIA_ROOT) / url[len(django_settings.MEDIA_URL) :]


@pytest.fixture
def photo_author(db):
    return AuthorFactory(
        title="Ines Photographed",
        slug="ines-photographed",
        photo=ImageFactory(file__width=480, file__height=480),
    )


@pytest.fixture
def story(section, photo_author):
    """A story with a real-sized top photo, an inline photo and a river below."""
    for n in range(1, 4):
        ArticleFactory(
            parent=section,
            authors=[photo_author],
            published_at=hours_ago(n),
            body=[
                *body(paragraphs=2, marker=f"older story {n}"),
                ("image", {"image": ImageFactory(), "caption": "", "credit": ""}),
            ],
        )
    return ArticleFactory(
        parent=section,
        title="Ports race to automate",
        slug="ports-race-pictures",
        authors=[photo_author],
        top_image=ImageFactory(
            file__width=1600, file__height=900, alt_text="Cranes over a grey harbour"
        ),
        body=[
            *body(paragraphs=3),
            (
                "image",
                {
                    "image": ImageFactory(file__width=1000, file__height=700),
                    "caption": "A dry dock",
                    "credit": "",
                },
            ),
        ],
    )


def top_picture(parsed):
    return parsed.pictures[0]


def test_article_top_image_is_avif_then_webp_then_a_sized_jpeg(client, story):
    parsed = Pictures(client.get(story.url).content.decode())
    top = top_picture(parsed)
    avif, webp = top["sources"]
    img = top["img"]

    assert avif["type"] == "image/avif" and webp["type"] == "image/webp"
    for source, ext in ((avif, ".avif"), (webp, ".webp"), (img, ".jpg")):
        candidates = srcset(source["srcset"])
        assert [d for _, d in candidates] == ["480w", "800w", "1200w"]
        assert all(url.endswith(ext) for url, _ in candidates)
        assert source["sizes"] == TOP_SIZES
    assert img["src"].endswith(".jpg")
    rendition = story.top_image.get_rendition("format-jpeg|fill-480x270")
    assert img["src"] == rendition.url
    assert (img["width"], img["height"]) == ("480", "270")
    assert img["alt"] == "Cranes over a grey harbour"


def test_inline_image_has_all_three_formats_and_its_own_proportions(client, story):
    parsed = Pictures(client.get(story.url).content.decode())
    inline = parsed.pictures[1]
    assert [s["type"] for s in inline["sources"]] == ["image/avif", "image/webp"]
    # A 1000 x 700 original is never enlarged: the widest candidate is 1000 wide.
    assert [d for _, d in srcset(inline["sources"][0]["srcset"])] == [
        "480w",
        "800w",
        "1000w",
    ]
    assert (inline["img"]["width"], inline["img"]["height"]) == ("480", "336")
    assert inline["img"]["alt"].startswith("Container cranes over a grey harbour")


def test_a_small_photo_lists_each_width_once(client, section, author):
    """A 700 px upload asked for at 480, 800 and 1200 px: 480w and 700w, once each."""
    small = ArticleFactory(
        parent=section,
        authors=[author],
        top_image=ImageFactory(file__width=700, file__height=500),
        body=[
            *body(paragraphs=2),
            (
                "image",
                {
                    "image": ImageFactory(file__width=700, file__height=500),
                    "caption": "",
                    "credit": "",
                },
            ),
        ],
    )
    parsed = Pictures(client.get(small.url).content.decode())
    for picture in parsed.pictures:
        for source in [*picture["sources"], picture["img"]]:
            widths = [d for _, d in srcset(source["srcset"])]
            assert len(widths) == len(set(widths)), widths
    top, inline = parsed.pictures[:2]
    assert [d for _, d in srcset(inline["img"]["srcset"])] == ["480w", "700w"]
    assert [d for _, d in srcset(top["img"]["srcset"])] == ["480w", "700w"]
    [preload] = parsed.preloads
    assert [d for _, d in srcset(preload["imagesrcset"])] == ["480w", "700w"]


def test_only_the_top_image_is_eager_and_high_priority(client, story):
    parsed = Pictures(client.get(story.url).content.decode())
    top, *below = parsed.images
    assert top["fetchpriority"] == "high"
    assert "loading" not in top
    # Inline photo, river teasers' photos and their inline photos, the bio photo.
    assert len(below) >= 8
    for img in below:
        assert img.get("loading") == "lazy", img["src"]
        assert img.get("decoding") == "async", img["src"]
        assert "fetchpriority" not in img, img["src"]


def test_preload_names_the_avif_the_picture_will_use(client, story):
    parsed = Pictures(client.get(story.url).content.decode())
    (preload,) = parsed.preloads
    avif = top_picture(parsed)["sources"][0]
    assert preload["as"] == "image"
    assert preload["type"] == "image/avif"
    assert preload["imagesrcset"] == avif["srcset"]
    assert preload["imagesizes"] == avif["sizes"]
    assert preload["fetchpriority"] == "high"
    # No href: a browser without imagesrcset would fetch a file it may not use.
    assert "href" not in preload


def test_home_lead_is_high_priority_and_every_other_image_lazy(client, section, author):
    for n in range(1, 8):
        ArticleFactory(parent=section, authors=[author], published_at=hours_ago(n))
    parsed = Pictures(client.get("/").content.decode())
    lead, *rest = parsed.pictures
    assert [s["type"] for s in lead["sources"]] == ["image/avif", "image/webp"]
    assert lead["img"]["fetchpriority"] == "high" and "loading" not in lead["img"]
    assert len(rest) >= 6  # three featured cards, then the river
    for picture in rest:
        assert [s["type"] for s in picture["sources"]] == ["image/avif", "image/webp"]
        assert picture["img"]["loading"] == "lazy"
        assert "fetchpriority" not in picture["img"]


def test_listing_loads_its_first_card_first(client, section, author):
    for n in range(1, 4):
        ArticleFactory(parent=section, authors=[author], published_at=hours_ago(n))
    first, *rest = Pictures(client.get(section.url).content.decode()).pictures
    assert first["img"]["fetchpriority"] == "high" and "loading" not in first["img"]
    assert rest and all(p["img"]["loading"] == "lazy" for p in rest)
    assert srcset(first["sources"][0]["srcset"])[0][0].endswith(".avif")


def test_author_page_photo_is_a_picture(client, photo_author):
    author = AuthorPage.objects.get(pk=photo_author.pk)
    header = Pictures(client.get(author.url).content.decode()).pictures[0]
    assert [s["type"] for s in header["sources"]] == ["image/avif", "image/webp"]
    assert [d for _, d in srcset(header["img"]["srcset"])] == ["160w", "320w"]
    assert header["img"]["class"] == "author-header__photo"
    assert (header["img"]["width"], header["img"]["height"]) == ("160", "160")


@pytest.mark.parametrize(
    ("index", "pillow_format", "magic"),
    [
        (0, "AVIF", lambda data: data[4:12] in (b"ftypavif", b"ftypavis")),
        (1, "WEBP", lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP"),
        (2, "JPEG", lambda data: data[:3] == b"\xff\xd8\xff"),
    ],
)
def test_rendition_files_are_what_their_type_says(
    client, story, index, pillow_format, magic
):
    top = top_picture(Pictures(client.get(story.url).content.decode()))
    element = (top["sources"] + [top["img"]])[index]
    for url, descriptor in srcset(element["srcset"]):
        path = media_file(url)
        assert magic(path.read_bytes()[:16]), url
        with Image.open(path) as image:
            assert image.format == pillow_format
            assert f"{image.width}w" == descriptor
            assert image.width * 9 == image.height * 16


@pytest.mark.no_page_cache
@pytest.mark.parametrize("page", ["article", "home"])
def test_pictures_cost_the_same_queries_with_5_or_50_stories(
    client, section, photo_author, settings, page
):
    stories = [
        ArticleFactory(
            parent=section,
            authors=[photo_author],
            published_at=hours_ago(n),
            body=[
                *body(paragraphs=2, marker=f"story {n}"),
                ("image", {"image": ImageFactory(), "caption": "", "credit": ""}),
            ],
        )
        for n in range(1, 53)
    ]
    url = stories[10].url if page == "article" else "/"

    def count_queries(river_size):
        settings.MASTHEAD_RIVER_PAGE_SIZE = river_size
        client.get(url)  # renditions are made on the first view, then stored
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert queries, "the page was rendered, not answered from a cache"
        pictures = Pictures(response.content.decode()).pictures
        assert len(pictures) > river_size  # teasers' top and inline photos
        return len(queries)

    assert count_queries(5) == count_queries(50)


def test_demo_load_makes_every_rendition_the_pages_ask_for(
    client, django_capture_on_commit_callbacks
):
    chosen = {
        "baltic-undersea-cables-repair-ships",  # analysis: the front page's lead
        "panama-canal-gatun-lake-draft-limits",  # an inline photo
        "hungary-farmers-blockade-border-over-grain-prices",  # an inline photo
        "mexico-nearshoring-factories-power-water",
    }
    articles = [a for a in content.all_articles() if a["slug"] in chosen]
    rendition_model = get_image_model().get_rendition_model()
    with django_capture_on_commit_callbacks(execute=True):
        assert DemoLoader(articles=articles).load()
    made = rendition_model.objects.count()
    assert made

    stories = ArticlePage.objects.filter(slug__in=chosen)
    urls = {"/", "/latest/", AuthorIndexPage.objects.get().url}
    for story in stories:
        urls |= {story.url, story.get_parent().url}
        urls |= {credit.author.url for credit in story.article_authors.all()}
    for url in sorted(urls):
        assert client.get(url).status_code == 200, url
    assert rendition_model.objects.count() == made, (
        "a page asked for a rendition load_demo did not make: "
        "update READER_RENDITIONS in masthead/demo/tasks.py"
    )
