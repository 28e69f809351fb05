"""`make bench`: production settings on 127.0.0.1, against the benchmark's own database.

The runner (benchmarks/run.py) passes one generated SECRET_KEY to every worker; TLS is not
terminated locally, so the HTTPS redirect is off. The database is var/bench/bench-<scale>x.sqlite3
(BENCH_SCALE, default 1) unless BENCH_DATABASE_URL names another: never the development one.
"""

import os
import secrets
from pathlib import Path

_BENCH_DIR = Path(os.environ.get("VAR_DIR", Path(__file__).resolve().parents[2] / "var")) / "bench"
_SCALE = int(os.environ.get("BENCH_SCALE", "1"))

os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SITE_URL", "https://localhost")
os.environ.setdefault("DEFAULT_FROM_EMAIL", "Leadership Voices <noreply@localhost>")
os.environ["SECURE_SSL_REDIRECT"] = "false"
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{_BENCH_DIR / f'bench-{_SCALE}x.sqlite3'}"
)

from .production import *  # noqa: E402 - the environment above must be set first

_BENCH_DIR.mkdir(parents=True, exist_ok=True)
CACHES["pages"]["KEY_PREFIX"] = f"bench-{_SCALE}x-pages"
if not os.environ.get("REDIS_URL"):
    CACHES["pages"]["LOCATION"] = str(_BENCH_DIR / f"page-cache-{_SCALE}x")
LOGGING["root"]["level"] = "WARNING"
# The query counter requests pages the branch may not have yet; 404s are reported, not logged.
LOGGING["loggers"] = {"django.request": {"level": "ERROR"}}
