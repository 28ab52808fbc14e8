"""The listings every reader surface shares: river, LATEST, QiOSK, section, author, tag.

Pages, widgets, (later) feeds and the API call these so that "what is public" is
decided in exactly one place: live, public (no view restriction), newest first.
Each listing costs a constant number of queries however many stories it holds.

They also tell the page cache what the response shows: each listing function adds
its ``list:`` tag, and ``prepare`` adds a ``page:`` tag for every story, author and
section a teaser displays (see masthead.page_cache).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import (
    Count,
    F,
    Prefetch,
    Q,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import RowNumber, Substr
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.blocks import StreamValue
from wagtail.models import Page

from masthead.analytics import queries as analytics_queries
from masthead.articles.models import (
    ArticleAuthor,
    ArticlePage,
    ArticleTag,
    ArticleType,
    Correction,
)
from masthead.page_cache.tags import add_page_tags, add_tags

MAX_EXCLUDED = 10


def _credits():
    return Prefetch(
        "article_authors",
        queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
    )


def _tags():
    return Prefetch(
        "tagged_items",
        queryset=ArticleTag.objects.select_related("tag").order_by("tag__name"),
    )


def _published():
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("top_image")
        .prefetch_related("top_image__renditions", _credits(), _tags())
        .order_by("-first_published_at", "-pk")
    )


def published_articles():
    """Every article a reader may see, with what a teaser needs prefetched."""
    add_tags("list:articles")
    return _published()


def public_article(pk):
    """One article by id if a reader may see it (as a queryset: prepare() it)."""
    return _published().filter(pk=pk)


def add_shown(articles):
    """Tag the response with every page these teasers display."""
    add_page_tags(articles)
    for article in articles:
        section = article.__dict__.get("section")
        if section is not None:
            add_page_tags([section])
        cache = getattr(article, "_prefetched_objects_cache", {})
        if "article_authors" in cache:
            add_page_tags([credit.author for credit in cache["article_authors"]])
        if "tagged_items" in cache:
            add_tags(*(f"tag:{item.tag_id}" for item in cache["tagged_items"]))
    return articles


def prepare_article_page(article):
    """Load what the article page shows about its own story in a few queries."""
    prefetch_related_objects(
        [article],
        "top_image__renditions",
        Prefetch(
            "article_authors",
            queryset=ArticleAuthor.objects.select_related(
                "author", "author__photo"
            ).order_by("sort_order"),
        ),
        "article_authors__author__photo__renditions",
        _tags(),
        "corrections",
    )
    add_shown([article])
    return article


def stories():
    """Full stories (everything but QiOSK items), newest first."""
    add_tags("list:stories")
    return _published().exclude(article_type=ArticleType.QIOSK)


def qiosk_items():
    add_tags("list:qiosk")
    return _published().filter(article_type=ArticleType.QIOSK)


def section_articles(section):
    add_tags(f"list:section:{section.pk}")
    return _published().child_of(section)


def author_articles(author):
    add_tags(f"list:author:{author.pk}")
    return _published().filter(article_authors__author=author)


def tag_articles(tag):
    add_tags(f"list:tag:{tag.pk}", f"tag:{tag.pk}")
    return _published().filter(tagged_items__tag=tag)


def public_corrections():
    """Every logged correction of a public story, newest first, with its story."""
    add_tags("list:corrections")
    return (
        Correction.objects.filter(page__in=_published().values("pk"))
        .select_related("page")
        .order_by("-corrected_at", "-pk")
    )


def prepare_corrections(corrections):
    add_shown(attach_sections([c.page for c in corrections]))
    return corrections


def attach_sections(articles):
    """Set ``article.section`` on each article from its parent, in one query."""
    parent_paths = {a.path[: -Page.steplen] for a in articles}
    sections = (
        {
            s.path: s
            # A story's parent is always its section (ArticlePage.parent_page_types).
            for s in Page.objects.filter(path__in=parent_paths).only(
                "id", "title", "slug", "path", "depth", "url_path", "live"
            )
        }
        if parent_paths
        else {}
    )
    for article in articles:
        article.section = sections.get(article.path[: -Page.steplen])
    return articles


def prefetch_body_images(articles):
    """Load every inline image of every body (with renditions) in one query.

    Wagtail fetches a StreamField's images per stream; a river of 50 teasers would
    cost 50 queries. We convert all streams' image blocks in one bulk call and hand
    each stream its bound blocks, which is what StreamValue would do lazily.
    """
    pending = []
    for article in articles:
        stream = article.body
        for index, raw in enumerate(stream._raw_data):
            if raw and raw["type"] == "image" and stream._bound_blocks[index] is None:
                pending.append((stream, index, raw))
    if not pending:
        return articles
    block = ArticlePage.body.field.stream_block.child_blocks["image"]
    values = block.bulk_to_python([raw["value"] for _, _, raw in pending])
    for (stream, index, raw), value in zip(pending, values, strict=True):
        stream._bound_blocks[index] = StreamValue.StreamChild(
            block, value, id=raw.get("id")
        )
    prefetch_related_objects(
        [value["image"] for value in values if value["image"]], "renditions"
    )
    return articles


def prepare(articles, with_bodies=False):
    articles = list(articles)
    attach_sections(articles)
    if with_bodies:
        prefetch_body_images(articles)
    return add_shown(articles)


@dataclass
class Listing:
    """One page of a listing, ready for templates."""

    items: list
    page: PaginatorPage | None = None
    next_url: str = ""
    previous_url: str = ""
    extra: dict = field(default_factory=dict)


def _page_size(kind):
    if kind == "river":
        return settings.MASTHEAD_RIVER_PAGE_SIZE
    return settings.MASTHEAD_LISTING_PAGE_SIZE


def _page_url(request, number, **params):
    query = {k: v for k, v in params.items() if v}
    if number > 1:
        query["page"] = number
    return f"{request.path}?{urlencode(query)}" if query else request.path


def paginate(
    request,
    queryset,
    per_page="listing",
    with_bodies=False,
    params=None,
    prepare_items=None,
):
    """Paginate by ``?page=N``; a page that is not a number or out of range is a 404."""
    paginator = Paginator(queryset, _page_size(per_page))
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404("No such page of this listing.") from exc
    params = params or {}
    return Listing(
        items=(
            prepare_items(list(page.object_list))
            if prepare_items
            else prepare(page.object_list, with_bodies=with_bodies)
        ),
        page=page,
        next_url=_page_url(request, page.number + 1, **params)
        if page.has_next()
        else "",
        previous_url=(
            _page_url(request, page.number - 1, **params) if page.has_previous() else ""
        ),
    )


def parse_excluded(raw):
    """Page ids from ``?exclude=1,2``; junk is ignored, the list is capped."""
    ids = []
    for part in (raw or "").split(",")[:MAX_EXCLUDED]:
        part = part.strip()
        if part.isascii() and part.isdigit() and 0 < int(part) < 2**31:
            ids.append(int(part))
    return ids


def river_queryset(excluded_ids=()):
    return stories().exclude(pk__in=list(excluded_ids))


def articles_by_ids(ids, with_bodies=False):
    """These articles if public, prepared, in the order given."""
    found = {a.pk: a for a in _published().filter(pk__in=list(ids))}
    return prepare([found[pk] for pk in ids if pk in found], with_bodies=with_bodies)


def river_page(request, exclude=None, start_page=False):
    """The ids of the first page of the river under a story (or the front page's
    slots); ``{% river_teasers %}`` renders them."""
    if exclude is None:
        excluded = []
    elif isinstance(exclude, Page):
        excluded = [exclude.pk]
    else:
        excluded = [p.pk for p in exclude]
    size = settings.MASTHEAD_RIVER_PAGE_SIZE
    # Ids only: each teaser is a cached fragment, loaded only when it is not.
    items = list(river_queryset(excluded).values_list("pk", flat=True)[: size + 1])
    next_url = ""
    if len(items) > size:
        items = items[:size]
        query = {"page": 2}
        if excluded:
            query["exclude"] = ",".join(str(pk) for pk in excluded)
        next_url = f"{reverse('latest')}?{urlencode(query)}"
    return Listing(items=items, next_url=next_url)


def _headlines(queryset, *extra_fields):
    """Just enough for a list of links: no body, no images, no bylines."""
    return (
        queryset.defer_streamfields()
        .prefetch_related(None)
        .select_related(None)
        .only(
            "id",
            "title",
            "slug",
            "path",
            "depth",
            "url_path",
            "first_published_at",
            "last_published_at",
            "latest_revision_created_at",
            "article_type",
            *extra_fields,
        )
    )


def latest(count=6):
    """The LATEST box: newest stories' headlines."""
    return add_shown(list(_headlines(stories())[:count]))


