"""Tunables of commenting, read from settings.LEADERS_COMMENTS with the house defaults."""

from django.conf import settings

DEFAULTS = {
    "MIN_SECONDS_TO_SUBMIT": 3,
    "RATE_LIMITS": [(60, 5), (24 * 60 * 60, 30)],  # (window in seconds, posts allowed)
    "DUPLICATE_WINDOW_SECONDS": 10 * 60,
    "LINKS_TO_HOLD": 2,
    "CONFIRMATION_DAYS": 7,
    "IP_RETENTION_DAYS": 30,
    "REMOVED_RETENTION_DAYS": 90,
}


def option(name):
    return getattr(settings, "LEADERS_COMMENTS", {}).get(name, DEFAULTS[name])
