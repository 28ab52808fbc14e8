"""What a page tells search engines and social sites about itself.

Canonical URL, description, OpenGraph and Twitter cards, and schema.org JSON-LD:
articles as NewsArticle or the subtype that fits their type, author pages as
ProfilePage, the front page as WebSite with a SearchAction, and breadcrumbs.
"""

from dataclasses import dataclass, field

from django.templatetags.static import static
from django.urls import reverse

from masthead.articles import sharing
from masthead.articles.models import ArticlePage, ArticleType
from masthead.authors.models import AuthorPage
from masthead.core import footnotes, public_url
from masthead.home.models import HomePage
from masthead.syndication import social_cards

SCHEMA_TYPES = {
    ArticleType.ANALYSIS: "AnalysisNewsArticle",
    ArticleType.OPINION: "OpinionNewsArticle",
    ArticleType.REPORTING: "ReportageNewsArticle",
    ArticleType.NEWS: "NewsArticle",
    ArticleType.QIOSK: "NewsArticle",
}
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"


@dataclass
class PageMetadata:
    title: str
    description: str
    canonical: str
    og_type: str = "website"
    image: dict | None = None
    # The card social sites show (og:, twitter:); the search result's when blank.
    social_title: str = ""
    social_description: str = ""
    article_meta: list = field(default_factory=list)
    json_ld: list = field(default_factory=list)


def iso(value):
    return value.isoformat() if value else None


def share_image(request, image):
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    return {
        "url": public_url.absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.alt_text,
        "credit": image.credit,
    }


def card_image(article, settings):
    """The drawn social card, for a story without a photo."""
    card = social_cards.social_card(article, settings.masthead_name)
    return {
        "url": public_url.absolute(card["url"]),
        "width": card["width"],
        "height": card["height"],
        "alt": sharing.social_title(article),
        "credit": settings.masthead_name,
    }


def organisation(request, settings):
    if settings.logo:
        rendition = settings.logo.get_rendition("height-60|format-png")
        logo = {
            "@type": "ImageObject",
            "url": public_url.absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
    else:
        logo = {
            "@type": "ImageObject",
            "url": public_url.absolute(static("img/logo.png")),
            "width": 600,
            "height": 60,
        }
    return {
        "@type": "Organization",
        "@id": public_url.absolute("/#publisher"),
        "name": settings.masthead_name,
        "url": public_url.absolute("/"),
        "logo": logo,
        "sameAs": [url for _, url in settings.social_links()],
    }


def breadcrumbs(request, trail):
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": url}
            for n, (name, url) in enumerate(trail, start=1)
        ],
    }


def person(request, author):
    data = {"@type": "Person", "name": author.title}
    if author.live:
        data["url"] = author.get_full_url(request)
    if author.role:
        data["jobTitle"] = author.role
    return data


