"""One sanitiser for rich text on its way out, whichever way Wagtail renders it."""

import json

import pytest
from django.template import engines

from masthead.core import rich_text
from masthead.home.models import StandardPage
from tests.articles.test_stored_html import DANGEROUS, assert_harmless

pytestmark = pytest.mark.django_db


def test_standard_page_body_written_outside_the_admin_is_sanitised(client, home):
    page = StandardPage(title="About us", slug="about", body=[])
    home.add_child(instance=page)
    page.save_revision().publish()
    stream = [{"type": "paragraph", "value": DANGEROUS, "id": "p1"}]
    StandardPage.objects.filter(pk=page.pk).update(body=json.dumps(stream))
    response = client.get("/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert_harmless(html)
    assert "<p>Kept words</p>" in html


def test_the_richtext_filter_sanitises_a_rich_text_field(home):
    template = engines["django"].from_string(
        "{% load wagtailcore_tags %}{{ value|richtext }}"
    )
    html = template.render({"value": DANGEROUS})
    assert_harmless(html)
    assert html.startswith("<p>Kept words</p>")


def test_clean_keeps_what_wagtails_rich_text_renders():
    rendered = (
        '<h2>Heading</h2><p>A <b>bold</b>, <i>italic</i>, <s>struck</s> <a href="/x/">'
        "link</a><br>H<sub>2</sub>O, x<sup>2</sup></p><ul><li>one</li></ul><ol><li>"
        'two</li></ol><img alt="A crane" class="richtext-image left" height="300" '
        'src="/media/images/crane.width-500.jpg" width="500"><hr>'
        "<blockquote>Q</blockquote>"
        '<p><a href="mailto:desk@example.org">mail</a> '
        '<a href="https://e.org/">web</a></p>'
    )
    assert rich_text.clean(rendered) == rendered


def test_portable_html_has_no_classes_and_absolute_urls():
    html = '<p><a href="/x/">x</a></p><img class="richtext-image left" src="/m/c.jpg">'
    assert rich_text.clean(html, base_url="https://news.example/", portable=True) == (
        '<p><a href="https://news.example/x/">x</a></p>'
        '<img src="https://news.example/m/c.jpg">'
    )


def test_stored_rich_text_keeps_wagtails_references_for_the_editor():
    stored = (
        '<p data-block-key="k1">A <a linktype="page" id="3">page</a><br>next'
        '<a href="javascript:alert(1)" onclick="x()">bad</a></p>'
        '<embed embedtype="image" id="7" format="left" alt="A crane">'
    )
    assert rich_text.clean_stored(stored) == (
        '<p data-block-key="k1">A <a linktype="page" id="3">page</a><br/>next'
        "<a>bad</a></p>"
        '<embed embedtype="image" id="7" format="left" alt="A crane"/>'
    )


def test_plain_text_drops_every_tag_and_script():
    assert rich_text.plain_text(DANGEROUS + "<p>a &amp; b < c</p>") == (
        "Kept words\nbad link\na & b < c"
    )
