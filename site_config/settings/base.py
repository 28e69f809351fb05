"""Settings shared by every environment; dev, test and production only say how they differ."""

import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from site_config.sso.environment import sso_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)  # the SQLite file, media and artefacts live here

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

# The public base URL of the site: links in emails, Wagtail's admin notifications, canonical URLs.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# Where the Wagtail admin is mounted (site_config/urls.py). Nothing else spells it out: the
# second factor, the admin's security headers and robots.txt ask the URL configuration
# (site_config/admin_path.py).
ADMIN_PATH = "admin/"

# Our apps first, so their templates and translations win over the packages' own. The
# dependencies between them run one way (see pyproject.toml, [tool.importlinter]).
INSTALLED_APPS = [
    "site_config",
    "site_config.sso",
    "home",
    "comments",
    "follows",
    "pagecache",
    "leaders",
    "outbox",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # django_comments_xtd must come before django_comments: its templates and models win.
    "django_comments_xtd",
    "django_comments",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

SITE_ID = 1

# In order, outermost first.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, so every response (redirects, errors, static files too)
    # gets the CSP and the other headers.
    "site_config.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every page and feed, 304 on If-None-Match; WhiteNoise answers static files itself.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the URL (/cy/… Welsh, anything else English): after sessions, before
    # CommonMiddleware (Django's order) and before the page cache, whose keys carry the language.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The TOTP second factor (site_config/two_factor.py): django-otp marks verified sessions,
    # then ours keeps unverified ones out where the second factor is due.
    "django_otp.middleware.OTPMiddleware",
    "site_config.two_factor.RequireSecondFactorMiddleware",
    # Single sign-on sessions end with the provider's token (site_config/sso/middleware.py).
    "site_config.sso.middleware.SessionCheckMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After sessions, CSRF and messages on the way in: they have read the request, and on the
    # way out they add their own per-reader cookies to a response served from the cache.
    "pagecache.middleware.PageCacheMiddleware",
    # Innermost, so their process_exception runs first; a damaged form is told before a bad id.
    "site_config.faults.UnusableIdMiddleware",
    "site_config.faults.MalformedFormMiddleware",
]

ROOT_URLCONF = "site_config.urls"
WSGI_APPLICATION = "site_config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


def sqlite_database(path: Path) -> dict:
    """The embedded default: a file database tuned for concurrent readers and a few writers.

    WAL lets readers proceed during a write; IMMEDIATE transactions take the write lock up
    front, so two writers queue (up to `timeout` seconds) instead of failing mid-transaction.
    """
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


def database_from_environment() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return sqlite_database(VAR_DIR / "db.sqlite3")
    config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        return sqlite_database(Path(config["NAME"]))
    return config


DATABASES = {"default": database_from_environment()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_from_environment() -> dict:
    """Redis when REDIS_URL is set, else files in var/cache/default: either way one cache for
    every worker process, so rate limits and sign-in throttling count once per site, not once
    per worker (the file cache's counters are atomic across processes: site_config/file_cache.py).
    """
    url = os.environ.get("REDIS_URL", "")
    if url:
        return {
            # Redis down must not take the site down: a failed call is a miss (see cache.py)
            "BACKEND": "site_config.fail_open_redis.FailOpenRedisCache",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            "LOCATION": url,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "lv"),
        }
    return {
        "BACKEND": "site_config.file_cache.LockedFileCache",
        "LOCATION": str(VAR_DIR / "cache" / "default"),
        # Django culls entries at random beyond MAX_ENTRIES (300 by default), counters included.
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }


CACHES = {"default": cache_from_environment()}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# English at /…, Welsh at /cy/… (site_config/urls.py). Each language is named in itself, as the
# language switcher shows it, whatever language the page around it is in.
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Every email leaves through the outbox's queue (docs/email.md): the request stores it, the worker
# (`manage.py db_worker`) delivers it through OUTBOX_DELIVERY_BACKEND and retries a refusal.
EMAIL_BACKEND = "outbox.backends.QueuedEmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() != "false"
EMAIL_TIMEOUT = 10
OUTBOX_DELIVERY_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Leadership Voices <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (Django's Tasks API). The site's own (sending email) use the "background"
# backend: kept in the database and run by `manage.py db_worker --backend background`, beside
# the web server in every environment. Wagtail's tasks (search index, reference index) keep the
# default backend and run at once, so search is never stale while the worker is down
# (docs/decisions.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# Wagtail
WAGTAIL_SITE_NAME = "Leadership Voices"
# A page tree per language under the one Site (docs/i18n.md): the Welsh home page is a
# translation of the English one, and every page below has its Welsh translation or, until it
# has one, an alias that tells readers so.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A page created in one language gets an alias in the other at once (the tree stays in step);
# moving, deleting or unpublishing a page does the same to its translations.
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True
# The update check sends the site's host name to a third party (privacy by default).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff avatars are the uploaded ones or Wagtail's local default: asking Gravatar would send a
# hash of every staff member's email address to a third party on every admin page.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's database backend: SQLite's FTS5, or PostgreSQL's full-text search, where each
# language's pages are indexed and searched with their own text search configuration
# (home/search_backend.py): English stemming for English, `simple` for Welsh, for which
# PostgreSQL has no dictionary. After changing a configuration, run `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "home.search_backend",
        "SEARCH_CONFIG": "english",
        "SEARCH_CONFIGS": {"en-gb": "english", "cy": "simple"},
    }
