"""The `make serve` settings for the test worker: retries seconds apart, not minutes, so the
tests see a refused email retried and given up within their time budget."""

from site_config.settings.serve import *  # noqa: F403

OUTBOX_RETRY_DELAY = 0.5
OUTBOX_MAX_ATTEMPTS = 3
