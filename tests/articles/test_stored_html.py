"""Rich text written straight to the database (a script, an import, a shell) is
sanitised on the way out, and the admin still opens the story to fix it."""

import json

import pytest

from masthead.articles.models import ArticlePage
from masthead.authors.models import AuthorPage
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

DANGEROUS = (
    "<p>Kept words</p><script>alert(1)</script>"
    "<img src=x onerror=alert(1)>"
    '<a href="javascript:alert(1)">bad link</a>'
)
# What a script writes without thinking of Wagtail's own spelling (<br/>) or of
# closing its tags.
UNTIDY = "<p>Line one<br>line <i>two</p><p>Line three<hr>end</i></p>"
# Beyond what balancing tags can mend: the editor opens its text alone.
STRAY_LIST_ITEM = "<li>Line three, a loose list item</li><p>After it</p>"


def assert_harmless(html):
    lowered = html.lower()
    assert "alert(1)" not in lowered
    assert "onerror" not in lowered
    assert "javascript:" not in lowered


def write_body_raw(page, paragraphs):
    """The body as a script writes it: no form, no editor, no validation."""
    stream = [
        {"type": "paragraph", "value": html, "id": f"para-{n}"}
        for n, html in enumerate(paragraphs)
    ]
    ArticlePage.objects.filter(pk=page.pk).update(body=json.dumps(stream))


def article_body(html):
    body = html[html.index('<div class="article__body prose">') :]
    return body[: body.index('<footer class="article__footer">')]


def test_dangerous_paragraph_in_the_database_is_sanitised_on_the_article_page(
    client, article
):
    write_body_raw(article, [DANGEROUS])
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_harmless(html)
    body = article_body(html)
    assert "<p>Kept words</p>" in body
    assert "<a>bad link</a>" in body  # the text stays, the target goes
    assert '<img src="x">' in body


def test_author_bio_is_plain_text_under_the_story(client, article, author):
    AuthorPage.objects.filter(pk=author.pk).update(bio=DANGEROUS)
    html = client.get(article.url).content.decode()
    bios = html[html.index('<section class="bios"') :]
    assert "&lt;p&gt;Kept words&lt;/p&gt;&lt;script&gt;alert(1)" in bios
    assert "<script>" not in bios and "<img src=x" not in bios


def test_wagtail_links_and_images_still_expand_through_the_sanitiser(
    client, article, section
):
    image = ImageFactory()
    write_body_raw(
        article,
        [
            f'<p>See <a linktype="page" id="{section.pk}">the desk</a>.</p>'
            f'<embed embedtype="image" id="{image.pk}" format="left" alt="A crane"/>'
        ],
    )
    body = article_body(client.get(article.url).content.decode())
    assert f'<a href="{section.url}">the desk</a>' in body
    rendition = image.get_rendition("width-500")
    assert (
        f'<img alt="A crane" class="richtext-image left" height="{rendition.height}" '
        f'src="{rendition.url}" width="{rendition.width}">'
    ) in body


@pytest.mark.parametrize(
    "stored", [DANGEROUS, UNTIDY, STRAY_LIST_ITEM], ids=["dangerous", "untidy", "li"]
)
def test_admin_opens_a_story_whose_rich_text_was_written_outside_it(
    admin_client, article, stored
):
    write_body_raw(article, [stored])
    admin_client.raise_request_exception = False
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_harmless(html)
    assert ("Kept words" if stored is DANGEROUS else "Line three") in html
