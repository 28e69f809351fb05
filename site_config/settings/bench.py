"""`make bench`: the `make serve` settings (production without TLS or outside services),
against the benchmark's own database: var/bench/bench-<scale>x.sqlite3 (BENCH_SCALE, default 1)
unless BENCH_DATABASE_URL names another; never the development one.
"""

import os
from pathlib import Path

_BENCH_DIR = Path(os.environ.get("VAR_DIR", Path(__file__).resolve().parents[2] / "var")) / "bench"
_SCALE = int(os.environ.get("BENCH_SCALE", "1"))

os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{_BENCH_DIR / f'bench-{_SCALE}x.sqlite3'}"
)

from .serve import *  # noqa: E402 - the environment above must be set first

_BENCH_DIR.mkdir(parents=True, exist_ok=True)
CACHES["default"]["KEY_PREFIX"] = f"bench-{_SCALE}x"
CACHES["pages"]["KEY_PREFIX"] = f"bench-{_SCALE}x-pages"
if not os.environ.get("REDIS_URL"):
    CACHES["default"]["LOCATION"] = str(_BENCH_DIR / f"cache-{_SCALE}x")
    CACHES["pages"]["LOCATION"] = str(_BENCH_DIR / f"page-cache-{_SCALE}x")
LOGGING["root"]["level"] = "WARNING"
# The query counter requests pages the branch may not have yet; 404s are reported, not logged.
LOGGING["loggers"] = {"django.request": {"level": "ERROR"}}
# `seed_scale` builds the benchmark's data set.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
