"""DKIM: signing each finished message when a key is configured."""

import functools
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMultiAlternatives

# Headers the DKIM signature covers (RFC 8058 asks for the List-Unsubscribe pair).
DKIM_HEADERS = [
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"list-id",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
    b"mime-version",
    b"content-type",
]


@functools.lru_cache(maxsize=4)
def _read_key(path, mtime):
    return Path(path).read_bytes()


def dkim_settings():
    """(selector, domain, private key) when DKIM is configured, else None."""
    domain = settings.NEWSLETTER_DKIM_DOMAIN
    selector = settings.NEWSLETTER_DKIM_SELECTOR
    key_file = settings.NEWSLETTER_DKIM_PRIVATE_KEY_FILE
    if not (domain and selector and key_file):
        return None
    path = Path(key_file)
    return (
        selector.encode(),
        domain.encode(),
        _read_key(str(path), path.stat().st_mtime),
    )


def dkim_signature(message, config=None):
    """The ``DKIM-Signature: ...\\r\\n`` header line for ``message`` (bytes)."""
    import dkim

    config = config or dkim_settings()
    selector, domain, key = config
    return dkim.sign(
        message,
        selector,
        domain,
        key,
        canonicalize=(b"relaxed", b"relaxed"),
        include_headers=DKIM_HEADERS,
    )


class NewsletterEmail(EmailMultiAlternatives):
    """An EmailMultiAlternatives that DKIM-signs itself when a key is configured."""

    def message(self):
        msg = super().message()
        config = dkim_settings()
        if config:
            signature = dkim_signature(msg.as_bytes(linesep="\r\n"), config)
            name, _, value = signature.decode("ascii").partition(":")
            # Relaxed canonicalisation ignores how the header is folded.
            msg[name] = " ".join(value.split())
        return msg
