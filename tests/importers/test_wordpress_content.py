"""WordPress post content → the importers' body-HTML convention."""

from masthead.importers.readers.wordpress_content import (
    autop,
    convert_body,
    parse_shortcode_attrs,
)
from masthead.importers.records import ImportedImage

UP = "https://quay.example/wp-content/uploads"
ATTACHMENTS = {
    "7": ImportedImage(
        url=f"{UP}/gulls.jpg",
        alt_text="Gulls on a mooring post",
        caption="Gulls, waiting.",
        credit="Ines Moreau",
    ),
    "8": ImportedImage(url=f"{UP}/rope.jpg", alt_text="A coil of rope", caption=""),
}


def body(content, **kwargs):
    return convert_body(content, attachments=ATTACHMENTS, **kwargs)


# -- autop --------------------------------------------------------------------


def test_autop_blank_lines_make_paragraphs_single_newlines_breaks():
    assert autop("One line\nsame paragraph\n\nSecond paragraph") == (
        "<p>One line<br>\nsame paragraph</p>\n<p>Second paragraph</p>"
    )


def test_autop_handles_crlf_and_extra_blank_lines():
    assert autop("First\r\n\r\n\r\n\r\nSecond\r\n") == "<p>First</p>\n<p>Second</p>"


def test_autop_does_not_wrap_or_break_block_elements():
    html = autop(
        "Intro\n\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n\n<h2>Heading</h2>\nAfter"
    )
    assert "<p><ul>" not in html and "<br>\n<li>" not in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert "<h2>Heading</h2>" in html and "<p>After</p>" in html
    assert "<p>Intro</p>" in html


def test_autop_puts_paragraphs_inside_blockquotes():
    assert autop("<blockquote>Quoted words</blockquote>") == (
        "<blockquote><p>Quoted words</p></blockquote>"
    )


def test_autop_keeps_inline_markup_and_newlines_inside_tags():
    assert (
        autop('A <a\nhref="/x">link</a> here') == '<p>A <a href="/x">link</a> here</p>'
    )


def test_autop_empty():
    assert autop(" \n\n ") == ""


def test_pre_is_left_alone():
    html = body("Before\n\n<pre>line one\n\nline two</pre>\n\nAfter")
    assert "<pre>line one\n\nline two</pre>" in html
    assert "<p>Before</p>" in html and "<p>After</p>" in html


# -- shortcodes ---------------------------------------------------------------


def test_caption_becomes_figure_with_attachment_alt_and_credit():
    html = body(
        '[caption id="attachment_7" align="alignleft" width="300"]'
        f'<a href="{UP}/gulls.jpg"><img class="size-medium wp-image-7" '
        f'src="{UP}/gulls-300x200.jpg" alt="" width="300" /></a> Three gulls, '
        "<em>very</em> patient[/caption]"
    )
    assert html == (
        f'<figure><img src="{UP}/gulls-300x200.jpg" alt="Gulls on a mooring post" '
        'data-credit="Ines Moreau"><figcaption>Three gulls, <em>very</em> patient'
        "</figcaption></figure>"
    )


def test_caption_keeps_its_own_alt_and_old_caption_attribute():
    html = body(
        '[caption id="attachment_7" caption="Old style &amp; caption"]'
        f'<img class="wp-image-7" src="{UP}/g.jpg" alt="Own alt">[/caption]'
    )
    assert 'alt="Own alt"' in html
    assert "<figcaption>Old style &amp; caption</figcaption>" in html


def test_embed_shortcode_and_auto_embed_line():
    html = body(
        "Watch this:\n\n[embed width=600]https://vimeo.com/4242[/embed]\n\n"
        "https://www.youtube.com/watch?v=abc123\n\nDone"
    )
    assert html == (
        "<p>Watch this:</p>\n"
        '<figure data-embed-url="https://vimeo.com/4242"></figure>\n'
        '<figure data-embed-url="https://www.youtube.com/watch?v=abc123"></figure>\n'
        "<p>Done</p>"
    )


def test_url_inside_a_sentence_is_not_an_embed():
    html = body("Read https://quay.example/about for more.")
    assert "data-embed-url" not in html


