"""Numbered notes and sources in a body, cited from the text as ``[1]``.

Rich text cannot hold a reference to another block, so the design is: a body
has one "Notes and sources" block (``ArticleBodyBlock.notes``), a list whose
first item is note 1, second note 2, and so on; an editor cites note N by
typing ``[N]`` in a paragraph or quote. On the way out each such marker
becomes a link to the note (DPUB-ARIA ``doc-noteref``), and each note links
back to its first citation (``doc-backlink``).

A bracketed number that names no note (``[7]`` in a story with three notes)
stays text, as does one inside a link, so ordinary brackets are safe. Nothing
is stored twice: renumbering is reordering the list and the markers.

Pages get ids (``fn-N`` for notes, ``fnref-N``, ``fnref-N-2``… for citations);
portable copies (feeds, the API, republishing) get plain links to the note on
the story's page, since their readers drop or clash ids.
"""

import re
from collections import defaultdict

from django.utils.html import escape
from django.utils.safestring import mark_safe

from masthead.core import rich_text

NOTES_BLOCK = "notes"
# Where notes may be cited.
CITING_BLOCKS = frozenset({"paragraph", "quote"})
MARKER = re.compile(r"\[(\d{1,3})\]")
_TAG = re.compile(r"(<[^>]*>)")
_LINK_OPEN = re.compile(r"<a[\s>]", re.IGNORECASE)
_LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)


def notes_of(body):
    """The notes (RichText values) of a body's first notes block, in order."""
    for block in body:
        if block.block_type == NOTES_BLOCK:
            return list(block.value)
    return []


def note_id(number):
    return f"fn-{number}"


class NoteRefs:
    """Turns markers into citations across a body, numbering repeat citations.

    ``page_url`` empty: links within the page, with ids. Otherwise: portable
    links to ``page_url#fn-N`` without ids.
    """

    def __init__(self, note_count, page_url=""):
        self.note_count = note_count
        self.page_url = page_url
        self.citations = defaultdict(list)

    def _citation(self, match):
        number = int(match.group(1))
        if not 1 <= number <= self.note_count:
            return match.group(0)
        if self.page_url:
            return (
                f'<sup><a href="{escape(self.page_url)}#{note_id(number)}">'
                f"{number}</a></sup>"
            )
        seen = self.citations[number]
        ref_id = f"fnref-{number}" + (f"-{len(seen) + 1}" if seen else "")
        seen.append(ref_id)
        return (
            f'<a href="#{note_id(number)}" id="{ref_id}" role="doc-noteref" '
            f'class="noteref" aria-label="Note {number}"><sup>{number}</sup></a>'
        )

    def link(self, html):
        """``html`` (already sanitised) with its markers linked."""
        html = str(html)
        if not self.note_count or "[" not in html:
            return mark_safe(html)
        out, in_link = [], 0
        for part in _TAG.split(html):
            if part.startswith("<"):
                if _LINK_OPEN.match(part):
                    in_link += 1
                elif _LINK_CLOSE.match(part):
                    in_link = max(0, in_link - 1)
                out.append(part)
            elif in_link:
                out.append(part)
            else:
                out.append(MARKER.sub(self._citation, part))
        return mark_safe("".join(out))

    def backlink(self, number):
        """The id of the first citation of note ``number``, or ""."""
        found = self.citations.get(number)
        return found[0] if found else ""


def portable_notes_html(notes):
    """The notes as an ordered list under a heading, for feeds and the API."""
    if not notes:
        return ""
    items = "".join(f"<li>{rich_text.clean(str(note))}</li>" for note in notes)
    return f"<h2>Notes and sources</h2><ol>{items}</ol>"


def citations(notes):
    """schema.org ``citation`` values: each note's text, and its first link's
    address when it has one."""
    found = []
    for note in notes:
        html = rich_text.clean(str(note))
        text = " ".join(rich_text.plain_text(html).split())
        if not text:
            continue
        work = {"@type": "CreativeWork", "name": text}
        link = re.search(r'<a href="(https?://[^"]+)"', html)
        if link:
            work["url"] = link.group(1).replace("&amp;", "&")
        found.append(work)
    return found
