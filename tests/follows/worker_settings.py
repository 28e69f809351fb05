"""Settings of a real `db_worker` in the sending tests: the test database, the database task
queue, and SMTP to the test's own aiosmtpd server on 127.0.0.1."""

import os

from site_config.settings.test import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["FOLLOWS_TEST_DATABASE"]  # noqa: F405
DATABASES["default"].pop("TEST", None)  # noqa: F405
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["FOLLOWS_TEST_SMTP_PORT"])
EMAIL_USE_TLS = False
EMAIL_TIMEOUT = 30
