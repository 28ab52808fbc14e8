from django.template.response import TemplateResponse

from masthead.articles import queries
from masthead.authors.models import AuthorPage
from masthead.search import ranking
from masthead.search.forms import SearchForm
from masthead.sections.models import SectionPage


def search(request):
    """Full-text search over public articles, filterable by section, type, author."""
    form = SearchForm(request.GET or None)
    listing = None
    status = 200
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        candidates = queries.published_articles()
        if data["section"]:
            section = SectionPage.objects.live().public().get(slug=data["section"])
            candidates = candidates.child_of(section)
        if data["type"]:
            candidates = candidates.filter(article_type=data["type"])
        if data["author"]:
            author = AuthorPage.objects.live().public().get(slug=data["author"])
            candidates = candidates.filter(article_authors__author=author)
        # The public set is decided by the shared query; search only ranks within it.
        allowed_ids = list(candidates.values_list("pk", flat=True))
        if form.search_query is not None:
            # Headline matches first, then newest (masthead.search.ranking).
            results = ranking.ranked(
                queries.ArticlePage.objects.filter(pk__in=allowed_ids),
                form.search_query,
            )
        else:
            results = candidates
        params = {k: v for k, v in data.items() if v}
        listing = queries.paginate(request, results, params=params)
        # Search results come back bare; reload the page's items with their relations.
        ids = [a.pk for a in listing.items]
        loaded = {a.pk: a for a in queries.published_articles().filter(pk__in=ids)}
        listing.items = queries.prepare([loaded[pk] for pk in ids if pk in loaded])
    elif form.is_bound:
        status = 400
    return TemplateResponse(
        request,
        "search/search.html",
        {"form": form, "listing": listing, "query": form.data.get("q", "")},
        status=status,
    )
