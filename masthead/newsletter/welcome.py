"""The welcome mail: sent once to each newly confirmed subscriber.

``subscriptions.confirm`` enqueues ``send_welcome_mail`` (urgent queue) when the
transaction that activated the subscriber commits. Exactly once, whatever
happens around it: a second click on the confirmation link finds the subscriber
active already and enqueues nothing, and the task claims the mail with one
conditional UPDATE of ``Subscriber.welcomed_at`` (NULL -> now), so a retried or
duplicated task finds it claimed and sends nothing. A send that fails releases
the claim, so the worker's retry can send it.

The text is edited in Settings → Welcome mail (``WelcomeMail``).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django_tasks import task
from wagtail.rich_text import expand_db_html

from masthead.core import rich_text
from masthead.newsletter import links
from masthead.newsletter.models import Subscriber, SubscriberStatus, WelcomeMail
from masthead.newsletter.rendering.absolute_links import absolutise_links
from masthead.newsletter.rendering.content import html_to_text, wrap_text
from masthead.newsletter.rendering.headers import header_text

logger = logging.getLogger(__name__)


def enqueue_welcome(subscriber_id):
    try:
        send_welcome_mail.enqueue(subscriber_id)
    except Exception:
        # The reader's confirmation must not fail because the queue did.
        logger.exception("Could not queue the welcome mail of %s", subscriber_id)


def build_welcome(subscriber, welcome, site_name):
    body_html = absolutise_links(rich_text.clean(expand_db_html(welcome.body or "")))
    context = {
        "site_name": site_name,
        "body_html": mark_safe(body_html),  # Sanitised rich text, links expanded.
        "body_text": html_to_text(body_html),
        "preferences_url": links.preferences_url(subscriber),
        "unsubscribe_url": links.unsubscribe_url(subscriber),
    }
    subject = header_text(welcome.subject.replace("{site}", site_name))
    message = EmailMultiAlternatives(
        subject=subject,
        body=wrap_text(render_to_string("newsletter/email/welcome.txt", context)),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(
        render_to_string("newsletter/email/welcome.html", context), "text/html"
    )
    return message


# A reader has just confirmed and is looking at their inbox: the urgent queue.
@task(queue_name="urgent")
def send_welcome_mail(subscriber_id):
    """Send the welcome mail unless it was sent (or is being sent) already."""
    from masthead.newsletter.subscriptions import is_suppressed, site_name

    welcome = WelcomeMail.load()
    if not welcome.enabled:
        return False
    now = timezone.now()
    claimed = Subscriber.objects.filter(
        pk=subscriber_id, status=SubscriberStatus.ACTIVE, welcomed_at__isnull=True
    ).update(welcomed_at=now)
    if not claimed:
        return False
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    if is_suppressed(subscriber.email_key):
        return False
    try:
        build_welcome(subscriber, welcome, site_name()).send()
    except Exception:
        Subscriber.objects.filter(pk=subscriber_id, welcomed_at=now).update(
            welcomed_at=None
        )
        raise
    return True
