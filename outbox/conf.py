"""The outbox's tunables and their defaults (override any in the settings)."""

from django.conf import settings

DEFAULTS = {
    # The backend that really delivers, used by the worker: SMTP in production.
    "OUTBOX_DELIVERY_BACKEND": "django.core.mail.backends.console.EmailBackend",
    # Tries in all before a message is marked failed.
    "OUTBOX_MAX_ATTEMPTS": 6,
    # Seconds before the first retry; each later retry waits twice as long as the one before.
    "OUTBOX_RETRY_DELAY": 60,
}


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])
