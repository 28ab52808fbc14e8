"""The one place where the sending parts are put together.

``run_issue`` builds a ``runner.Sender`` for one issue from:

- the renderer: ``rendering.IssueMail``, the issue rendered once for all copies;
- a transport (``transports.py``): the class named by ``NEWSLETTER_TRANSPORT``
  (a dotted path) if that is set, else SMTP spoken directly when
  ``EMAIL_BACKEND`` is Django's SMTP backend, else that backend;
- the ledger and the lease, both under this worker's name;
- the NEWSLETTER_* settings: batch size, lease length, retry delays, how long
  to wait for retries, and the rate when the run names none.
"""

from django.conf import settings
from django.utils.module_loading import import_string

from masthead.newsletter.rendering import IssueMail
from masthead.newsletter.sending import transports
from masthead.newsletter.sending.lease import Lease, worker_name
from masthead.newsletter.sending.ledger import Ledger
from masthead.newsletter.sending.runner import Sender


def lease_seconds():
    return float(settings.NEWSLETTER_LEASE_SECONDS)


def retry_delays():
    return tuple(settings.NEWSLETTER_RETRY_DELAYS)


def max_retry_wait():
    return float(settings.NEWSLETTER_MAX_RETRY_WAIT)


def transport_class():
    path = settings.NEWSLETTER_TRANSPORT
    if path:
        return import_string(path)
    return transports.default_transport_class(settings.EMAIL_BACKEND)


def build_sender(issue_id, *, owner=None, batch_size=0, max_wait=None, **options):
    """A Sender for ``issue_id``; ``options`` are Sender's own (rate, budget…)."""
    owner = owner or worker_name()
    return Sender(
        issue_id,
        ledger=Ledger(issue_id, owner),
        lease=Lease(issue_id, owner, lease_seconds()),
        mail_for=IssueMail,
        open_transport=transport_class(),
        batch_size=batch_size or settings.NEWSLETTER_BATCH_SIZE,
        retry_delays=retry_delays(),
        max_wait=max_retry_wait() if max_wait is None else max_wait,
        default_rate=settings.NEWSLETTER_SEND_RATE or 0,
        **options,
    )


def run_issue(issue_id, **options):
    """Send ``issue_id`` in this process until done, paused or out of time."""
    return build_sender(issue_id, **options).run()
