"""The weekly round-up: drafted by the scheduler, finished and sent by editors.

Every week, at ``NEWSLETTER_ROUNDUP_WEEKDAY`` / ``NEWSLETTER_ROUNDUP_TIME`` in the
site's time zone, the scheduler process drafts an issue of each round-up list from
the stories published since that list's previous issue. It proposes a short
ranked list (``NEWSLETTER_ROUNDUP_SIZE`` stories): editors' picks first
(``RoundupPick``), then the week's most read (``week_views``), then the newest
full stories, then the newest QiOSK items. The rest of the week is not in the
issue but listed below it on the "Arrange stories" screen, one click away
(``ranked_roundup`` gives both). Editors then reorder, drop or add stories.

Drafting is idempotent: an issue whose period already reaches ``now`` stops a
second draft, and the unique (newsletter, period_end) constraint settles a race
between two processes.
"""

import datetime
import logging
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateformat import format as date_format

from masthead.analytics.queries import page_views_between
from masthead.articles import queries
from masthead.newsletter.models import (
    IssueItem,
    IssueStatus,
    NewsletterIssue,
    NewsletterList,
    RoundupPick,
)

logger = logging.getLogger(__name__)

DEFAULT_PERIOD = datetime.timedelta(days=7)


def roundup_lists():
    slugs = settings.NEWSLETTER_ROUNDUP_LISTS
    by_slug = {nl.slug: nl for nl in NewsletterList.objects.filter(slug__in=slugs)}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def _roundup_clock():
    """(weekday, time) of the weekly slot; bad settings fail loudly, once."""
    weekday = int(settings.NEWSLETTER_ROUNDUP_WEEKDAY)
    if not 0 <= weekday <= 6:
        raise ValueError("NEWSLETTER_ROUNDUP_WEEKDAY must be 0 (Monday) to 6")
    hours, _, minutes = str(settings.NEWSLETTER_ROUNDUP_TIME).strip().partition(":")
    return weekday, datetime.time(int(hours), int(minutes or 0))


def last_slot(now=None):
    """The most recent weekly drafting time at or before ``now`` (aware, UTC)."""
    now = now or timezone.now()
    zone = ZoneInfo(settings.TIME_ZONE)
    weekday, at = _roundup_clock()
    local = now.astimezone(zone)
    day = local.date() - datetime.timedelta(days=(local.weekday() - weekday) % 7)
    for _ in range(2):
        # Built from the local date each time so the slot stays at the same wall
        # clock time across daylight-saving changes.
        slot = datetime.datetime.combine(day, at, tzinfo=zone)
        if slot <= now:
            return slot.astimezone(datetime.UTC)
        day -= datetime.timedelta(days=7)
    return slot.astimezone(datetime.UTC)  # pragma: no cover - unreachable


def next_slot(now=None):
    now = now or timezone.now()
    zone = ZoneInfo(settings.TIME_ZONE)
    weekday, at = _roundup_clock()
    day = last_slot(now).astimezone(zone).date() + datetime.timedelta(days=7)
    return datetime.datetime.combine(day, at, tzinfo=zone).astimezone(datetime.UTC)


def _default_list():
    lists = roundup_lists()
    return lists[0] if lists else None


def due_roundup_time(now=None, newsletter=None):
    """The slot a round-up is due for, or None when none is due.

    Due when the latest weekly slot has passed since the list's last issue
    (of any status: a cancelled draft still counts as that week's round-up).
    """
    now = now or timezone.now()
    newsletter = newsletter or _default_list()
    if newsletter is None:
        return None
    slot = last_slot(now)
    last = (
        NewsletterIssue.objects.filter(newsletter=newsletter)
        .order_by("-period_end")
        .values_list("period_end", flat=True)
        .first()
    )
    if last is not None and last >= slot:
        return None
    return slot


def _period_start(newsletter, now):
    previous = (
        NewsletterIssue.objects.filter(newsletter=newsletter, period_end__lte=now)
        .exclude(status=IssueStatus.CANCELLED)
        .order_by("-period_end")
        .values_list("period_end", flat=True)
        .first()
    )
    return previous or now - DEFAULT_PERIOD


def _in_period(queryset, start, end):
    # (start, end]: a story published exactly at a period's end is in that issue,
    # not also in the next one.
    return (
        queryset.filter(first_published_at__gt=start, first_published_at__lte=end)
        .prefetch_related(None)
        .select_related(None)
        .defer_streamfields()
    )


def roundup_articles(start, end):
    """The period's stories grouped by section, then its QiOSK items."""
    stories = queries.prepare(_in_period(queries.stories(), start, end))
    # The sort is stable, so each section keeps the newest-first order.
    stories.sort(key=lambda a: (a.section is None, a.section.path if a.section else ""))
    qiosk = list(_in_period(queries.qiosk_items(), start, end))
    return stories, qiosk


