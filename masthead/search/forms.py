from django import forms

from masthead.articles.models import ArticleType
from masthead.authors.models import AuthorPage
from masthead.search import query
from masthead.sections.models import SectionPage


class SearchForm(forms.Form):
    """The reader's search box and its filters. Unknown choices are form errors."""

    q = forms.CharField(
        label="Search for",
        max_length=200,
        required=False,
        help_text='Use "quotes" for an exact phrase; end a word with * to match '
        "words that begin with it.",
    )
    section = forms.ChoiceField(required=False)
    type = forms.ChoiceField(
        required=False, choices=[("", "Any type"), *ArticleType.choices]
    )
    author = forms.ChoiceField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", "All sections")] + [
            (s.slug, s.title)
            for s in SectionPage.objects.live().public().order_by("title")
        ]
        self.fields["author"].choices = [("", "Any author")] + [
            (a.slug, a.title)
            for a in AuthorPage.objects.live().public().order_by("title")
        ]

    def clean_q(self):
        text = self.cleaned_data["q"]
        self.search_query = query.parse(text) if text.strip() else None
        if text.strip() and self.search_query is None:
            raise forms.ValidationError(
                'Search for words or a "quoted phrase": '
                "punctuation alone matches nothing."
            )
        return text
