"""Tunables of following, read from settings.LEADERS_FOLLOWS with the house defaults."""

from django.conf import settings

DEFAULTS = {
    # Double opt-in: an unconfirmed request (and its link) lasts this long, then is purged.
    "CONFIRMATION_DAYS": 7,
    # The manage link in every email works this long after the email was sent.
    "MANAGE_LINK_DAYS": 90,
    # (window in seconds, follow requests allowed) per client address and per email address.
    "RATE_LIMITS": [(60 * 60, 5), (24 * 60 * 60, 20)],
    # How long a follower waits for the post in their language before getting the other one
    # with a note that theirs is not yet available (docs/decisions.md).
    "TRANSLATION_WAIT_HOURS": 48,
    # Sending: tries per email, the first retry's delay (doubled each time), rows per insert.
    "MAX_ATTEMPTS": 5,
    "RETRY_SECONDS": 60,
    "BATCH_SIZE": 500,
    # A claim older than this whose worker cannot be checked is taken as interrupted.
    "CLAIM_LEASE_SECONDS": 15 * 60,
}


def option(name):
    return getattr(settings, "LEADERS_FOLLOWS", {}).get(name, DEFAULTS[name])
