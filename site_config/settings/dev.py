"""Local development: the embedded default (SQLite and the cache in var/, console email)."""

from .base import *

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]

# Demo accounts (admin, comms, one per leader) are created by load_demo with this password.
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "leadership-demo-2026")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Django serves the media (sandboxed): no web server in front in development.
SERVE_MEDIA = True

# Demo content (`load_demo`); production settings never install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