def week_views(first_day, last_day):
    """Views per page id over the days ``first_day`` to ``last_day`` (inclusive),
    from the reading figures; {} (rank by picks and date only) if they cannot be
    read, so a broken figures table never stops the weekly draft."""
    try:
        return page_views_between(first_day, last_day)
    except DatabaseError:
        logger.exception("newsletter draft: reading figures unavailable")
        return {}


PICK, MOST_READ, NEWEST = "Editors’ pick", "Most read", "Newest"


def roundup_picks(start, end):
    """Ids of picked stories in pick order: picks of the period's stories, and
    picks made during the period (an older story an editor wants back)."""
    rows = (
        RoundupPick.objects.filter(
            Q(created_at__gt=start, created_at__lte=end)
            | Q(
                article__first_published_at__gt=start,
                article__first_published_at__lte=end,
            )
        )
        .order_by("created_at", "pk")
        .values_list("article_id", flat=True)
    )
    return list(dict.fromkeys(rows))


def _ranked(articles, picked_ids, views):
    """[(article, reason, views)] in the proposal's order."""
    by_id = {article.pk: article for article in articles}
    ranked, seen = [], set()

    def take(article, reason):
        seen.add(article.pk)
        ranked.append((article, reason, views.get(article.pk, 0)))

    for pk in picked_ids:
        if pk in by_id and pk not in seen:
            take(by_id[pk], PICK)
    newest_first = sorted(
        articles, key=lambda a: (a.first_published_at, a.pk), reverse=True
    )
    read = [a for a in newest_first if views.get(a.pk, 0) > 0 and a.pk not in seen]
    # Stable: equal counts keep the newest first.
    for article in sorted(read, key=lambda a: views[a.pk], reverse=True):
        take(article, MOST_READ)
    for article in newest_first:
        if article.pk not in seen and not article.is_qiosk:
            take(article, NEWEST)
    for article in newest_first:
        if article.pk not in seen:
            take(article, NEWEST)
    return ranked


def ranked_roundup(start, end):
    """The period's public stories and QiOSK items, with picked older stories,
    ranked: [(article, reason, views)]."""
    stories, qiosk = roundup_articles(start, end)
    articles = [*stories, *qiosk]
    picked = roundup_picks(start, end)
    missing = set(picked) - {a.pk for a in articles}
    if missing:  # Picks of older stories: only public ones.
        articles += list(
            queries.published_articles()
            .filter(pk__in=missing)
            .prefetch_related(None)
            .defer_streamfields()
        )
    zone = ZoneInfo(settings.TIME_ZONE)
    views = week_views(start.astimezone(zone).date(), end.astimezone(zone).date())
    return _ranked(articles, picked, views or {})


def roundup_size():
    return max(1, int(settings.NEWSLETTER_ROUNDUP_SIZE))


def roundup_subject(now):
    local = timezone.localtime(now)
    return f"The week in review: {date_format(local, 'j F Y')}"


def already_covered(newsletter, now):
    """An issue of the list already reaches ``now``, or this week's draft is open.

    The second part keeps a repeated call (or ``draft_roundup --force`` run
    twice) from stacking drafts of the same week on the editors' desk.
    """
    return (
        NewsletterIssue.objects.filter(newsletter=newsletter)
        .filter(
            Q(period_end__gte=now)
            | Q(status=IssueStatus.DRAFT, period_end__gte=last_slot(now))
        )
        .exists()
    )


def draft_roundup(newsletter, now=None):
    """Draft the list's round-up up to ``now``; None when one already covers it."""
    now = now or timezone.now()
    if already_covered(newsletter, now):
        return None
    start = _period_start(newsletter, now)
    ranked = ranked_roundup(start, now)
    chosen = [article for article, _, _ in ranked[: roundup_size()]]
    try:
        with transaction.atomic():
            issue = NewsletterIssue.objects.create(
                newsletter=newsletter,
                subject=roundup_subject(now),
                period_start=start,
                period_end=now,
                status=IssueStatus.DRAFT,
            )
            IssueItem.objects.bulk_create(
                IssueItem(issue=issue, article=article, sort_order=order)
                for order, article in enumerate(chosen)
            )
    except IntegrityError:
        # Another process drafted the same period first.
        return None
    logger.info(
        "Drafted round-up %s for %s: %d of the period's %d stories proposed",
        issue.pk,
        newsletter.slug,
        len(chosen),
        len(ranked),
    )
    return issue


def draft_due_roundups(now=None):
    """Called by the scheduler on every pass: draft each round-up that is due.

    Errors are logged, not raised, so a newsletter problem never stops the
    scheduler from publishing pages.
    """
    drafted = []
    try:
        for newsletter in roundup_lists():
            if due_roundup_time(now, newsletter) is not None:
                issue = draft_roundup(newsletter, now)
                if issue is not None:
                    drafted.append(issue)
    except Exception:
        logger.exception("Drafting the newsletter round-up failed")
    return drafted
