"""Delivering a queued email through the real mail backend, with retries and a final state.

django-tasks retries nothing by itself, so a failed try queues the task again with a later
`run_after` (doubling the wait each time) until `OUTBOX_MAX_ATTEMPTS`; a permanent refusal
(an SMTP 5xx) or the last try marks the email failed, for the communications team's report.
"""

import smtplib
from collections.abc import Callable
from datetime import datetime, timedelta
from email.errors import MessageError

from django.core.exceptions import ImproperlyConfigured
from django.core.mail import BadHeaderError, get_connection
from django.utils import timezone

from .conf import setting
from .messages import from_json
from .models import OutgoingEmail


def delivery_connection():
    """A connection of the backend that really delivers (SMTP in production), for code that
    already runs in the worker and sends itself."""
    backend = setting("OUTBOX_DELIVERY_BACKEND")
    if backend.startswith("outbox."):
        raise ImproperlyConfigured("OUTBOX_DELIVERY_BACKEND must deliver, not queue again.")
    return get_connection(backend, fail_silently=False)


def describe(error: Exception) -> str:
    """What went wrong, without the addresses some SMTP errors quote."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _ in error.recipients.values()})
        return f"Every recipient refused (SMTP {', '.join(map(str, codes))})"
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error
        text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
        return f"SMTP {error.smtp_code}: {text}"[:500]
    return f"{type(error).__name__}: {error}"[:500]


def is_permanent(error: Exception) -> bool:
    """A 5xx answer will not change on a retry; a 4xx, a timeout or a refused connection may."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=setting("OUTBOX_RETRY_DELAY") * 2 ** (attempts - 1))


def deliver(email_id: int, retry: Callable[[datetime], object]) -> None:
    """Try to deliver one queued email; `retry(run_after)` queues the next try."""
    email = OutgoingEmail.objects.filter(pk=email_id, state=OutgoingEmail.State.QUEUED).first()
    if email is None:
        return  # already sent or given up: a second run of the task sends nothing
    email.attempts += 1
    try:
        with delivery_connection() as connection:
            connection.send_messages([from_json(email.message)])
    except (BadHeaderError, MessageError) as error:
        # The message cannot be written (a header the mail library reads as two lines): no
        # retry will change that, and the task must not die leaving the email queued forever.
        # The error quotes the header, so only its kind is kept (the report shows no address).
        email.last_error = f"The message could not be written ({type(error).__name__})"
        finish(email, OutgoingEmail.State.FAILED)
    except (smtplib.SMTPException, OSError) as error:
        email.last_error = describe(error)
        if is_permanent(error) or email.attempts >= setting("OUTBOX_MAX_ATTEMPTS"):
            finish(email, OutgoingEmail.State.FAILED)
        else:
            email.save(update_fields=["attempts", "last_error"])
            retry(timezone.now() + retry_delay(email.attempts))
    else:
        finish(email, OutgoingEmail.State.SENT)


def finish(email: OutgoingEmail, state: str) -> None:
    email.state = state
    email.finished_at = timezone.now()
    email.message = {}
    email.save(update_fields=["state", "attempts", "last_error", "finished_at", "message"])
