"""“Republish this story”: the story as HTML another site can paste, with credit."""

from django.template.loader import render_to_string

from masthead.syndication.content import body_html


def republish_html(article, request, settings):
    """Clean HTML with byline, attribution, canonical link and licence notice.

    Photos are left out: their rights belong to photographers and agencies, and
    the licence covers the text only.
    """
    from masthead.syndication.metadata import absolute

    url = article.canonical_url or article.get_full_url(request)
    return render_to_string(
        "syndication/republish.html",
        {
            "article": article,
            "url": url,
            "site_url": absolute(request, "/"),
            "masthead_name": settings.masthead_name,
            "licence": article.licence_terms,
            "body": body_html(article, absolute(request, ""), with_images=False),
            "credits": list(article.article_authors.all()),
        },
    ).strip()
