"""Posting the Wagtail page editor's form for an article, as the admin's JS does."""

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)


def article_form(
    title, slug, *, authors=(), page=None, top_image=None, body_image=None, **extra
):
    """The editor's form; with ``page``, its existing credits are posted back."""
    body = [("paragraph", rich_text("<p>An opening paragraph of the story.</p>"))]
    if body_image is not None:
        body.append(
            ("image", {"image": body_image.pk, "caption": "A caption", "credit": ""})
        )
    data = {
        "title": title,
        "slug": slug,
        "dek": "",
        "article_type": "analysis",
        "article_authors": _credits(authors, page),
        "top_image": top_image.pk if top_image else "",
        "top_image_caption": "",
        "body": streamfield(body),
        "tags": "",
        "updated_at": "",
        "update_note": "",
        "corrections": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "canonical_url": "",
        "licence": "cc-by-nd-4.0",
        "go_live_at": "",
        "expire_at": "",
        **extra,
    }
    return nested_form_data(data)


def _credits(authors, page):
    if page is None:
        return inline_formset([{"author": author.pk, "role": ""} for author in authors])
    existing = list(page.article_authors.all())
    return inline_formset(
        [
            {"id": c.pk, "author": c.author_id, "role": c.role, "ORDER": n}
            for n, c in enumerate(existing, start=1)
        ],
        initial=len(existing),
    )


def add_url(section):
    return f"/admin/pages/add/articles/articlepage/{section.pk}/"


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"
