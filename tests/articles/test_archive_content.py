"""Stories as real archives have them: no dek, unsigned, long captions; the label."""

import json
import re
from html import unescape
from xml.etree import ElementTree

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Site

from masthead.articles.models import ArticlePage, trim_to_words
from masthead.core.models import LabelStyle, MagazineSettings
from tests.articles.admin_forms import add_url, article_form
from tests.factories import ArticleFactory, ImageFactory

pytestmark = pytest.mark.django_db

OPENING = (
    "The ferry from Kestrel Point left at dawn with &amp; forty passengers, "
    "a crate of <em>oranges</em> and a harbour master who had not slept since the "
    "storm took the breakwater and half of the fishing fleet with it last winter."
)
OPENING_TEXT = re.sub(r"<[^>]+>", "", OPENING).replace("&amp;", "&")


def magazine():
    return MagazineSettings.for_site(Site.objects.get(is_default_site=True))


def meta(html, key):
    match = re.search(
        rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html
    )
    return unescape(match.group(1)) if match else None


def json_ld_article(html):
    for block in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    ):
        data = json.loads(block)
        if data.get("@type", "").endswith("NewsArticle"):
            return data
    raise AssertionError("no article JSON-LD")


@pytest.fixture
def no_dek(section, author):
    return ArticleFactory(
        parent=section,
        title="Crossing after the storm",
        slug="crossing-after-the-storm",
        dek="",
        authors=[author],
        body=[
            ("heading", "A heading is not a summary"),
            ("paragraph", "<p>  </p>"),
            ("paragraph", f"<p>{OPENING}</p>"),
            ("paragraph", "<p>A second paragraph nobody summarises.</p>"),
        ],
    )


@pytest.fixture
def unsigned(section):
    return ArticleFactory(
        parent=section,
        title="From the editors: why we moved",
        slug="from-the-editors",
        dek="A note to readers.",
        authors=[],
    )


# --- The summary helper ---------------------------------------------------------


def test_trim_to_words_cuts_at_a_word_boundary():
    text = "word " * 60
    trimmed = trim_to_words(text, 40)
    assert len(trimmed) <= 40
    assert trimmed.endswith("word…")
    assert trim_to_words("Short enough.") == "Short enough."
    assert trim_to_words("a" * 300, 20) == "a" * 19 + "…"  # one long word: cut anyway


def test_summary_is_the_dek_or_the_first_paragraphs_opening(no_dek, article):
    assert article.summary == article.dek
    summary = no_dek.summary
    assert 100 < len(summary) <= 160
    assert summary.endswith("…")
    assert OPENING_TEXT.startswith(summary[:-1])
    assert "<" not in summary and "&amp;" not in summary
    assert not OPENING_TEXT[len(summary) - 1].isalnum()  # ended between words


# --- No dek: nothing empty rendered, every description falls back ----------------


def test_story_without_dek_renders_no_empty_dek(client, no_dek):
    html = client.get(no_dek.url).content.decode()
    assert "article__dek" not in html
    expected = no_dek.summary
    assert meta(html, "description") == expected
    assert meta(html, "og:description") == expected
    assert meta(html, "twitter:description") in (expected, None)
    assert json_ld_article(html)["description"] == expected


def test_listings_without_dek_render_no_empty_dek(client, no_dek):
    ArticleFactory(parent=no_dek.get_parent(), slug="another", dek="")
    for url in ["/", "/asia-pacific/", "/latest/"]:
        html = client.get(url).content.decode()
        assert "Crossing after the storm" in html, url
        assert not re.search(r'class="[a-z-]+__dek">\s*</p>', html), url
        assert 'class="card__dek"' not in html and 'lead-story__dek"' not in html


def test_qiosk_item_without_dek_renders_no_empty_paragraph(client, section, home):
    from masthead.articles.models import ArticleType, QioskIndexPage

    if not QioskIndexPage.objects.exists():
        home.add_child(instance=QioskIndexPage(title="QiOSK", slug="qiosk"))
    ArticleFactory(parent=section, dek="", article_type=ArticleType.QIOSK, title="Q1")
    html = client.get("/qiosk/").content.decode()
    assert "Q1" in html
    assert "<p></p>" not in html


