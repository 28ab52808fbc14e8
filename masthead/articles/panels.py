"""The article editor in the newsroom's words: panels and widgets.

Fields are named as readers know them (headline, dek, label, writers, top
photo) and come in the order of the reader's page; help texts say what the
reader will see.
"""

from wagtail.admin.panels import Panel
from wagtail.admin.widgets import AdminPageChooser


class WriterChooser(AdminPageChooser):
    """The page chooser for a byline: "Choose a writer", not "Choose a page
    (Author page)"."""

    def __init__(self, target_models=None, **kwargs):
        # A model string: resolved when the form is built, after apps load.
        super().__init__(
            target_models=target_models or ["authors.AuthorPage"], **kwargs
        )
        self.choose_one_text = "Choose a writer"
        self.choose_another_text = "Choose another writer"
        self.link_to_chosen_text = "Edit this writer’s page"


class SectionPanel(Panel):
    """The story's section, shown (not edited) where the reader's label is.

    The section is chosen in the New story form; moving a story to another
    section is the page's Move action, which also changes its address.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "articles/admin/section_panel.html"

        def section(self):
            parent = getattr(self.form, "parent_page", None)
            if parent is None and self.instance.pk:
                parent = self.instance.get_parent()
            return parent

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["section"] = self.section()
            return context

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "Section")
        kwargs.setdefault(
            "help_text",
            "Readers see it in the label above the headline and in the story’s "
            "address. To change it, use “Move” in the page’s actions.",
        )
        super().__init__(**kwargs)
