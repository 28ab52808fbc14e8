"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, recording what it accepts.

In-process (a thread)::

    with SmtpSink() as sink:
        ...send to 127.0.0.1:sink.port...
        sink.message_ids()      # Message-IDs of every accepted message, in order
        sink.connections        # TCP connections opened so far

Messages sent by another process (a worker under test) land in the same list,
since they arrive over TCP. ``record_file`` also appends one JSON line per
accepted message, for a sink that runs as its own process::

    python -m tests.newsletter.smtp_sink --port-file /tmp/port --record /tmp/m.jsonl

Scripted answers make a recipient fail: ``sink.rcpt_replies["a@example.org"] =
["451 4.3.0 Try later"]`` answers the next RCPT for that address with 451 (each
scripted reply is used once, then the address is accepted again).
``advertise_pipelining`` adds PIPELINING to the EHLO answer (aiosmtpd reads
commands in order, so pipelined clients work).
"""

import argparse
import email.parser
import json
import socket
import threading
import time
from collections import defaultdict
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

_headers = email.parser.BytesHeaderParser()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RecordingHandler:
    def __init__(self, sink):
        self.sink = sink

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.sink.advertise_pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.sink.scripted("rcpt", address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for address in envelope.rcpt_tos:
            reply = self.sink.scripted("data", address)
            if reply:
                return reply
        self.sink.accept(envelope, getattr(server, "connection_number", 0))
        return "250 Message accepted for delivery"


class _CountingController(Controller):
    def __init__(self, sink, **kwargs):
        self.sink = sink
        super().__init__(RecordingHandler(sink), **kwargs)

    def factory(self):
        server = SMTP(self.handler, **self.SMTP_kwargs)
        server.connection_number = self.sink.connection_opened()
        return server


class SmtpSink:
    def __init__(
        self,
        port=None,
        keep_data=True,
        record_file=None,
        advertise_pipelining=False,
    ):
        self.port = port or free_port()
        self.keep_data = keep_data
        self.record_file = Path(record_file) if record_file else None
        self.advertise_pipelining = advertise_pipelining
        self.lock = threading.Lock()
        self.messages = []
        self.connections = 0
        self.rcpt_replies = defaultdict(list)
        self.data_replies = defaultdict(list)
        self._controller = None

    # Called from the server's thread.
    def connection_opened(self):
        with self.lock:
            self.connections += 1
            return self.connections

    def scripted(self, stage, address):
        replies = self.rcpt_replies if stage == "rcpt" else self.data_replies
        with self.lock:
            queue = replies.get(address.lower())
            return queue.pop(0) if queue else None

    def accept(self, envelope, connection):
        content = envelope.original_content or envelope.content
        headers = _headers.parsebytes(content)
        record = {
            "message_id": (headers["Message-ID"] or "").strip(),
            "rcpt": list(envelope.rcpt_tos),
            "mail_from": envelope.mail_from,
            "size": len(content),
            "connection": connection,
        }
        with self.lock:
            if self.keep_data:
                record["data"] = content
            self.messages.append(record)
            if self.record_file:
                line = {k: v for k, v in record.items() if k != "data"}
                with self.record_file.open("a") as f:
                    f.write(json.dumps(line) + "\n")

    # Called by tests.
    def message_ids(self):
        with self.lock:
            return [m["message_id"] for m in self.messages]

    def recipients(self):
        with self.lock:
            return [r for m in self.messages for r in m["rcpt"]]

    def wait_for(self, count, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return True
            time.sleep(0.01)
        return False

    def reset(self):
        with self.lock:
            self.messages.clear()
            self.connections = 0

    def start(self):
        self._controller = _CountingController(
            self, hostname="127.0.0.1", port=self.port, ready_timeout=10
        )
        self._controller.start()
        # Starting makes one probe connection of its own; it is not a client's.
        with self.lock:
            self.connections = 0
        return self

    def stop(self):
        if self._controller:
            self._controller.stop()
            self._controller = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="Write the port here once listening.")
    parser.add_argument("--record", help="Append one JSON line per message here.")
    parser.add_argument("--pipelining", action="store_true")
    args = parser.parse_args()
    sink = SmtpSink(
        port=args.port or None,
        keep_data=False,
        record_file=args.record,
        advertise_pipelining=args.pipelining,
    ).start()
    if args.port_file:
        Path(args.port_file).write_text(str(sink.port))
    print(f"SMTP sink listening on 127.0.0.1:{sink.port}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
