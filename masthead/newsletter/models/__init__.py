"""Subscribers, newsletter issues and their deliveries."""

from masthead.newsletter.models.deliveries import Delivery, DeliveryState, SendRun
from masthead.newsletter.models.issues import IssueItem, IssueStatus, NewsletterIssue
from masthead.newsletter.models.signups import SignupRequest
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
    "SignupRequest",
    "Subscriber",
    "SubscriberStatus",
    "Suppression",
    "normalise_email",
]