def latest_qiosk(count=5):
    """The QiOSK box: newest quick items with their sections."""
    return prepare(_headlines(qiosk_items())[:count])


def qiosk_strip(count=4):
    """The front page's QiOSK strip: the newest quick items with their deks."""
    return prepare(_headlines(qiosk_items(), "dek")[:count])


def front_page_stories(home, count):
    """Pinned stories first (in the editors' order, skipping any no longer
    public), then the newest: the lead story and the top stories."""
    pinned_ids = list(
        home.featured_slots.order_by("sort_order").values_list("article_id", flat=True)
    )
    pinned = (
        {a.pk: a for a in stories().filter(pk__in=pinned_ids)} if pinned_ids else {}
    )
    chosen = list({pk: pinned[pk] for pk in pinned_ids if pk in pinned}.values())
    chosen = chosen[:count]
    if len(chosen) < count:
        chosen += list(
            stories().exclude(pk__in=[a.pk for a in chosen])[: count - len(chosen)]
        )
    return prepare(chosen)


@dataclass
class SectionBlock:
    section: Page
    articles: list


def front_page_sections(sections, per_section=3, exclude=()):
    """The newest stories of each section (siblings, in the order given) not
    already shown above, in two queries (plus the teasers' prefetches) however
    many sections and stories there are."""
    add_tags("list:sections")
    sections = list(sections)
    add_page_tags(sections)
    if not sections:
        return []
    add_tags(*(f"list:section:{section.pk}" for section in sections))
    by_path = {section.path: section for section in sections}
    # A story sits directly below its section, so the start of its path is its
    # section's path. Number each section's stories newest first and keep the
    # first few: one windowed query instead of one query per section.
    section_path = Substr("path", 1, len(sections[0].path))
    ranked = (
        stories()
        .exclude(pk__in=[a.pk for a in exclude])
        .annotate(
            section_path=section_path,
            rank_in_section=Window(
                RowNumber(),
                partition_by=section_path,
                order_by=[F("first_published_at").desc(), F("pk").desc()],
            ),
        )
        .filter(section_path__in=list(by_path), rank_in_section__lte=per_section)
    )
    articles = list(ranked)
    for article in articles:
        article.section = by_path[article.section_path]
    add_shown(articles)
    blocks = {path: SectionBlock(section, []) for path, section in by_path.items()}
    for article in sorted(articles, key=lambda a: a.rank_in_section):
        blocks[article.section_path].articles.append(article)
    return [block for block in blocks.values() if block.articles]


