"""Builders shared by the subscription tests (signup, links, webhooks)."""

from urllib.parse import urlsplit

from django.core import mail

from masthead.newsletter import links
from masthead.newsletter.models import NewsletterList, Subscriber, SubscriberStatus


def newsletter(slug):
    return NewsletterList.objects.get(slug=slug)


def make_subscriber(
    email="reader@example.org", status=SubscriberStatus.ACTIVE, lists=("weekly",)
):
    subscriber = Subscriber.objects.create(email=email, status=status)
    subscriber.lists.set(NewsletterList.objects.filter(slug__in=lists))
    return subscriber


def path(url):
    """The path of an absolute link from a mail, for the test client."""
    return urlsplit(url).path


def confirm_path(subscriber):
    return path(links.confirm_url(subscriber))


def preferences_path(subscriber):
    return path(links.preferences_url(subscriber))


def unsubscribe_path(subscriber, newsletter_slug=""):
    return path(links.unsubscribe_url(subscriber, newsletter_slug))


def link_in_last_mail(prefix):
    """The first link in the last mail's text whose path starts with ``prefix``."""
    body = mail.outbox[-1].body
    for word in body.split():
        if path(word).startswith(prefix):
            return path(word)
    raise AssertionError(f"no {prefix} link in:\n{body}")