def test_only_oembed_providers_auto_embed():
    # WordPress leaves a bare link to anywhere else as text.
    html = body("Report:\nhttps://quay.example/report.pdf\n\nhttps://youtu.be/x1")
    assert html == (
        "<p>Report:<br>\nhttps://quay.example/report.pdf</p>\n"
        '<figure data-embed-url="https://youtu.be/x1"></figure>'
    )
    assert "data-embed-url" not in body(
        "<!-- wp:paragraph -->\n<p>https://quay.example/a</p>\n<!-- /wp:paragraph -->"
    )


def test_video_and_audio_shortcodes():
    html = body(
        f'[video mp4="{UP}/tide.mp4" width="640"][/video]\n\n'
        f'[audio src="{UP}/gulls.mp3"]'
    )
    assert f'<figure data-embed-url="{UP}/tide.mp4"></figure>' in html
    assert f'<figure data-embed-url="{UP}/gulls.mp3"></figure>' in html


def test_embed_refuses_non_http_urls():
    assert "data-embed-url" not in body("[embed]javascript:alert(1)[/embed]")


def test_gallery_with_ids_uses_the_attachment_map():
    html = body('[gallery ids="8, 7" size="large"]')
    assert html == (
        f'<figure><img src="{UP}/rope.jpg" alt="A coil of rope"></figure>'
        f'<figure><img src="{UP}/gulls.jpg" alt="Gulls on a mooring post" '
        'data-credit="Ines Moreau"><figcaption>Gulls, waiting.</figcaption></figure>'
    )


def test_gallery_without_ids_shows_the_posts_attachments():
    html = convert_body(
        "[gallery]", attachments=ATTACHMENTS, children={"55": ["7"]}, post_id="55"
    )
    assert html.count("<figure>") == 1 and "gulls.jpg" in html


def test_unknown_shortcodes_removed_keeping_inner_text():
    html = body(
        'Before [contact-form-7 id="12"] after.\n\n'
        '[highlight color="yellow"]Kept <strong>words</strong>[/highlight]\n\n'
        "[row][column]Nested text[/column][/row]"
    )
    assert "contact-form" not in html and "highlight" not in html
    assert "<p>Before  after.</p>" in html
    assert "Kept <strong>words</strong>" in html
    assert "<p>Nested text</p>" in html


def test_bracketed_prose_and_escaped_shortcodes_stay_text():
    html = body("He said it [sic] twice. Type [[gallery]] to show a gallery.")
    assert html == "<p>He said it [sic] twice. Type [gallery] to show a gallery.</p>"


def test_shortcode_attributes():
    assert parse_shortcode_attrs(
        ' id="attachment_7" align=left caption=\'It is\' width="300" flag "x y"'
    ) == {
        "id": "attachment_7",
        "align": "left",
        "caption": "It is",
        "width": "300",
        "0": "flag",
        "1": "x y",
    }
    # Curly quotes pasted from a word processor still work.
    assert parse_shortcode_attrs(" ids=\u201c1,2\u201d")["ids"] == "1,2"


def test_inline_wp_image_gets_alt_and_credit():
    html = body(f'<img class="alignright wp-image-7" src="{UP}/gulls-s.jpg" alt="">')
    assert html == (
        f'<p><img src="{UP}/gulls-s.jpg" alt="Gulls on a mooring post" '
        'data-credit="Ines Moreau"></p>'
    )


def test_more_and_other_comments_are_removed():
    # The "more" cut is a paragraph break in the imported body.
    assert body("Teaser\n<!--more-->\nRest") == "<p>Teaser</p>\n<p>Rest</p>"
    assert "<!--" not in body("A<!--nextpage-->B")


# -- Gutenberg blocks ---------------------------------------------------------


def test_image_block_from_attachment():
    html = body(
        '<!-- wp:image {"id":7,"sizeSlug":"large"} -->\n'
        f'<figure class="wp-block-image size-large"><a href="{UP}/gulls.jpg">'
        f'<img src="{UP}/gulls-1024.jpg" alt="" class="wp-image-7"/></a>'
        '<figcaption class="wp-element-caption">On the <em>north</em> quay</figcaption>'
        "</figure>\n<!-- /wp:image -->"
    )
    assert html == (
        f'<figure><img src="{UP}/gulls-1024.jpg" alt="Gulls on a mooring post" '
        'data-credit="Ines Moreau"><figcaption>On the <em>north</em> quay'
        "</figcaption></figure>"
    )


