"""`make bench-mail`: the development settings against the mail benchmark's own database
(var/bench/mail.sqlite3), the database task queue, and SMTP to the benchmark's local aiosmtpd
server on 127.0.0.1 (BENCH_SMTP_PORT)."""

import os
from pathlib import Path

_BENCH_DIR = Path(os.environ.get("VAR_DIR", Path(__file__).resolve().parents[2] / "var")) / "bench"
os.environ["DATABASE_URL"] = f"sqlite:///{_BENCH_DIR / 'mail.sqlite3'}"

from .dev import *  # noqa: E402 - the environment above must be set first

_BENCH_DIR.mkdir(parents=True, exist_ok=True)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CACHES["pages"] = CACHES["default"]
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ.get("BENCH_SMTP_PORT", "8026"))
EMAIL_USE_TLS = False
SITE_URL = "https://leaders.example"
LOGGING = {"version": 1, "disable_existing_loggers": False}
