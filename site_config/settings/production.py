"""Production: every secret and host comes from the environment; missing ones stop the start.

Required: SECRET_KEY, ALLOWED_HOSTS, SITE_URL (https), DATABASE_URL, REDIS_URL,
DEFAULT_FROM_EMAIL, EMAIL_HOST. Optional: EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD,
EMAIL_USE_TLS, MEDIA_ROOT, CLIENT_IP_HEADER, CLIENT_IP_TRUSTED_PROXIES, SECURE_SSL_REDIRECT,
LOG_LEVEL, and single sign-on's OIDC_* (read in base.py, as in every environment).
docs/deployment.md describes each one.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production (see docs/deployment.md)."
        )
    return value


SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in required("ALLOWED_HOSTS").split(",") if h.strip()]
SITE_URL = required("SITE_URL").rstrip("/")
if not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured("SITE_URL must be an https:// URL in production.")
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = [SITE_URL]

# Shared state: one database and one cache for every worker and every app server (the
# sign-in throttle counters would be per process with the memory cache).
required("DATABASE_URL")
required("REDIS_URL")
DATABASES = {"default": database_from_environment()}

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
# nginx (docs/deployment.md) answers /healthz and /readyz over plain http on the loopback.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Mail is how the workflow and comment confirmation reach people: the worker delivers over SMTP,
# never to a silent console.
EMAIL_HOST = required("EMAIL_HOST")
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = required("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")
