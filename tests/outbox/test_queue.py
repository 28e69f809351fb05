"""The outbox in one process: what the backend stores and when it queues, and what one try of
the worker's task does against a real SMTP server (the worker itself: tests/production/
test_outbox.py)."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives, send_mail
from django.db import transaction
from django.utils import timezone

from outbox.delivery import deliver, delivery_connection
from outbox.headers import one_click_unsubscribe
from outbox.models import OutgoingEmail
from tests.production.conftest import closed_port

QUEUED = "outbox.backends.QueuedEmailBackend"


@pytest.fixture
def queued(settings):
    """The production arrangement: the site queues, the worker delivers (here to locmem)."""
    settings.EMAIL_BACKEND = QUEUED
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def over_smtp(settings, smtp_server):
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_USE_TLS = False
    settings.OUTBOX_MAX_ATTEMPTS = 3
    settings.OUTBOX_RETRY_DELAY = 60
    return smtp_server


def full_message():
    message = EmailMultiAlternatives(
        subject="Croeso, welcome: “quoted”",
        body="Plain words.",
        from_email="Leadership Voices <noreply@council.example>",
        to=["ann@residents.example"],
        cc=["ben@residents.example"],
        bcc=["cai@residents.example"],
        reply_to=["help@council.example"],
        headers=one_click_unsubscribe("https://leaders.example/stop/abc/"),
    )
    message.attach_alternative("<p>Plain words.</p>", "text/html")
    return message


@pytest.mark.django_db
def test_a_message_arrives_whole_after_the_commit(queued, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        assert full_message().send() == 1
    assert mail.outbox == []  # nothing leaves before the commit
    assert OutgoingEmail.objects.get().state == "queued"

    for callback in callbacks:
        callback()  # the commit: the task is queued and (tasks run at once in tests) delivered

    [delivered] = mail.outbox
    expected = full_message()
    for field in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to"):
        assert getattr(delivered, field) == getattr(expected, field), field
    assert delivered.extra_headers == {
        "List-Unsubscribe": "<https://leaders.example/stop/abc/>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    assert delivered.alternatives == [("<p>Plain words.</p>", "text/html")]
    email = OutgoingEmail.objects.get()
    assert (email.state, email.attempts, email.message) == ("sent", 1, {})


@pytest.mark.django_db
def test_an_email_sent_in_a_rolled_back_transaction_is_never_queued(
    queued, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_mail("Never", "Rolled back.", None, ["ann@residents.example"])
        raise RuntimeError

    assert callbacks == []
    assert not OutgoingEmail.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_message_with_an_attachment_is_refused_loudly(queued):
    message = full_message()
    message.attach("minutes.txt", "text", "text/plain")

    with pytest.raises(ValueError, match="attachments"):
        message.send()


def test_the_delivery_backend_cannot_be_the_queue_itself(settings):
    settings.OUTBOX_DELIVERY_BACKEND = QUEUED

    with pytest.raises(ImproperlyConfigured):
        delivery_connection()


def queued_email(to="ann@residents.example"):
    message = EmailMultiAlternatives("Hello", "Words.", "noreply@council.example", [to])
    from outbox.messages import to_json

    return OutgoingEmail.objects.create(subject="Hello", message=to_json(message))


@pytest.mark.django_db
def test_one_try_delivers_over_smtp_and_a_second_run_sends_nothing(over_smtp):
    email = queued_email("gwen@residents.example")

    deliver(email.pk, retry=pytest.fail)
    deliver(email.pk, retry=pytest.fail)

    assert len(over_smtp.for_address("gwen@residents.example")) == 1
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("sent", 1)


@pytest.mark.django_db
def test_a_temporary_refusal_queues_a_later_try_with_a_growing_wait(over_smtp):
    over_smtp.refuse("huw@residents.example", times=2)
    email = queued_email("huw@residents.example")
    retries = []

    deliver(email.pk, retry=retries.append)
    deliver(email.pk, retry=retries.append)

    email.refresh_from_db()
    assert (email.state, email.attempts) == ("queued", 2)
    assert email.last_error == "Every recipient refused (SMTP 451)"
    assert "huw@" not in email.last_error
    first, second = (run_after - timezone.now() for run_after in retries)
    assert datetime.timedelta(seconds=55) < first <= datetime.timedelta(seconds=60)
    assert datetime.timedelta(seconds=115) < second <= datetime.timedelta(seconds=120)
    deliver(email.pk, retry=pytest.fail)
    email.refresh_from_db()
    assert (email.state, email.attempts, email.message) == ("sent", 3, {})


@pytest.mark.django_db
def test_the_last_try_marks_the_email_failed_and_forgets_the_message(over_smtp):
    over_smtp.refuse("iolo@residents.example", times=None)
    email = queued_email("iolo@residents.example")
    retries = []

    for _ in range(3):
        deliver(email.pk, retry=retries.append)

    email.refresh_from_db()
    assert len(retries) == 2
    assert (email.state, email.attempts, email.message) == ("failed", 3, {})
    assert email.finished_at is not None


@pytest.mark.django_db
def test_a_permanent_refusal_fails_at_once(over_smtp):
    over_smtp.refuse("jac@residents.example", times=None, code=550)
    email = queued_email("jac@residents.example")

    deliver(email.pk, retry=pytest.fail)

    email.refresh_from_db()
    assert (email.state, email.attempts) == ("failed", 1)
    assert email.last_error == "Every recipient refused (SMTP 550)"


@pytest.mark.django_db
def test_a_message_that_cannot_be_written_fails_at_once_and_reaches_nobody(over_smtp):
    email = queued_email('"a\x0bBcc:v@evil.example"@residents.example')

    deliver(email.pk, retry=pytest.fail)

    email.refresh_from_db()
    assert (email.state, email.attempts) == ("failed", 1)
    assert email.last_error == "The message could not be written (HeaderParseError)"
    assert not over_smtp.for_address("v@evil.example")


@pytest.mark.django_db
def test_a_mail_server_that_does_not_answer_is_retried(over_smtp, settings):
    settings.EMAIL_PORT = closed_port()
    email = queued_email()
    retries = []

    deliver(email.pk, retry=retries.append)

    email.refresh_from_db()
    assert len(retries) == 1
    assert email.state == "queued"
    assert email.last_error.startswith("ConnectionRefusedError")
