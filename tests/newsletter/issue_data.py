"""Builders for sending tests, the crash tests' worker database and the benchmark."""

import datetime
import secrets

from django.utils import timezone

from masthead.articles.models import ArticleType
from masthead.newsletter.models import (
    IssueItem,
    NewsletterIssue,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
)
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory


def weekly():
    return NewsletterList.objects.get(slug="weekly")


def make_issue(newsletter=None, subject="The week in review", stories=3, qiosk=1):
    """An issue with ``stories`` stories in two sections and ``qiosk`` QiOSK items."""
    newsletter = newsletter or weekly()
    # Unique slugs: factory sequences restart in every process using the database.
    tag = secrets.token_hex(3)
    asia = SectionFactory(title="Asia-Pacific", slug=f"asia-pacific-{tag}")
    europe = SectionFactory(title="Europe", slug=f"europe-{tag}")
    writer = AuthorFactory(slug=f"writer-{tag}")
    end = timezone.now()
    issue = NewsletterIssue.objects.create(
        newsletter=newsletter,
        subject=subject,
        intro='<p>Our editor\'s note, with <a href="https://example.org/x">a link</a>.'
        "</p>",
        period_start=end - datetime.timedelta(days=7),
        period_end=end,
    )
    articles = [
        ArticleFactory(parent=asia if n % 2 == 0 else europe, authors=[writer])
        for n in range(stories)
    ]
    articles += [
        ArticleFactory(
            parent=asia,
            article_type=ArticleType.QIOSK,
            top_image=None,
            authors=[writer],
        )
        for _ in range(qiosk)
    ]
    for order, article in enumerate(articles):
        IssueItem.objects.create(issue=issue, article=article, sort_order=order)
    return issue


def make_subscribers(count, newsletter=None, prefix="reader", domain="example.org"):
    """``count`` active subscribers of ``newsletter``, created in bulk."""
    newsletter = newsletter or weekly()
    now = timezone.now()
    batch = []
    for n in range(count):
        address = f"{prefix}{n}@{domain}"
        batch.append(
            Subscriber(
                email=address,
                email_key=address.lower(),
                status=SubscriberStatus.ACTIVE,
                confirmed_at=now,
                consent_at=now,
                consent_method="test",
            )
        )
    created = Subscriber.objects.bulk_create(batch, batch_size=2000)
    if not created or created[0].pk is None:  # Backends that return no ids.
        created = list(
            Subscriber.objects.filter(email_key__in=[s.email_key for s in batch])
        )
    through = Subscriber.lists.through
    through.objects.bulk_create(
        [through(subscriber_id=s.pk, newsletterlist_id=newsletter.pk) for s in created],
        batch_size=2000,
    )
    return created
