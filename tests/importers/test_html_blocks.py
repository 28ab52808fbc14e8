import re

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import StreamValue

from masthead.core.blocks import PARAGRAPH_FEATURES, ArticleBodyBlock
from masthead.importers.html_blocks import html_to_blocks, images_in, to_raw_stream
from masthead.importers.records import ImportedImage


def kinds(blocks):
    return [kind for kind, _ in blocks]


def test_paragraphs_keep_only_the_inline_markup_paragraphs_allow():
    [(kind, value)] = html_to_blocks(
        '<p class="x" style="color:red">A <strong>bold</strong>, <em>keen</em> '
        '<a href="https://example.org/a?b=1&amp;c=2" title="t" target="_blank" '
        'onclick="steal()">link</a>, H<sub>2</sub>O, x<sup>2</sup>, <del>old</del>, '
        "<span>plain</span> <u>under</u><br>next line</p>"
    )
    assert kind == "paragraph"
    assert value == (
        "<p>A <b>bold</b>, <i>keen</i> "
        '<a href="https://example.org/a?b=1&amp;c=2">link</a>, H<sub>2</sub>O, '
        "x<sup>2</sup>, <s>old</s>, plain under<br/>next line</p>"
    )


def test_scripts_styles_frames_and_handlers_never_survive():
    html = (
        "<script>alert(1)</script><style>p{color:red}</style>"
        '<p onmouseover="x()">Safe <a href="javascript:alert(1)">click</a> '
        '<a href="data:text/html,hi">data</a><img src=x onerror="alert(2)"></p>'
        '<iframe src="https://evil.example/"></iframe>'
        "<div><noscript>nope</noscript><object data=x>obj</object>Tail</div>"
        '<svg onload="x()"><script>y()</script></svg>'
    )
    blocks = html_to_blocks(html)
    text = repr(blocks)
    for bad in (
        "alert",
        "script",
        "style",
        "iframe",
        "onmouseover",
        "onerror",
        "javascript",
        "data:",
        "evil",
        "nope",
        "obj",
        "svg",
        "onload",
    ):
        assert bad not in text, bad
    # The <img src=x> stays a photo (a relative address the pipeline looks for),
    # without its handler.
    assert blocks == [
        ("paragraph", "<p>Safe click data</p>"),
        ("image", ImportedImage(url="x")),
        ("paragraph", "<p>Tail</p>"),
    ]


def test_headings_lists_quotes_pullquotes_embeds():
    blocks = html_to_blocks(
        "<h2>The <em>long</em>\n  road</h2>"
        '<ul><li>One <b>b</b></li><li onclick="x">Two<ul><li>Inner</li></ul></li></ul>'
        "<ol><li>First</li></ol>"
        "<blockquote><p>We will rebuild.</p><p>Soon.</p><cite>The mayor</cite>"
        "</blockquote>"
        '<blockquote class="pullquote"><p>Nobody asked the gulls.</p></blockquote>'
        '<figure data-embed-url="https://video.example/watch?v=42"></figure>'
        '<figure data-embed-url="javascript:alert(1)"></figure>'
    )
    assert blocks == [
        ("heading", "The long road"),
        (
            "paragraph",
            "<ul><li>One <b>b</b></li><li>Two<ul><li>Inner</li></ul></li></ul>",
        ),
        ("paragraph", "<ol><li>First</li></ol>"),
        ("quote", {"text": "We will rebuild.\n\nSoon.", "source": "The mayor"}),
        ("pullquote", "Nobody asked the gulls."),
        ("embed", "https://video.example/watch?v=42"),
    ]


def test_photos_become_placeholders_with_alt_caption_and_credit():
    blocks = html_to_blocks(
        "<p>Before <img src='https://cdn.example/a.jpg' alt='A quay'> after</p>"
        '<figure><img src="/up/b.jpg" alt="" data-credit="Lena Vik">'
        "<figcaption>The <i>old</i> quay</figcaption></figure>"
        '<img src="javascript:alert(1)">'
        '<a href="https://cdn.example/c.jpg"><img src="//cdn.example/c.jpg"></a>'
    )
    assert kinds(blocks) == ["paragraph", "image", "paragraph", "image", "image"]
    assert images_in(blocks) == [
        ImportedImage(url="https://cdn.example/a.jpg", alt_text="A quay"),
        ImportedImage(url="/up/b.jpg", caption="The old quay", credit="Lena Vik"),
        ImportedImage(url="https://cdn.example/c.jpg"),
    ]
    raw = to_raw_stream(blocks, {"https://cdn.example/a.jpg": 7, "/up/b.jpg": 8})
    assert [b["type"] for b in raw] == ["paragraph", "image", "paragraph", "image"]
    assert raw[3]["value"] == {
        "image": 8,
        "caption": "The old quay",
        "credit": "Lena Vik",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Emoji 🚢🌊 and 𝔐𝔞𝔤 (4-byte UTF-8)",
        "RTL: שלום עולם and مرحبا بالعالم",
        "no-break\u00a0space, zero\u200bwidth, joiner\u200d, bom\ufeff, "
        "thin\u2009space",
    ],
)
def test_odd_text_round_trips(text):
    [(kind, value)] = html_to_blocks(f"<p>{text}</p>")
    assert value == f"<p>{text}</p>"
    [(_, heading)] = html_to_blocks(f"<h3>{text}</h3>")
    assert heading == text


def test_entities_and_loose_text():
    blocks = html_to_blocks(
        "Loose &lt;text&gt; &amp; more<p>&nbsp;</p><hr><p>\u200b</p>"
    )
    assert blocks == [("paragraph", "<p>Loose &lt;text&gt; &amp; more</p>")]
    assert html_to_blocks("") == [] and html_to_blocks("   ") == []


def test_unknown_containers_flatten_to_paragraphs():
    blocks = html_to_blocks(
        "<div><section><p>One</p></section><table><tr><td>Cell</td></tr></table>"
        "<pre>line 1\nline <b>2</b></pre></div>"
    )
    assert blocks == [
        ("paragraph", "<p>One</p>"),
        ("paragraph", "<p>Cell</p>"),
        ("paragraph", "<p>line 1<br/>line 2</p>"),
    ]


def test_the_output_is_a_valid_article_body_wagtail_can_edit():
    blocks = html_to_blocks(
        '<p>A <a href="https://example.org/">link</a> and <b>bold</b><br>break</p>'
        "<ul><li>item</li></ul><h2>Head</h2>"
        "<blockquote>Quoted<cite>Someone</cite></blockquote>"
    )
    raw = to_raw_stream(blocks, {})
    value = StreamValue(ArticleBodyBlock(), raw, is_lazy=True)
    ArticleBodyBlock().clean(value)  # raises ValidationError if not
    converter = ContentstateConverter(features=PARAGRAPH_FEATURES)
    for block in raw:
        if block["type"] == "paragraph":
            # The rich text editor reads it back to the same markup.
            state = converter.from_database_format(block["value"])
            again = re.sub(
                r' data-block-key="[^"]*"', "", converter.to_database_format(state)
            )
            assert again == block["value"]
