"""A transport that kills its own process at a chosen point (crash tests only).

The worker processes of ``test_crash_recovery.py`` are pointed at it with
``NEWSLETTER_TRANSPORT``; ``NEWSLETTER_CRASH_AT = "POINT:N"`` makes it SIGKILL
the process at POINT while handing over the Nth message (N counts from 1 across
batches; retries count again). Points:

- ``before_dot``: the body is on the wire, the delivery still CLAIMED, no dot.
- ``after_committing``: COMMITTING is recorded, the dot is not sent yet.
- ``after_accept``: the server answered 250 to the dot; nothing recorded since.
"""

import os
import signal

from django.conf import settings

from masthead.newsletter.sending.transports import SENT, SmtpTransport


def _crash_at():
    point, _, count = settings.NEWSLETTER_CRASH_AT.partition(":")
    return point, int(count)


class CrashingSmtpTransport(SmtpTransport):
    handed_over = 0  # Messages handed over by this process, over all connections.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.crash_point, self.crash_count = _crash_at()

    def crash_if(self, point):
        if (point, CrashingSmtpTransport.handed_over) == (
            self.crash_point,
            self.crash_count,
        ):
            os.kill(os.getpid(), signal.SIGKILL)

    def send(self, envelope_from, recipient, data, before_dot):
        CrashingSmtpTransport.handed_over += 1

        def commit():
            # SmtpTransport calls this once the body is written, before the dot.
            self.crash_if("before_dot")
            committed = before_dot()
            if committed:
                self.crash_if("after_committing")
            return committed

        outcome = super().send(envelope_from, recipient, data, commit)
        if outcome.status == SENT:
            self.crash_if("after_accept")
        return outcome
