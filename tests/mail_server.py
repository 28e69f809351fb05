"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, keeping what it receives.

`MailServer.start()` listens on a free port; `settings()` is the environment that points a
worker's delivery here; `messages` are the received emails (parsed, with their envelope
recipients in `envelope_to`), `for_address(a)` those addressed to `a`, `wait_for(a)` waits for
them. `refuse(address, times)` makes the server answer "451 try again later" to that recipient
the next `times` tries (a mail server that refuses for a while; `times=None`: for ever;
`code=550` for a permanent refusal). Nothing leaves this machine.
"""

import email
import email.policy
import socket
import threading
import time

from aiosmtpd.controller import Controller


class _Handler:
    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []
        self.refusals = {}  # address -> (tries still to refuse (None: always), SMTP code)
        self.refused = {}  # address -> tries refused so far

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            remaining, code = self.refusals.get(address.lower(), (0, None))
            if remaining is None or remaining > 0:
                if remaining is not None:
                    self.refusals[address.lower()] = (remaining - 1, code)
                self.refused[address.lower()] = self.refused.get(address.lower(), 0) + 1
                if code >= 500:
                    return f"{code} 5.1.1 No such mailbox"
                return f"{code} 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.envelope_to = [address.lower() for address in envelope.rcpt_tos]
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"


class MailServer:
    def __init__(self):
        self.handler = _Handler()
        self.controller = None

    def start(self) -> "MailServer":
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller:
            self.controller.stop()
            self.controller = None

    @property
    def port(self) -> int:
        return self.controller.port

    def settings(self) -> dict:
        """The environment that points a process's SMTP delivery (EMAIL_HOST...) here."""
        return {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(self.port), "EMAIL_USE_TLS": "false"}

    @property
    def messages(self) -> list:
        with self.handler.lock:
            return list(self.handler.messages)

    def for_address(self, address: str) -> list:
        return [m for m in self.messages if address.lower() in m.envelope_to]

    def refuse(self, address: str, times: int | None, code: int = 451) -> None:
        with self.handler.lock:
            self.handler.refusals[address.lower()] = (times, code)

    def refused(self, address: str) -> int:
        with self.handler.lock:
            return self.handler.refused.get(address.lower(), 0)

    def wait_for(self, address: str, count: int = 1, timeout: float = 60) -> list:
        """The emails to `address` once `count` have arrived (the timeout is a safety stop)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            received = self.for_address(address)
            if len(received) >= count:
                return received
            time.sleep(0.1)
        raise AssertionError(f"{count} email(s) to {address} did not arrive in {timeout} s")
