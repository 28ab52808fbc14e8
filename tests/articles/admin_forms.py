"""Posting the Wagtail page editor's form for an article, as the admin's JS does."""

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)


def article_form(title, slug, *, authors=(), top_image=None, body_image=None, **extra):
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
        "article_authors": inline_formset(
            [{"author": author.pk, "role": ""} for author in authors]
        ),
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


def add_url(section):
    return f"/admin/pages/add/articles/articlepage/{section.pk}/"


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"
