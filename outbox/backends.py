"""The site's email backend: store the message and queue its delivery once the data commit.

A request never talks to the mail server. Queuing after the commit means a message never
leaves for data that were rolled back, and the worker never looks for a row it cannot see yet.
"""

from functools import partial

from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from .messages import to_json
from .models import OutgoingEmail
from .tasks import send_email


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            email = OutgoingEmail.objects.create(
                subject=str(message.subject)[:255], message=to_json(message)
            )
            transaction.on_commit(partial(send_email.enqueue, email.pk))
            queued += 1
        return queued
