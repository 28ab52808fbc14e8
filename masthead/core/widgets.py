"""The admin's rich text editor, able to open whatever the database holds.

Wagtail's converter from stored HTML to the editor's format fails (a 500) on
markup its own editor never writes: ``<br>`` rather than ``<br/>``, tags left
open or crossed, a list item outside a list. Rich text written by a script or
an import can hold any of these, and unsafe parts too. The stored HTML is
sanitised first (which also balances its tags); if the converter still cannot
read it, the editor opens the text alone rather than not at all.
"""

import logging

from django.utils.html import escape
from wagtail.admin.rich_text import DraftailRichTextArea

from masthead.core import rich_text

logger = logging.getLogger(__name__)


class SanitisingDraftailRichTextArea(DraftailRichTextArea):
    def format_value(self, value):
        value = rich_text.clean_stored(value)
        try:
            return super().format_value(value)
        except AssertionError:  # The converter's only check of well-formedness.
            logger.warning("Rich text the editor cannot read was opened as text.")
            lines = rich_text.plain_text(value).splitlines()
            return super().format_value(
                "".join(f"<p>{escape(line)}</p>" for line in lines)
            )