def most_read(count=5):
    """The most read stories of the last day, from the analytics rollups.

    The ranking is cached (``analytics.queries.most_read_ids``) and tagged
    ``list:most-read``, which the rollup job bumps when it changes. Empty when
    the site has no reading figures yet: the front page then hides the block.
    """
    ids = analytics_queries.most_read_ids(count * 4)
    if not ids:
        return []
    found = {a.pk: a for a in _headlines(stories()).filter(pk__in=ids)}
    return add_shown([found[pk] for pk in ids if pk in found][:count])


# --- Related stories ------------------------------------------------------------------

RELATED_COUNT = 4
# Points per thing two stories share; see related_stories().
RELATED_TAG_WEIGHT = 3
RELATED_AUTHOR_WEIGHT = 2
RELATED_SECTION_WEIGHT = 1
RELATED_HALF_LIFE_DAYS = 90
# Only the newest candidates are scored: bounds the work on a large archive.
RELATED_CANDIDATES = 200


def related_score(shared_tags, shared_authors, same_section, age_days):
    """(3 × shared tags + 2 × shared authors + 1 if same section) × recency,
    where recency halves every 90 days of the candidate's age: a story sharing
    two tags published today (6) outranks one sharing three tags a year ago
    (9 × 0.06 ≈ 0.5), while among stories of the same age the closer one wins."""
    relevance = (
        RELATED_TAG_WEIGHT * shared_tags
        + RELATED_AUTHOR_WEIGHT * shared_authors
        + RELATED_SECTION_WEIGHT * int(same_section)
    )
    return relevance * 0.5 ** (max(age_days, 0) / RELATED_HALF_LIFE_DAYS)


