"""The demo magazine: complete, realistic, loaded once."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from masthead.articles.models import ArticleAuthor, ArticlePage, ArticleType, Correction
from masthead.authors.models import AuthorPage
from masthead.core.models import MastheadImage
from masthead.sections.models import SectionPage


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load once for the module; the data is removed by the module's end."""
    with django_db_blocker.unblock():
        from django.db import transaction

        atomic = transaction.atomic()
        atomic.__enter__()
        out = StringIO()
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def demo_db(demo, db):
    return demo


def test_demo_has_the_promised_breadth(demo_db):
    stories = ArticlePage.objects.live().exclude(article_type=ArticleType.QIOSK)
    assert stories.count() >= 60
    assert SectionPage.objects.live().count() >= 6
    types = Counter(ArticlePage.objects.values_list("article_type", flat=True))
    assert set(types) == {t.value for t in ArticleType}
    assert types[ArticleType.QIOSK] >= 15
    assert AuthorPage.objects.live().exclude(bio="").count() >= 10
    per_section = Counter(a.get_parent().slug for a in stories)
    assert len(per_section) >= 6 and min(per_section.values()) >= 5


def test_demo_images_have_alt_text_and_credits(demo_db):
    images = MastheadImage.objects.all()
    assert images.count() >= 60
    for image in images:
        assert image.alt_text.strip()
        assert image.alt_text != image.filename
        assert image.credit.strip()
        assert image.width > 0 and image.height > 0


def test_demo_has_coauthors_tags_corrections_and_updates(demo_db):
    coauthored = [
        a
        for a in ArticlePage.objects.all()
        if ArticleAuthor.objects.filter(page=a).count() > 1
    ]
    assert len(coauthored) >= 5
    assert Correction.objects.count() >= 5
    assert ArticlePage.objects.exclude(updated_at=None).count() >= 5
    assert all(a.tags.exists() for a in ArticlePage.objects.all())
    assert ArticleAuthor.objects.exclude(role="").exists()


def test_demo_is_spread_over_time_newest_first_in_listings(demo_db, client):
    dates = list(ArticlePage.objects.values_list("first_published_at", flat=True))
    assert (max(dates) - min(dates)).days >= 30
    html = client.get("/").content.decode()
    assert "The Meridian Review" in html


def test_loading_twice_changes_nothing(demo_db):
    before = ArticlePage.objects.count(), MastheadImage.objects.count()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "already loaded" in out.getvalue()
    assert (ArticlePage.objects.count(), MastheadImage.objects.count()) == before


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/asia-pacific/",
        "/authors/",
        "/authors/amara-okafor/",
        "/qiosk/",
        "/latest/",
        "/search/?q=cable",
        "/tags/energy/",
    ],
)
def test_demo_pages_render(demo_db, client, url):
    response = client.get(url)
    assert response.status_code == 200


def test_demo_articles_of_every_type_render_under_100_kb(demo_db, client):
    # Every fifth story (rendering generates image renditions, which is slow).
    for article in list(ArticlePage.objects.live().order_by("pk"))[::5]:
        response = client.get(article.url)
        assert response.status_code == 200, article.url
        assert len(response.content) < 100 * 1024, article.url


def test_no_demo_date_lies_in_the_future(demo_db):
    from django.utils import timezone

    now = timezone.now()
    for article in ArticlePage.objects.all():
        assert article.first_published_at <= now
        assert article.last_published_at <= now
        assert article.updated_at is None or article.updated_at <= now
    assert not Correction.objects.filter(corrected_at__gt=now).exists()


def test_demo_stories_cite_numbered_notes(demo_db, client):
    """Several stories show the notes block, each note cited in the text."""
    from masthead.core import footnotes

    noted = [a for a in ArticlePage.objects.live() if footnotes.notes_of(a.body)]
    assert len(noted) >= 3
    for article in noted:
        html = client.get(article.url).content.decode()
        assert 'role="doc-endnotes"' in html
        for number in range(1, len(footnotes.notes_of(article.body)) + 1):
            assert f'href="#fn-{number}" id="fnref-{number}"' in html, article.slug
            assert f'href="#fnref-{number}"' in html, article.slug
