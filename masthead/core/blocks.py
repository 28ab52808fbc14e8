"""StreamField blocks shared by articles (and anything else with a body)."""

from html import unescape

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamBlockValidationError, StreamValue
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

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

    # A quote without its words is empty, whatever its source says.
    essential_fields = ("text",)

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

    essential_fields = ("image",)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


def is_blank(block, value):
    """Whether a block holds nothing a reader would see (an editor's leftover).

    A paragraph of only tags or spaces, a quote without its words, an image
    block without an image, an embed without a link, notes that are all blank.
    """
    if value is None:
        return True
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, str):
        # A paragraph of "<p><br/></p>" or "&nbsp;" has no words either.
        return not unescape(strip_tags(value)).strip()
    if isinstance(block, blocks.StructBlock):
        names = getattr(block, "essential_fields", None) or list(block.child_blocks)
        return all(
            is_blank(block.child_blocks[name], value.get(name)) for name in names
        )
    if isinstance(value, (ListValue, list)):
        child = getattr(block, "child_block", None)
        items = value.bound_blocks if isinstance(value, ListValue) else value
        return all(is_blank(child, getattr(item, "value", item)) for item in items)
    if hasattr(value, "url"):  # an embed
        return not value.url
    return False


class DropBlankBlocksMixin:
    """A stream that drops its empty blocks on clean instead of refusing them.

    An interrupted edit (a block added and never filled, kept by autosave) must
    not make publishing fail with a validation error on a block the editor
    cannot see the point of. Errors on the other blocks still name the
    positions the editor sees, blank blocks included.
    """

    def clean(self, value):
        kept = [
            (index, child)
            for index, child in enumerate(value)
            if not is_blank(child.block, child.value)
        ]
        if len(kept) == len(value):
            return super().clean(value)
        trimmed = StreamValue(
            self, [(child.block_type, child.value, child.id) for _, child in kept]
        )
        try:
            return super().clean(trimmed)
        except StreamBlockValidationError as error:
            raise StreamBlockValidationError(
                block_errors={
                    kept[position][0]: block_error
                    for position, block_error in error.block_errors.items()
                },
                non_block_errors=error.non_block_errors,
            ) from None


class ArticleBodyBlock(DropBlankBlocksMixin, blocks.StreamBlock):
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
