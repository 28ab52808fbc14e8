"""Empty body blocks left by an interrupted edit are dropped, never refused."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.blocks import StreamBlockValidationError
from wagtail.test.utils.form_data import rich_text, streamfield

from masthead.articles.models import ArticlePage
from masthead.core.blocks import ArticleBodyBlock
from tests.articles.admin_forms import add_url, article_form
from tests.factories import ImageFactory


def stream(*items):
    block = ArticleBodyBlock()
    return block, block.to_python(
        [{"type": kind, "value": value} for kind, value in items]
    )


def test_blank_blocks_are_dropped_and_the_rest_kept():
    block, value = stream(
        ("paragraph", "<p>Words a reader reads.</p>"),
        ("paragraph", "<p><br/></p>"),
        ("paragraph", "<p>&nbsp; </p>"),
        ("heading", "  "),
        ("quote", {"text": "", "source": "A minister"}),
        ("pullquote", ""),
        ("image", {"image": None, "caption": "A caption kept alone", "credit": ""}),
        ("notes", ["<p></p>"]),
        ("quote", {"text": "What was said.", "source": ""}),
    )
    cleaned = block.clean(value)
    assert [child.block_type for child in cleaned] == ["paragraph", "quote"]
    assert cleaned[1].value["text"] == "What was said."


def test_a_stream_without_blank_blocks_is_cleaned_as_before():
    block, value = stream(("paragraph", "<p>One.</p>"), ("pullquote", "Two."))
    assert [child.block_type for child in block.clean(value)] == [
        "paragraph",
        "pullquote",
    ]


@pytest.mark.django_db
def test_errors_name_the_position_the_editor_sees():
    image = ImageFactory()
    block, value = stream(
        ("paragraph", "<p></p>"),  # blank: dropped, yet still on the editor's screen
        ("paragraph", "<p>Kept.</p>"),
        ("image", {"image": image.pk, "caption": "x" * 1001, "credit": ""}),
    )
    with pytest.raises(StreamBlockValidationError) as raised:
        block.clean(value)
    assert list(raised.value.block_errors) == [2]


@pytest.mark.django_db
def test_publishing_with_an_empty_block_succeeds(client, section, author):
    editor = get_user_model().objects.create_superuser(
        "blocks-editor", "blocks@example.org", "a-long-test-password"
    )
    client.force_login(editor)
    data = article_form(
        "Harbour pilots return", "harbour-pilots", authors=[author],
        body=streamfield([
            ("paragraph", rich_text("<p>The pilots are back at work.</p>")),
            ("paragraph", rich_text("")),
            ("quote", {"text": "", "source": ""}),
            ("image", {"image": "", "caption": "", "credit": ""}),
        ]),
        **{"action-publish": "action-publish"},
    )  # fmt: skip
    response = client.post(add_url(section), data)
    assert response.status_code == 302, response.context["form"].errors
    story = ArticlePage.objects.get(slug="harbour-pilots")
    assert story.live
    assert [block.block_type for block in story.body] == ["paragraph"]
