"""A Redis cache that fails open: when Redis is down, pages are served uncached.

Django's RedisCache raises on every call while Redis is unreachable, which turns a cache
outage into a site outage. This wrapper logs the error, answers as a cache miss, and stops
trying for FAIL_OPEN_RETRY_AFTER seconds (per process) so each request does not pay a
connection timeout. Counters kept in the cache (sign-in throttling) start again from zero
during an outage: the documented trade-off for keeping the site up.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.retry_after = float(params.get("FAIL_OPEN_RETRY_AFTER", 5))
        self._down_until = 0.0

    def _call(self, method, fallback, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return getattr(super(), method)(*args, **kwargs)
        except self._cache._lib.exceptions.RedisError as exc:
            self._down_until = time.monotonic() + self.retry_after
            logger.warning("cache unavailable, serving uncached for %ss: %s", self.retry_after, exc)
            return fallback

    def ping(self) -> bool:
        """True when Redis answers now (readiness checks ask this, bypassing the fail-open)."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except self._cache._lib.exceptions.RedisError:
            return False

    def add(self, *args, **kwargs):
        return self._call("add", False, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, *args, **kwargs):
        return self._call("set", None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", False, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", False, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        # As if the key had just been created: an outage restarts counters, it does not fail.
        return self._call("incr", delta, key, delta, version)

    def set_many(self, data, *args, **kwargs):
        return self._call("set_many", list(data), data, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", None, *args, **kwargs)

    def clear(self):
        return self._call("clear", None)
