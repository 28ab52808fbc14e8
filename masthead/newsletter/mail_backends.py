"""Email backends of our own.

``EmlFileBackend`` writes each message as one RFC 822 ``.eml`` file in
``settings.EMAIL_FILE_PATH`` (``var/mail/`` by default): what ``make run`` uses
when no ``EMAIL_HOST`` is set, so that a newcomer can open each newsletter,
confirmation or test message in a mail program. Each file is written to a
hidden temporary file in the same folder and renamed into place, so a reader (or
a crash) never sees half a message.
"""

import os
import re
import tempfile
import threading
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail.backends.base import BaseEmailBackend

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class EmlFileBackend(BaseEmailBackend):
    def __init__(self, *args, file_path=None, **kwargs):
        super().__init__(*args, **kwargs)
        path = file_path or getattr(settings, "EMAIL_FILE_PATH", None)
        if not path:
            raise ImproperlyConfigured("EmlFileBackend needs EMAIL_FILE_PATH.")
        self.file_path = Path(path)
        self._lock = threading.Lock()
        self._count = 0

    def _name(self, message_id):
        with self._lock:
            self._count += 1
            count = self._count
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        ident = _UNSAFE.sub("_", (message_id or "").strip("<> "))[:80].strip("_")
        return f"{stamp}-{os.getpid()}-{count}-{ident or 'message'}.eml"

    def write(self, data, message_id=""):
        """Write one message (bytes) atomically; return its path."""
        self.file_path.mkdir(parents=True, exist_ok=True)
        final = self.file_path / self._name(message_id)
        fd, temp = tempfile.mkstemp(dir=self.file_path, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, final)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return final

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                mime = message.message()
                self.write(mime.as_bytes(linesep="\r\n"), mime["Message-ID"] or "")
            except Exception:
                if not self.fail_silently:
                    raise
            else:
                sent += 1
        return sent
