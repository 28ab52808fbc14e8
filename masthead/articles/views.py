from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from taggit.models import Tag

from masthead.articles import cached_listings, queries


def latest(request):
    """/latest/: every story, newest first, as river teasers.

    It is also the river's "More stories" page: ``exclude`` keeps the stories the
    reader already saw out, and ``partial=1`` returns just the teasers for the
    script that loads more as the reader scrolls.
    """
    excluded = queries.parse_excluded(request.GET.get("exclude"))
    params = {"exclude": ",".join(map(str, excluded))}
    if request.GET.get("partial") == "1":
        params["partial"] = "1"
    # Kept between requests (data and HTML) per canonical page, exclusion and
    # form, while the stories' tags are unchanged.
    number = cached_listings.canonical_page_number(request)
    variant = f"{','.join(map(str, excluded))}:{params.get('partial', '')}"
    listing = cached_listings.cached_paginate(
        request,
        f"latest:{variant}",
        lambda: queries.river_queryset(excluded),
        per_page="river",
        with_bodies=True,
        params=params,
    )
    template = (
        "articles/river_partial.html"
        if request.GET.get("partial") == "1"
        else "articles/latest.html"
    )
    return TemplateResponse(
        request,
        template,
        {"listing": listing, "listing_key": f"{number}:{variant}" if number else ""},
    )


def tag(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    listing = queries.paginate(request, queries.tag_articles(tag))
    if not listing.items and listing.page.number == 1:
        # A tag used only on drafts or private stories has no public page.
        raise Http404("No public stories carry this tag.")
    return TemplateResponse(
        request, "articles/tag.html", {"tag": tag, "listing": listing}
    )


def corrections(request):
    """/corrections/: every logged correction, newest first, each linking its story."""
    listing = queries.paginate(
        request,
        queries.public_corrections(),
        prepare_items=queries.prepare_corrections,
    )
    return TemplateResponse(request, "articles/corrections.html", {"listing": listing})