def test_feeds_and_api_summarise_a_story_without_dek(client, no_dek):
    rss = ElementTree.fromstring(client.get("/feed/").content)
    item = next(i for i in rss.iter("item") if i.findtext("title") == no_dek.title)
    # RSS descriptions are HTML: the text arrives escaped once.
    assert unescape(item.findtext("description")) == no_dek.summary
    data = client.get("/api/v3/articles/").json()
    (story,) = [s for s in data["items"] if s["id"] == no_dek.pk]
    assert story["dek"] == ""
    assert story["summary"] == no_dek.summary


# --- Unsigned stories are the publication's ----------------------------------------


def test_unsigned_story_is_credited_to_the_publication(client, unsigned):
    settings = magazine()
    settings.masthead_name = "The Lantern Quarterly"
    settings.save()
    html = client.get(unsigned.url).content.decode()
    assert re.search(r'class="byline__publication">By The Lantern Quarterly<', html)
    author = json_ld_article(html)["author"]
    assert author == [
        {
            "@type": "Organization",
            "@id": "http://localhost/#publisher",
            "name": "The Lantern Quarterly",
            "url": "http://localhost/",
        }
    ]
    front = client.get("/").content.decode()
    assert "By The Lantern Quarterly" in front
    section_page = client.get("/asia-pacific/").content.decode()
    assert "By The Lantern Quarterly" in section_page


def test_unsigned_story_in_feeds_and_api(client, unsigned):
    settings = magazine()
    settings.masthead_name = "The Lantern Quarterly"
    settings.save()
    atom = ElementTree.fromstring(client.get("/feed/atom/").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entry = next(
        e
        for e in atom.iterfind("a:entry", ns)
        if e.findtext("a:title", namespaces=ns) == unsigned.title
    )
    assert entry.findtext("a:author/a:name", namespaces=ns) == "The Lantern Quarterly"
    story = client.get(f"/api/v3/articles/{unsigned.pk}/").json()
    assert story["authors"] == []
    assert story["credited_to"] == ["The Lantern Quarterly"]


def test_signed_story_credits_its_authors(client, article, author):
    story = client.get(f"/api/v3/articles/{article.pk}/").json()
    assert story["credited_to"] == [author.title]
    assert "byline__publication" not in client.get(article.url).content.decode()


def test_admin_saves_a_story_without_authors(admin_client, section):
    response = admin_client.post(
        add_url(section), article_form("An unsigned note", "an-unsigned-note")
    )
    assert response.status_code == 302, response.content[:3000]
    page = ArticlePage.objects.get(slug="an-unsigned-note")
    assert page.article_authors.count() == 0


# --- The label shows what the magazine configures ---------------------------------


def label(html, pattern=r'<p class="label">(.*?)</p>'):
    return [re.sub(r"<[^>]+>", "", m).split() for m in re.findall(pattern, html, re.S)]


@pytest.mark.parametrize(
    "style,expected",
    [
        (LabelStyle.TYPE_AND_SECTION, ["Analysis", "|", "Asia-Pacific"]),
        (LabelStyle.SECTION, ["Asia-Pacific"]),
        (LabelStyle.TYPE, ["Analysis"]),
    ],
)
def test_label_follows_the_setting(
    client, django_capture_on_commit_callbacks, article, style, expected
):
    assert magazine().label_style == LabelStyle.TYPE_AND_SECTION  # the default
    with django_capture_on_commit_callbacks(execute=True):
        settings = magazine()
        settings.label_style = style
        settings.save()
    page = client.get(article.url).content.decode()
    assert label(page)[0] == expected
    # Cards and teasers on the front page and the section page use it too.
    for url in ["/", "/asia-pacific/"]:
        labels = label(client.get(url).content.decode())
        assert labels and all(found == expected for found in labels), url


# --- Long captions --------------------------------------------------------------


def test_body_image_caption_takes_a_thousand_characters(client, section, author):
    from masthead.core.blocks import CreditedImageBlock

    block = CreditedImageBlock()
    image = ImageFactory()
    caption = ("Fishermen mend nets on the quay at first light. " * 25)[:1000]
    block.clean(block.to_python({"image": image.pk, "caption": caption}))
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"image": image.pk, "caption": caption + "x"}))
    assert "caption" in refused.value.block_errors
    story = ArticleFactory(
        parent=section,
        authors=[author],
        top_image_caption=caption,
        body=[
            ("paragraph", "<p>Text.</p>"),
            ("image", {"image": image, "caption": caption, "credit": ""}),
        ],
    )
    html = client.get(story.url).content.decode()
    captions = re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", html, re.S)
    assert len(captions) == 2 and all(caption in c for c in captions)
