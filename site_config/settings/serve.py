"""`make serve`: production settings on one machine, over plain http on 127.0.0.1.

Everything production does (DEBUG off, the manifest static files, CSP and the other headers,
throttled sign-in, the 503 page) except what needs TLS or outside services: the secret key is
generated once into var/secret_key, hosts default to this machine, the cache is Redis when
REDIS_URL is set (else files in var/cache/, shared by the workers), email goes to the console,
and Django serves the uploaded images (sandboxed; site_config/media.py). DATABASE_URL works as
everywhere else (SQLite in var/ by default).
"""

from django.core.management.utils import get_random_secret_key

from .base import *


def local_secret_key(path: Path) -> str:
    if not path.exists():
        path.write_text(get_random_secret_key())
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = False
SECRET_KEY = SECRET_KEY or local_secret_key(VAR_DIR / "secret_key")
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = [SITE_URL]
SERVE_MEDIA = True
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")

# A Varnish in front on this machine (deploy/varnish/, docs/deployment.md): where Wagtail's
# frontend cache sends its PURGE requests when a page changes.
if os.environ.get("FRONTEND_CACHE_LOCATION"):
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
        }
    }
