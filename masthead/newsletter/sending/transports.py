"""Transports: handing messages to a mail server one at a time over one connection.

Both transports take a message from ``prepare()`` and hand it over with
``send(envelope_from, recipient, message, before_dot)``, which returns an
``Outcome``. ``before_dot()`` is the sender's commit (``Ledger.commit``): it is
called when one more step would let the server accept the message, and if it
returns False that step is never taken.

``SmtpTransport`` speaks SMTP with smtplib over one connection (EHLO, STARTTLS,
AUTH from the EMAIL_* settings, set up by Django's SMTP backend) and sends each
message as MAIL FROM, RCPT TO, DATA (pipelined when the server offers
PIPELINING), then the body *without* the end-of-data dot. It then calls
``before_dot()``; the sender records the delivery as COMMITTING there and only
then is the final ``\\r\\n.\\r\\n`` written and the reply read. Until the dot no
server can have accepted the message, so a crash before it means "send again";
after it, "possibly delivered" (never resent automatically).

``BackendTransport`` does the same for any other Django email backend (the
``.eml`` file backend, an API-based provider): COMMITTING is recorded before
``send_messages([message])`` and the message is at-most-once in the same way.
"""

import contextlib
import re
import smtplib
import socket
from dataclasses import dataclass

from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as DjangoSmtpBackend
from django.utils.module_loading import import_string

CRLF = b"\r\n"
_LEADING_DOT = re.compile(rb"(?m)^\.")
_BARE_NEWLINE = re.compile(rb"\r\n|\r|\n")
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+\Z")


# Outcomes of handing over one message.
SENT = "sent"  # The server answered 250 to the end of data.
TRANSIENT = "transient"  # 4xx or a broken connection before the dot: try later.
REJECTED_RECIPIENT = "rejected_recipient"  # 5xx to RCPT TO: the address is bad.
REJECTED = "rejected"  # Any other 5xx (sender, content): do not retry.
UNCERTAIN = "uncertain"  # The dot was sent but no answer came back.
ABORTED = "aborted"  # before_dot() said no: someone else owns the delivery.


@dataclass
class Outcome:
    status: str
    code: int = 0
    reply: str = ""
    stage: str = ""

    @property
    def detail(self):
        text = f"{self.stage} {self.code} {self.reply}".strip()
        return " ".join(text.split())[:500]


def uses_smtp(backend_path):
    try:
        return issubclass(import_string(backend_path), DjangoSmtpBackend)
    except ImportError:
        return False


def envelope_address(address):
    """(address for MAIL/RCPT, needs SMTPUTF8)."""
    local, _, domain = address.rpartition("@")
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    address = f"{local}@{domain}"
    return address, not address.isascii()


def dot_stuff(data):
    """CRLF line ends, leading dots doubled, ending in CRLF (RFC 5321 4.5.2)."""
    crlf = data.count(CRLF)
    if data.count(b"\n") != crlf or data.count(b"\r") != crlf:
        data = _BARE_NEWLINE.sub(CRLF, data)
    if data.startswith(b".") or b"\n." in data:
        data = _LEADING_DOT.sub(b"..", data)
    if not data.endswith(CRLF):
        data += CRLF
    return data


def angle_address(address):
    """``<address>`` for MAIL FROM / RCPT TO."""
    if _PLAIN_ADDRESS.match(address):
        return f"<{address}>"
    return smtplib.quoteaddr(address)