def test_paragraph_heading_list_blocks_keep_their_html():
    html = body(
        "<!-- wp:paragraph -->\n<p>First.</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":3} -->\n<h3>Section</h3>\n<!-- /wp:heading -->\n\n'
        '<!-- wp:list {"ordered":true} -->\n<ol><!-- wp:list-item -->\n<li>a</li>\n'
        "<!-- /wp:list-item --></ol>\n<!-- /wp:list -->"
    )
    assert html == "<p>First.</p>\n<h3>Section</h3>\n<ol>\n<li>a</li>\n</ol>"


def test_block_content_gets_no_autop():
    html = body("<!-- wp:html -->\n<div>one\ntwo</div>\n<!-- /wp:html -->")
    assert html == "<div>one\ntwo</div>"


def test_quote_and_pullquote_blocks():
    html = body(
        '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>Said.</p>'
        "<cite>Someone</cite></blockquote>\n<!-- /wp:quote -->\n"
        '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote>'
        "<p>Loud words.</p><cite>Editor</cite></blockquote></figure>\n"
        "<!-- /wp:pullquote -->"
    )
    assert "<blockquote><p>Said.</p><cite>Someone</cite></blockquote>" in html
    assert (
        '<blockquote class="pullquote"><p>Loud words.</p><cite>Editor</cite>'
        "</blockquote>" in html
    )
    assert "figure" not in html


def test_embed_blocks_new_and_legacy():
    html = body(
        '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=q1",'
        '"type":"video"} -->\n'
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n'
        "https://www.youtube.com/watch?v=q1\n</div></figure>\n<!-- /wp:embed -->\n"
        '<!-- wp:core-embed/vimeo {"url":"https://vimeo.com/77"} -->\n'
        '<figure class="wp-block-embed-vimeo"></figure>\n<!-- /wp:core-embed/vimeo -->'
    )
    assert html == (
        '<figure data-embed-url="https://www.youtube.com/watch?v=q1"></figure>\n'
        '<figure data-embed-url="https://vimeo.com/77"></figure>'
    )


def test_gallery_blocks_old_and_nested_formats():
    old = body(
        '<!-- wp:gallery {"ids":[7,8]} -->\n<figure class="wp-block-gallery"><ul>'
        f'<li><figure><img src="{UP}/gulls.jpg" alt="" data-id="7" '
        'class="wp-image-7"/><figcaption class="blocks-gallery-item__caption">'
        "Gulls</figcaption></figure></li>"
        f'<li><figure><img src="{UP}/rope.jpg" alt="" data-id="8" class="wp-image-8"/>'
        "</figure></li></ul>"
        '<figcaption class="blocks-gallery-caption">Whole set</figcaption></figure>\n'
        "<!-- /wp:gallery -->"
    )
    assert old == (
        f'<figure><img src="{UP}/gulls.jpg" alt="Gulls on a mooring post" '
        'data-credit="Ines Moreau"><figcaption>Gulls</figcaption></figure>'
        f'<figure><img src="{UP}/rope.jpg" alt="A coil of rope"></figure>'
    )
    ids_only = body('<!-- wp:gallery {"ids":[8]} -->\n<!-- /wp:gallery -->')
    assert (
        ids_only == f'<figure><img src="{UP}/rope.jpg" alt="A coil of rope"></figure>'
    )


def test_separator_and_self_closing_blocks():
    html = body(
        "<!-- wp:separator -->\n"
        '<hr class="wp-block-separator"/>\n<!-- /wp:separator -->'
        '\n<!-- wp:latest-posts {"postsToShow":3} /-->\n<!-- wp:spacer /-->'
    )
    assert html == "<hr>"


def test_url_paragraph_in_block_content_is_an_embed():
    html = body(
        "<!-- wp:paragraph -->\n<p>https://vimeo.com/99</p>\n<!-- /wp:paragraph -->"
    )
    assert html == '<figure data-embed-url="https://vimeo.com/99"></figure>'


def test_empty_content():
    assert body("") == ""
    assert body("   \n") == ""
