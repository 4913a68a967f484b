"""A real SMTP server on loopback (aiosmtpd) that a test can stop and start again on one port."""

import email
import email.policy
import socket

from aiosmtpd.controller import Controller


class Inbox:
    """Collects what the server accepted, as parsed messages."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"


class MailServer:
    def __init__(self):
        self.inbox = Inbox()
        with socket.socket() as probe:  # a free port, kept for every restart
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._controller = None

    @property
    def messages(self):
        return self.inbox.messages

    @property
    def running(self):
        return self._controller is not None

    def start(self):
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        if self.running:
            self._controller.stop()
            self._controller = None