def related_stories(article, count=RELATED_COUNT, now=None):
    """Up to ``count`` public stories (no QiOSK items, never ``article`` itself)
    that share tags, authors or the section with ``article``, best
    ``related_score`` first (ties: newer first), prepared like any teaser.

    Three queries whatever the archive's size (the article's own tags and
    credits, which the article page has prefetched, cost nothing more): one
    scores the newest candidates in the database, one loads the winners with
    what a card shows, one their sections; plus the prefetches of ``_published``.

    The page cache: the response shows each winner (``page:`` tags, so one that
    is unpublished or retitled drops out) and depends on the listings the
    candidates come from (a story joining the section, a tag or an author's
    list can change the answer).
    """
    now = now or timezone.now()
    tag_ids = [item.tag_id for item in article.tagged_items.all()]
    author_ids = [credit.author_id for credit in article.article_authors.all()]
    section_path = article.path[: -Page.steplen]
    add_tags(
        *(f"list:tag:{pk}" for pk in tag_ids),
        *(f"list:author:{pk}" for pk in author_ids),
    )
    section = article.section
    if section is not None:
        add_tags(f"list:section:{section.pk}")
    in_section = Q(path__startswith=section_path, depth=article.depth)
    candidates = (
        ArticlePage.objects.live()
        .public()
        .exclude(article_type=ArticleType.QIOSK)
        .exclude(pk=article.pk)
        .filter(
            in_section
            | Q(tagged_items__tag_id__in=tag_ids)
            | Q(article_authors__author_id__in=author_ids)
        )
        .annotate(
            shared_tags=Count(
                "tagged_items",
                filter=Q(tagged_items__tag_id__in=tag_ids),
                distinct=True,
            ),
            shared_authors=Count(
                "article_authors",
                filter=Q(article_authors__author_id__in=author_ids),
                distinct=True,
            ),
        )
        .values_list(
            "pk", "path", "first_published_at", "shared_tags", "shared_authors"
        )
        .order_by("-first_published_at", "-pk")[:RELATED_CANDIDATES]
    )
    scored = []
    for pk, path, published, tags, authors in candidates:
        age_days = (now - published).total_seconds() / 86400 if published else 0
        same_section = path.startswith(section_path) and len(path) == len(article.path)
        score = related_score(tags, authors, same_section, age_days)
        scored.append((-score, -(published.timestamp() if published else 0), pk))
    chosen = [pk for *_, pk in sorted(scored)[:count]]
    return articles_by_ids(chosen)
