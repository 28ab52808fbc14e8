"""``{% body_with_notes page %}``: a body with its note citations linked."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from masthead.core import footnotes

register = template.Library()


@register.simple_tag(takes_context=True)
def body_with_notes(context, page):
    """Every block as ``{% include_block %}`` would render it; markers in
    paragraphs and quotes linked to the notes, which render last (at their
    place) so each can link back to its first citation."""
    notes = footnotes.notes_of(page.body)
    refs = footnotes.NoteRefs(len(notes))
    block_context = context.flatten()
    parts, notes_at = [], None
    for block in page.body:
        if block.block_type == footnotes.NOTES_BLOCK:
            if notes_at is None:
                notes_at = len(parts)
                parts.append("")
            continue
        html = block.render(context=block_context)
        if block.block_type in footnotes.CITING_BLOCKS:
            html = refs.link(html)
        parts.append(str(html))
    if notes_at is not None:
        entries = [
            (number, note, refs.backlink(number))
            for number, note in enumerate(notes, start=1)
        ]
        parts[notes_at] = render_to_string(
            "blocks/notes_block.html", {"entries": entries}
        )
    return mark_safe("".join(parts))


@register.filter
def cite(html, refs):
    """``html`` with its note markers linked by ``refs`` (a ``NoteRefs``)."""
    return refs.link(html) if refs else html


@register.filter
def notes_html(body):
    """A body's notes as portable endnotes (an ordered list under a heading)."""
    return mark_safe(footnotes.portable_notes_html(footnotes.notes_of(body)))