# Videos are recognised and built locally: no oEmbed request at save or render time.
WAGTAILEMBEDS_FINDERS = [{"class": "leaders.embeds.LocalVideoFinder"}]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- Editorial workflow ---
# Completing the workflow publishes a leader's post even though nobody but a superuser may
# publish one directly (leaders/publishing.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "leaders.publishing.publish_approved"
# An edit after a step approved sends the post back through that step: what the leader signed
# off and the communications team approved is exactly what goes live.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
COMMENTS_APP = "django_comments_xtd"
COMMENT_MAX_LENGTH = 3000
# Replies nest two levels under a top-level comment (a comment, a reply, a reply to the reply).
COMMENTS_XTD_MAX_THREAD_LEVEL = 2
# xtd would send mail from unmanaged threads (failures lost, tests race); send it in the request.
COMMENTS_XTD_THREADED_EMAILS = False
# Anonymous commenters confirm by email (single-use links, comments/submission.py).
COMMENTS_XTD_CONFIRM_EMAIL = True
# The form's signed timestamp expires after two hours (django_comments reads this setting).
COMMENTS_TIMEOUT = 2 * 60 * 60
# Overrides of the spam rules and data retention; the defaults, and what each key means, are
# in comments/conf.py (one place), e.g. {"LINKS_TO_HOLD": 3}.
LEADERS_COMMENTS = {}
# Following leaders by email: overrides of follows/conf.py (rate limits, wait for a translation,
# retries). docs/follows.md says what each key means.
LEADERS_FOLLOWS = {}
# --- Performance: shared page cache, conditional GET ---
# Whole responses for anonymous readers live in their own cache, shared by every worker process:
# Redis when REDIS_URL is set, else files under var/cache/pages (a per-process memory cache would
# keep serving a stale page from the workers that did not see the invalidation).
if os.environ.get("REDIS_URL"):
    CACHES["pages"] = {
        **CACHES["default"],
        "KEY_PREFIX": CACHES["default"]["KEY_PREFIX"] + "-pages",
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "pages"),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() != "false"
PAGE_CACHE_TIMEOUT = 3600  # seconds; invalidation is by version tags, this only bounds staleness
PAGE_CACHE_FORM_TIMEOUT = 300  # seconds, for pages carrying a form (CSRF token, timestamp)
# What public pages tell a CDN (pagecache/cache_control.py), in seconds: keep a page ten minutes
# (every change purges it anyway), refresh it in the background for a minute after that, and
# serve the last good copy for a day while the site fails.
CDN_MAX_AGE = int(os.environ.get("CDN_MAX_AGE", "600"))
CDN_STALE_WHILE_REVALIDATE = 60
CDN_STALE_IF_ERROR = 86400
# --- Production hardening: headers, faults, media safety, sign-in throttling ---

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Wagtail's admin and the comment form take the CSRF token from the page, never the cookie.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Request bodies: 2.5 MB of form data at most (a 413-like 400 past it); uploads go to disk.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Documents always go through Wagtail's serve view (permission checks, CSP `default-src 'none'`,
# nosniff) and always download: no PDF or HTML rendered inline in the site's origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Images: 10 MB and 40 megapixels at most; SVG for the communications team only.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "site_config.images.ImageForm"
# Django serves MEDIA_ROOT itself only in development and `make serve` (with a sandbox CSP).
SERVE_MEDIA = False

# Optional second factor for the admin (site_config/two_factor.py): an authenticator app
# (TOTP) or a passkey (site_config/passkeys.py), with backup codes for a lost one. Required for
# every admin user when ADMIN_REQUIRE_SECOND_FACTOR=true; ADMIN_REQUIRE_TOTP is its deprecated
# name and still works. Until it is passed a session is signed in nowhere.
WAGTAILADMIN_REQUIRE_SECOND_FACTOR = any(
    os.environ.get(name, "").lower() == "true"
    for name in ("ADMIN_REQUIRE_SECOND_FACTOR", "ADMIN_REQUIRE_TOTP")
)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Passkeys (django-otp-webauthn): the relying party ID (SITE_URL's host) and the one accepted
# origin (SITE_URL's) are read from SITE_URL at each ceremony (site_config/passkeys.py); the
# package has no setting for an origin read late, so its check for a fixed list is silenced.
OTP_WEBAUTHN_HELPER_CLASS = "site_config.passkeys.SiteWebAuthnHelper"
OTP_WEBAUTHN_RP_ID_CALLABLE = "site_config.passkeys.relying_party_id"
OTP_WEBAUTHN_RP_NAME = WAGTAIL_SITE_NAME
SILENCED_SYSTEM_CHECKS = ["otp_webauthn.E030"]

# Sign-in throttling for every door, in the authentication backend (site_config/signin.py);
# the same form on the admin login and on Wagtail's front-end login (site_config/urls.py).
AUTHENTICATION_BACKENDS = [
    "site_config.signin.ThrottledModelBackend",
    # Single sign-on (site_config/sso/): after the throttle, whose address lockout stops it too.
    "site_config.sso.backend.SSOBackend",
    # A passkey sign-in (site_config/passkeys.py), after the throttle, which can refuse it.
    "site_config.passkeys.PasskeyBackend",
]
WAGTAILADMIN_USER_LOGIN_FORM = "site_config.signin.LoginForm"
SIGNIN_MAX_FAILURES_PER_ACCOUNT = 5
SIGNIN_MAX_FAILURES_PER_IP = 20
SIGNIN_LOCKOUT_SECONDS = 15 * 60
# An address that completed a sign-in to an account is its owner's usual address this long.
SIGNIN_KNOWN_ADDRESS_DAYS = 30
# The request header holding the client address when behind a trusted proxy (e.g.
# "HTTP_X_REAL_IP" set by nginx); REMOTE_ADDR otherwise. Used by the sign-in throttle and the
# rate limits of public forms (site_config/client_address.py).
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "REMOTE_ADDR")


def trusted_proxies(value: str) -> list:
    """CLIENT_IP_TRUSTED_PROXIES="10.0.0.0/8,192.0.2.7": our proxies in X-Forwarded-For."""
    try:
        return [ipaddress.ip_network(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError as error:
        raise ImproperlyConfigured(
            f"CLIENT_IP_TRUSTED_PROXIES must be addresses or networks, comma-separated: {error}"
        ) from error


CLIENT_IP_TRUSTED_PROXIES = trusted_proxies(os.environ.get("CLIENT_IP_TRUSTED_PROXIES", ""))


# --- Comment rate limits from the environment ---
def comment_rate_limits(value: str) -> list[tuple[int, int]]:
    """COMMENT_RATE_LIMITS="60:5,86400:30" (window in seconds:posts allowed, comma-separated)
    replaces the default limits, e.g. for a load test where every client shares one address."""
    try:
        limits = [
            (int(window), int(allowed))
            for window, allowed in (pair.split(":") for pair in value.split(","))
        ]
    except ValueError:
        limits = []
    if not limits or any(window < 1 or allowed < 1 for window, allowed in limits):
        raise ImproperlyConfigured(
            f"COMMENT_RATE_LIMITS must look like '60:5,86400:30' (seconds:posts, each a whole "
            f"number of at least 1), not {value!r}"
        )
    return limits


if os.environ.get("COMMENT_RATE_LIMITS"):
    LEADERS_COMMENTS["RATE_LIMITS"] = comment_rate_limits(os.environ["COMMENT_RATE_LIMITS"])


# --- Single sign-on with the organisation's OpenID Connect provider (site_config/sso/) ---
# OIDC_OP_ISSUER, OIDC_RP_CLIENT_ID, OIDC_RP_CLIENT_SECRET, OIDC_BUTTON_LABEL(_CY),
# OIDC_GROUPS_CLAIM, OIDC_GROUP_MAP, OIDC_ONLY from the environment (docs/deployment.md); with
# OIDC_OP_ISSUER unset single sign-on is off and sign-in works as without it.
_sso = sso_settings(os.environ)
OIDC_OP_ISSUER = _sso["OIDC_OP_ISSUER"]
OIDC_RP_CLIENT_ID = _sso["OIDC_RP_CLIENT_ID"]
OIDC_RP_CLIENT_SECRET = _sso["OIDC_RP_CLIENT_SECRET"]
OIDC_BUTTON_LABEL = _sso["OIDC_BUTTON_LABEL"]
OIDC_BUTTON_LABEL_CY = _sso["OIDC_BUTTON_LABEL_CY"]
OIDC_GROUPS_CLAIM = _sso["OIDC_GROUPS_CLAIM"]
OIDC_GROUP_MAP = _sso["OIDC_GROUP_MAP"]
OIDC_ONLY = _sso["OIDC_ONLY"]
# What mozilla-django-oidc reads: the authorisation-code flow with PKCE and a nonce, the claims
# the account needs; the endpoints come from the provider's discovery document.
OIDC_RP_SCOPES = "openid email profile"
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
if OIDC_ONLY:
    # The provider is the only way in for staff: no passwords to change or reset here.
    WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
    WAGTAIL_PASSWORD_RESET_ENABLED = False
    WAGTAILUSERS_PASSWORD_ENABLED = False
