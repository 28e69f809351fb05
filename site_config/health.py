"""Health endpoints for load balancers and process supervisors.

/healthz answers while the process can serve Python at all (liveness: touches nothing else);
/readyz answers 200 only when the database and the cache both answer (readiness), else 503,
with a small JSON body saying which check failed. Neither is cached or needs a session.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.warning("readiness: the database does not answer", exc_info=True)
        return False


def _cache_ok() -> bool:
    """A real round trip; the fail-open Redis cache would hide an outage, so ask it directly."""
    ping = getattr(cache, "ping", None)
    if ping is not None:
        return ping()
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 5)
    ok = cache.get(key) == "1"
    cache.delete(key)
    return ok


@never_cache
def readyz(request):
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    ready = all(checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks},
        status=200 if ready else 503,
    )
