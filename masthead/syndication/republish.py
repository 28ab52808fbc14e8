"""“Republish this story”: the story as HTML another site can paste, with credit."""

from django.template.loader import render_to_string

from masthead.core import public_url
from masthead.syndication.content import body_html


def republish_html(article, request, settings):
    """Clean HTML with byline, attribution, canonical link and licence notice.

    Photos are left out: their rights belong to photographers and agencies, and
    the licence covers the text only.
    """
    url = article.canonical_url or article.get_full_url(request)
    return render_to_string(
        "syndication/republish.html",
        {
            "article": article,
            "url": url,
            "site_url": public_url.absolute("/"),
            "masthead_name": settings.masthead_name,
            "licence": article.licence_terms,
            "body": body_html(article, public_url.absolute(""), with_images=False),
            "credits": list(article.article_authors.all()),
        },
    ).strip()
