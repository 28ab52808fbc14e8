"""Subscribers, newsletter issues and their deliveries, and the desk's helpers."""

from masthead.newsletter.models.deliveries import Delivery, DeliveryState, SendRun
from masthead.newsletter.models.desk import RoundupPick, SeedList, WelcomeMail
from masthead.newsletter.models.issues import IssueItem, IssueStatus, NewsletterIssue
from masthead.newsletter.models.subscribers import (
    InvalidDomain,
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
    email_key,
    normalise_email,
)

__all__ = [
    "Delivery",
    "DeliveryState",
    "InvalidDomain",
    "IssueItem",
    "IssueStatus",
    "NewsletterIssue",
    "NewsletterList",
    "RoundupPick",
    "SeedList",
    "SendRun",
    "Subscriber",
    "SubscriberStatus",
    "Suppression",
    "WelcomeMail",
    "email_key",
    "normalise_email",
]
