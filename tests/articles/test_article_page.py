import datetime

import pytest
from django.utils import timezone

from masthead.articles.models import ArticlePage, ArticleType
from tests.factories import ArticleFactory, AuthorFactory, body

pytestmark = pytest.mark.django_db


def test_article_page_shows_every_part_of_the_story(client, section, author):
    coauthor = AuthorFactory(title="Priya Second", slug="priya-second")
    article = ArticleFactory(
        parent=section,
        title="Ports race to automate as shipping lanes shift",
        dek="Terminal operators are betting on cranes that never sleep.",
        article_type=ArticleType.REPORTING,
        top_image_caption="Cranes at dusk over the container terminal",
        authors=[author, (coauthor, "Additional reporting by")],
        tags=["Trade", "Maritime"],
        corrections=["An earlier version misstated the port’s annual volume."],
        updated_at=timezone.now(),
        update_note="This article was updated with the operator’s response.",
    )
    html = client.get(article.url).content.decode()

    assert '<span class="label__type">Reporting</span>' in html
    assert ">Asia-Pacific</a>" in html
    assert "Ports race to automate as shipping lanes shift</h1>" in html
    assert "Terminal operators are betting on cranes that never sleep." in html
    assert ">Hana Testwriter</a>" in html
    assert "additional reporting by <a" in html
    assert "min read" in html
    assert (
        "Cranes at dusk over the container terminal "
        '<span class="credit">Photo: Northlight Images/ Test Photographer</span>'
        in html
    )
    assert 'alt="Container cranes over a grey harbour' in html
    assert "Paragraph 4 of the" in html
    assert ">Trade</a>" in html and ">Maritime</a>" in html
    assert "An earlier version misstated the port’s annual volume." in html
    assert "This article was updated with the operator’s response." in html
    assert "Hana covers Northeast Asia from Tokyo." in html


def test_top_and_inline_images_have_dimensions_and_srcset(client, article):
    html = client.get(article.url).content.decode()
    top = html[html.index('class="article__image"') :]
    top = top[: top.index("</figure>")]
    assert "srcset=" in top and 'width="' in top and 'height="' in top
    assert "image/webp" in top


def test_reading_time_is_derived_from_the_body(section, author):
    article = ArticleFactory(parent=section, authors=[author], body=body(paragraphs=30))
    words = len(article.body_text().split())
    assert article.reading_time == -(-words // 230)
    assert article.reading_time > 1


def test_label_uses_type_and_parent_section(client, article):
    html = client.get(article.url).content.decode()
    assert "Analysis</span>" in html
    assert 'aria-current="page"' in html  # the section is marked in the navigation


def test_first_published_is_kept_when_republished(article):
    first = article.first_published_at
    article.dek = "A corrected standfirst."
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.first_published_at == first


def test_canonical_override(client, section, author):
    article = ArticleFactory(
        parent=section, authors=[author], canonical_url="https://example.org/original"
    )
    html = client.get(article.url).content.decode()
    assert '<link rel="canonical" href="https://example.org/original">' in html


def test_unpublished_author_is_credited_without_a_link(client, section):
    hidden = AuthorFactory(title="Draft Writer", slug="draft-writer", live=False)
    article = ArticleFactory(parent=section, authors=[hidden])
    html = client.get(article.url).content.decode()
    assert "Draft Writer" in html
    assert "/authors/draft-writer/" not in html


def test_article_model_requires_a_section_parent():
    assert ArticlePage.allowed_parent_page_models()[0].__name__ == "SectionPage"
    assert ArticlePage.subpage_types == []


def test_dates_are_shown_in_the_byline(client, section, author):
    when = timezone.now() - datetime.timedelta(days=3)
    article = ArticleFactory(parent=section, authors=[author], published_at=when)
    html = client.get(article.url).content.decode()
    assert when.strftime("%Y-%m-%d") in html


def test_every_page_carries_social_links_latest_qiosk_and_newsletter(
    client, article, social_links
):
    html = client.get(article.url).content.decode()
    assert "Follow us on social" in html
    assert 'href="https://x.com/testmagazine"' in html
    assert 'id="latest-heading"' in html
    assert 'id="qiosk-heading"' in html
    assert 'id="newsletter-heading"' in html
    # The box posts to an Origin-checked endpoint: no token, so no cookie.
    assert 'action="/newsletter/"' in html
    assert 'name="csrfmiddlewaretoken"' not in html