def for_article(request, article, settings):
    url = article.get_full_url(request)
    canonical = article.canonical_url or url
    # The card: the social image, else the top photo, else the drawn card.
    image = share_image(request, sharing.social_photo(article)) or card_image(
        article, settings
    )
    # Search engines read the story's own top photo (with its caption) where
    # it has one; the social image or drawn card otherwise.
    if article.top_image_id:
        schema_image = share_image(request, article.top_image)
        schema_caption = article.top_image_caption or schema_image["alt"]
    else:
        schema_image = image
        schema_caption = image["alt"]
    credits = list(article.article_authors.all())
    tags = [item.tag.name for item in article.tagged_items.all()]
    section = article.section
    modified = article.updated_at or article.last_published_at
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(article.article_type, "NewsArticle"),
        "@id": f"{url}#article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": iso(article.first_published_at),
        "dateModified": iso(modified or article.first_published_at),
        # An unsigned story is the publication's own: its author is the publisher.
        "author": (
            [person(request, credit.author) for credit in credits]
            if credits
            else [
                {
                    "@type": "Organization",
                    "@id": public_url.absolute("/#publisher"),
                    "name": settings.masthead_name,
                    "url": public_url.absolute("/"),
                }
            ]
        ),
        "publisher": organisation(request, settings),
        "inLanguage": "en",
        "isAccessibleForFree": True,
        "wordCount": len(article.body_text().split()),
    }
    if section:
        data["articleSection"] = section.title
    if tags:
        data["keywords"] = tags
    if schema_image:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": schema_image["url"],
                "width": schema_image["width"],
                "height": schema_image["height"],
                "caption": schema_caption,
                "creditText": schema_image["credit"],
            }
        ]
    licence = article.licence_terms
    if licence.url:
        data["license"] = licence.url
    corrections = list(article.corrections.all())
    if corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": c.text,
                "datePublished": iso(c.corrected_at),
            }
            for c in corrections
        ]
    cited = footnotes.citations(footnotes.notes_of(article.body))
    if cited:
        data["citation"] = cited
    trail = [(settings.masthead_name, public_url.absolute("/"))]
    if section:
        trail.append((section.title, section.get_full_url(request)))
    trail.append((article.title, url))

    article_meta = [("article:published_time", iso(article.first_published_at))]
    if modified:
        article_meta.append(("article:modified_time", iso(modified)))
    if section:
        article_meta.append(("article:section", section.title))
    article_meta += [("article:tag", tag) for tag in tags]
    article_meta += [
        ("article:author", credit.author.get_full_url(request))
        for credit in credits
        if credit.author.live
    ]
    return PageMetadata(
        title=sharing.search_title(article),
        description=sharing.search_description(article),
        social_title=sharing.social_title(article),
        social_description=sharing.social_description(article),
        canonical=canonical,
        og_type="article",
        image=image,
        article_meta=article_meta,
        json_ld=[data, breadcrumbs(request, trail)],
    )


def for_author(request, author, settings):
    url = author.get_full_url(request)
    person_data = {
        "@type": "Person",
        "@id": f"{url}#person",
        "name": author.title,
        "url": url,
        "description": author.bio,
        "sameAs": [link for _, link, _ in author.social_links()],
    }
    if author.role:
        person_data["jobTitle"] = author.role
    image = share_image(request, author.photo)
    if image:
        person_data["image"] = image["url"]
    profile = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": url,
        "mainEntity": person_data,
    }
    trail = [
        (settings.masthead_name, public_url.absolute("/")),
        (author.get_parent().title, public_url.absolute(author.get_parent().url)),
        (author.title, url),
    ]
    return PageMetadata(
        title=author.seo_title or author.title,
        description=author.search_description or author.bio,
        canonical=url,
        og_type="profile",
        image=image,
        json_ld=[profile, breadcrumbs(request, trail)],
    )


def for_home(request, page, settings):
    url = public_url.absolute("/")
    website = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": f"{url}#website",
        "name": settings.masthead_name,
        "url": url,
        "publisher": {"@id": f"{url}#publisher"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": public_url.absolute(reverse("search"))
                + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    publisher = {"@context": "https://schema.org", **organisation(request, settings)}
    return PageMetadata(
        title=settings.masthead_name,
        description=page.search_description
        or (settings.tagline or settings.masthead_name),
        canonical=url,
        json_ld=[website, publisher],
    )


def for_request(request, page, settings):
    """Metadata for whatever is being shown: a Wagtail page or a plain view."""
    if isinstance(page, ArticlePage):
        return for_article(request, page, settings)
    if isinstance(page, AuthorPage):
        return for_author(request, page, settings)
    if isinstance(page, HomePage):
        return for_home(request, page, settings)
    if page is not None:
        return PageMetadata(
            title=page.seo_title or page.title,
            description=page.search_description
            or getattr(page, "intro", "")
            or (settings.tagline or settings.masthead_name),
            canonical=page.get_full_url(request),
        )
    return PageMetadata(
        title="",
        description=(settings.tagline or settings.masthead_name),
        canonical=public_url.absolute(request.path),
    )
