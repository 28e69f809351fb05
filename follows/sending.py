"""Sending new-post emails: fan-out in batches, one claim per email, retries with backoff.

Why each email is claimed on its own, committed before the SMTP conversation: a worker killed
at any moment then leaves at most one email in `sending`. The next run marks it `interrupted`
(the mail server may already hold it) and sends every still-queued email once. A batch claim
would leave a whole batch in doubt. Followers are read in chunks of ids, never all at once.
"""

import logging
import os
import smtplib
import socket
from datetime import timedelta

from django.db.models import F, Min
from django.utils import timezone

from leaders.models import BlogPostPage
from outbox.delivery import delivery_connection, describe

from . import emails
from .conf import option
from .models import Announcement, Delivery, Follower
from .versions import live_version

logger = logging.getLogger(__name__)

HOST = socket.gethostname()


def worker_id() -> str:
    return f"{HOST}:{os.getpid()}"


def run():
    release_interrupted()
    for announcement in Announcement.objects.filter(fanned_out=False):
        fan_out(announcement)
    send_due()


def fan_out(announcement):
    """One queued delivery per confirmed follower of the post's leader, in batches. Followers
    of a language the post is not live in yet wait for that version (docs/decisions.md)."""
    now = timezone.now()
    wait_until = announcement.created_at + timedelta(hours=option("TRANSLATION_WAIT_HOURS"))
    followers = (
        Follower.objects.filter(confirmed_at__isnull=False, follows__blog_key=announcement.blog_key)
        .order_by("pk")
        .values_list("pk", "language")
    )
    live = {}
    batch = []
    for pk, language in followers.iterator(chunk_size=option("BATCH_SIZE")):
        if language not in live:
            live[language] = (
                live_version(BlogPostPage, announcement.translation_key, language) is not None
            )
        batch.append(
            Delivery(
                follower_id=pk,
                announcement=announcement,
                next_attempt_at=now if live[language] else max(now, wait_until),
            )
        )
        if len(batch) >= option("BATCH_SIZE"):
            Delivery.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Delivery.objects.bulk_create(batch, ignore_conflicts=True)
    Announcement.objects.filter(pk=announcement.pk).update(fanned_out=True)


def release_interrupted():
    """Claims whose worker is gone (dead process on this host, or older than the lease)."""
    lease = timezone.now() - timedelta(seconds=option("CLAIM_LEASE_SECONDS"))
    for pk, claimed_by, claimed_at in Delivery.objects.filter(
        state=Delivery.State.SENDING
    ).values_list("pk", "claimed_by", "claimed_at"):
        if claimed_at < lease or _is_dead_here(claimed_by):
            Delivery.objects.filter(pk=pk, state=Delivery.State.SENDING).update(
                state=Delivery.State.INTERRUPTED,
                last_error="The worker stopped while sending; not sent again.",
            )


def _is_dead_here(claimed_by: str) -> bool:
    host, _sep, pid = claimed_by.rpartition(":")
    if host != HOST or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def claim_next():
    """Claim the next due email for this worker; None when none is due."""
    me = worker_id()
    while True:
        now = timezone.now()
        pk = (
            Delivery.objects.filter(state=Delivery.State.QUEUED, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", flat=True)
            .first()
        )
        if pk is None:
            return None
        claimed = Delivery.objects.filter(pk=pk, state=Delivery.State.QUEUED).update(
            state=Delivery.State.SENDING,
            claimed_by=me,
            claimed_at=now,
            attempts=F("attempts") + 1,
        )
        if claimed:
            return Delivery.objects.select_related("follower", "announcement").get(pk=pk)


def send_due():
    connection = delivery_connection()
    try:
        while (delivery := claim_next()) is not None:
            send_one(delivery, connection)
    finally:
        connection.close()


def send_one(delivery, connection):
    try:
        message = emails.new_post_message(delivery, connection)
        if message is None:  # the post is no longer live in any language: nothing to send
            _finish(delivery, Delivery.State.FAILED, "The post is not live any more.")
            return
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("New post email %s not sent: %s", delivery.pk, error)
        _retry_or_fail(delivery, error)
        connection.close()  # a fresh connection for the next email
        return
    _finish(delivery, Delivery.State.SENT, language=message.language)


def _finish(delivery, state, error="", language=""):
    Delivery.objects.filter(pk=delivery.pk, state=Delivery.State.SENDING).update(
        state=state,
        sent_at=timezone.now() if state == Delivery.State.SENT else None,
        last_error=error[:500],
        language=language,
    )


def _retry_or_fail(delivery, error):
    reason = describe(error)  # without the addresses some SMTP errors quote
    if delivery.attempts >= option("MAX_ATTEMPTS"):
        _finish(delivery, Delivery.State.FAILED, reason)
        return
    delay = option("RETRY_SECONDS") * 2 ** (delivery.attempts - 1)
    Delivery.objects.filter(pk=delivery.pk, state=Delivery.State.SENDING).update(
        state=Delivery.State.QUEUED,
        next_attempt_at=timezone.now() + timedelta(seconds=delay),
        last_error=reason,
    )


def next_due():
    """When the earliest still-queued email is due, or None when nothing is queued."""
    return Delivery.objects.filter(state=Delivery.State.QUEUED).aggregate(
        due=Min("next_attempt_at")
    )["due"]