class SmtpTransport:
    """One SMTP connection, opened by Django's backend from the EMAIL_* settings."""

    def __init__(self, backend=None):
        self.backend = backend or get_connection(fail_silently=False)
        self.smtp = None

    def open(self):
        if self.smtp is None:
            self.backend.open()
            self.smtp = self.backend.connection
            if self.smtp.sock is not None:
                # The dot goes out as its own small write after the body; with
                # Nagle's algorithm it would wait for the body's ACK (40 ms).
                self.smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.smtp.ehlo_or_helo_if_needed()
            self.pipelining = self.smtp.has_extn("pipelining")
            self.eightbit = self.smtp.has_extn("8bitmime")
            self.smtputf8 = self.smtp.has_extn("smtputf8")
        return self

    def close(self):
        smtp, self.smtp = self.smtp, None
        self.backend.connection = None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            self._drop(smtp)

    def _drop(self, smtp=None):
        """Close without QUIT: the server discards any unfinished message."""
        smtp = smtp or self.smtp
        self.smtp = None
        self.backend.connection = None
        if smtp is not None:
            with contextlib.suppress(OSError):
                smtp.close()

    def _reset(self):
        try:
            code, _ = self.smtp.rset()
            if code != 250:
                self._drop()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def prepare(self, mail, subscriber, *, email, message_id):
        """One recipient's copy as the bytes that go over the wire."""
        return mail.message_bytes(subscriber, email=email, message_id=message_id)

    def send(self, envelope_from, recipient, data, before_dot):
        """Hand one message over; ``data`` is the finished message as bytes."""
        try:
            self.open()
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            return Outcome(TRANSIENT, reply=str(exc), stage="connect")
        rcpt, needs_utf8 = envelope_address(recipient)
        if needs_utf8 and not self.smtputf8:
            return Outcome(
                REJECTED, reply="server does not accept UTF-8 addresses", stage="rcpt"
            )
        options = []
        if self.eightbit and not data.isascii():
            options.append("BODY=8BITMIME")
        if needs_utf8:
            options.append("SMTPUTF8")
        mail = f"MAIL FROM:{angle_address(envelope_from)}"
        mail = " ".join([mail, *options])
        commands = [mail, f"RCPT TO:{angle_address(rcpt)}", "DATA"]
        smtp = self.smtp
        try:
            replies = self._envelope(smtp, commands)
            outcome = self._check_envelope(replies)
            if outcome:
                if replies[-1][0] == 354:  # Data mode despite errors: end it empty.
                    smtp.send(b"." + CRLF)
                    smtp.getreply()
                self._reset()
                return outcome
            smtp.send(dot_stuff(data))
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            return Outcome(TRANSIENT, reply=str(exc), stage="envelope")
        try:
            committed = before_dot()
        except BaseException:
            self._drop()  # Never send the dot: the server discards the message.
            raise
        if not committed:
            self._drop()
            return Outcome(ABORTED, stage="commit")
        try:
            smtp.send(b"." + CRLF)
            code, reply = smtp.getreply()
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            return Outcome(UNCERTAIN, reply=str(exc), stage="data")
        reply = reply.decode(errors="replace")
        if code == 250:
            return Outcome(SENT, code, reply, "data")
        if code == 421:
            self._drop()
        if 400 <= code < 500:
            return Outcome(TRANSIENT, code, reply, "data")
        return Outcome(REJECTED, code, reply, "data")

    def _envelope(self, smtp, commands):
        if self.pipelining:
            smtp.send("".join(c + "\r\n" for c in commands).encode())
            return [smtp.getreply() for _ in commands]
        replies = []
        for command in commands:
            smtp.send((command + "\r\n").encode())
            replies.append(smtp.getreply())
            if replies[-1][0] not in (250, 251, 354):
                break
        return replies

    def _check_envelope(self, replies):
        stages = ("mail", "rcpt", "data")
        for stage, (code, reply) in zip(stages, replies, strict=False):
            expected = 354 if stage == "data" else (250, 251)
            if code == expected or (isinstance(expected, tuple) and code in expected):
                continue
            reply = reply.decode(errors="replace")
            if code == 421 or code < 400:
                self._drop()
                return Outcome(TRANSIENT, code, reply, stage)
            if code < 500:
                return Outcome(TRANSIENT, code, reply, stage)
            if stage == "rcpt":
                return Outcome(REJECTED_RECIPIENT, code, reply, stage)
            if stage == "mail":
                # Our sender address or the session was refused: not the reader's
                # fault, and maybe fixed by an operator; retried with backoff.
                return Outcome(TRANSIENT, code, reply, stage)
            return Outcome(REJECTED, code, reply, stage)
        return None


class BackendTransport:
    """Any Django email backend: one ``send_messages([message])`` per message."""

    def __init__(self, backend=None):
        self.backend = backend or get_connection(fail_silently=False)
        self.opened = False

    def open(self):
        if not self.opened:
            self.backend.open()
            self.opened = True
        return self

    def close(self):
        if self.opened:
            self.opened = False
            # Whatever goes wrong while closing must not stop a send run.
            with contextlib.suppress(Exception):
                self.backend.close()

    def prepare(self, mail, subscriber, *, email, message_id):
        """One recipient's copy as an EmailMessage bound to this backend."""
        return mail.build_message(
            subscriber, email=email, message_id=message_id, connection=self.backend
        )

    def send(self, envelope_from, recipient, message, before_dot):
        """Hand one message over; the message carries its own envelope."""
        try:
            self.open()
        except Exception as exc:  # Any backend's own connection error.
            self.close()
            return Outcome(TRANSIENT, reply=str(exc), stage="connect")
        if not before_dot():
            return Outcome(ABORTED, stage="commit")
        try:
            sent = self.backend.send_messages([message])
        except (TimeoutError, ConnectionError) as exc:
            return Outcome(UNCERTAIN, reply=str(exc), stage="send")
        except Exception as exc:  # We cannot know whether it went out.
            return Outcome(
                UNCERTAIN, reply=f"{type(exc).__name__}: {exc}", stage="send"
            )
        if sent:
            return Outcome(SENT, stage="send")
        return Outcome(TRANSIENT, reply="backend sent nothing", stage="send")


def default_transport_class(backend_path):
    """SMTP spoken directly for Django's SMTP backend; else the backend itself."""
    return SmtpTransport if uses_smtp(backend_path) else BackendTransport
