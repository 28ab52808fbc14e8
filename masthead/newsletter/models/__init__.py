"""Subscribers, newsletter issues and their deliveries."""

from masthead.newsletter.models.deliveries import Delivery, DeliveryState, SendRun
from masthead.newsletter.models.issues import IssueItem, IssueStatus, NewsletterIssue
from masthead.newsletter.models.subscribers import (
    NewsletterList,
    Subscriber,
    SubscriberStatus,
    Suppression,
    normalise_email,
)

__all__ = [
    "Delivery",
    "DeliveryState",
    "IssueItem",
    "IssueStatus",
    "NewsletterIssue",
    "NewsletterList",
    "SendRun",
    "Subscriber",
    "SubscriberStatus",
    "Suppression",
    "normalise_email",
]
