"""StreamField blocks shared by articles (and anything else with a body)."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = [
    "bold",
    "italic",
    "link",
    "superscript",
    "subscript",
    "strikethrough",
]
PARAGRAPH_FEATURES = [*INLINE_FEATURES, "ol", "ul"]
NOTE_FEATURES = ["bold", "italic", "link"]


class QuoteBlock(blocks.StructBlock):
    """A passage quoted from a source, with its attribution."""

    text = blocks.TextBlock()
    source = blocks.CharBlock(required=False, help_text="Who said or wrote it.")

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class PullQuoteBlock(blocks.TextBlock):
    class Meta:
        icon = "pick"
        template = "blocks/pull_quote_block.html"


class CreditedImageBlock(blocks.StructBlock):
    """An inline photo; alt text and credit come from the image unless overridden."""

    image = ImageChooserBlock()
    # Archive captions run long (who, where, when, why); ~1,000 like the top photo's.
    caption = blocks.CharBlock(required=False, max_length=1000)
    credit = blocks.CharBlock(
        required=False, help_text="Leave blank to use the image’s own credit."
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)
    heading = blocks.CharBlock(
        form_classname="title", template="blocks/heading_block.html"
    )
    quote = QuoteBlock()
    pullquote = PullQuoteBlock()
    image = CreditedImageBlock()
    embed = EmbedBlock(
        help_text="A link to a video, post or map to embed.",
        template="blocks/embed_block.html",
    )
    # See masthead.core.footnotes: cited from the text as [1], [2]…
    notes = blocks.ListBlock(
        blocks.RichTextBlock(features=NOTE_FEATURES, label="Note"),
        label="Notes and sources",
        icon="list-ol",
        template="blocks/notes_block.html",
        help_text="Note 1 first. Cite a note in a paragraph or quote by typing "
        "its number in square brackets, e.g. [1]; it becomes a link to the note.",
    )

    class Meta:
        block_counts = {"notes": {"max_num": 1}}
