"""Fixed-window rate limits in the shared cache (Redis in production), per IP and per email."""

import hashlib
import time

from django.core.cache import cache

from .conf import option


def _key(kind: str, value: str, window: int, bucket: int) -> str:
    digest = hashlib.sha256(value.lower().encode()).hexdigest()[:32]
    return f"comments:rate:{kind}:{window}:{bucket}:{digest}"


def mailbox(email: str) -> str:
    """The mailbox an address delivers to, for counting: "Nia+1@X.example " is nia@x.example.
    Otherwise "+anything" variations would each get their own limit and flood one inbox."""
    local, at, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}{at}{domain}" if at else email.strip().lower()


def hit(kind: str, value: str, limits=None) -> int:
    """Count one attempt; return 0 if allowed, else the seconds until the client may try again."""
    if not value:
        return 0
    now = int(time.time())
    wait = 0
    for window, allowed in limits or option("RATE_LIMITS"):
        bucket = now // window
        key = _key(kind, value, window, bucket)
        cache.add(key, 0, timeout=window + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # the key expired between add() and incr()
            cache.set(key, 1, timeout=window + 1)
            count = 1
        if count > allowed:
            wait = max(wait, (bucket + 1) * window - now)
    return wait
