"""An email backend whose mail server is down, for proving a failed send loses nothing."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class MailServerDownBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
