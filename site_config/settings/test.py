"""What pytest uses: fast hashing, plain static storage, in-memory email, tasks run at once."""

from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SITE_URL = "https://leaders.example"
WAGTAILADMIN_BASE_URL = SITE_URL
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest storage needs collectstatic first; tests use plain storage.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Email goes straight to `mail.outbox`, and tasks run at once: in a TestCase no transaction
# commits, so a queue filled on commit would stay empty. tests/outbox/ proves the queued path
# with a real worker and a real SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    alias: {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    for alias in ("default", "background")
}
MEDIA_ROOT = VAR_DIR / "test-media"
DEMO_PASSWORD = "test-demo-password"  # noqa: S105
# Serve static files from the source folders (no collectstatic) for the live-server browser tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# --- Comments ---
# Concurrency tests need SQLite's real locking: an in-memory shared-cache database answers
# "table is locked" at once instead of waiting, so the SQLite test database is a file in var/.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
# --- Caches: per process unless CI points them at Redis ---
# The default cache too: each pytest process starts from empty counters, with no files left by
# an earlier run (the file cache of `make run` and `make serve` has its own tests).
if not os.environ.get("REDIS_URL"):
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
    }

# The tests load the demo (`load_demo`) and seed listings (`seed_scale`).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
