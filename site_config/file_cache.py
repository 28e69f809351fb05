"""The shared cache when Redis is not configured: Django's file cache with atomic counters.

Without REDIS_URL (`make run`, `make serve`) every gunicorn worker must still see the same
rate-limit and sign-in counters, or each worker would allow the full limit on its own. Django's
FileBasedCache is shared by every process on the machine, but its `add` is has_key-then-set and
its `incr` is get-then-set: two workers counting at once both read 3 and both write 4, and a
late `add` can reset a counter another worker just raised. Its `incr` also rewrites the entry
with the default timeout, so a daily counter would expire after five idle minutes. Django's
DatabaseCache has the same get-then-set `incr` (and needs createcachetable), so it would not help.

This subclass makes every write (set, add, incr, touch, delete, clear) hold one exclusive
lock file in the cache folder (flock through django.core.files.locks: across processes and
across threads, since each call opens the file anew), and its `incr` keeps the entry's expiry.
Reads take no lock: entries are replaced by an atomic rename, so a reader sees the old or the
new file, never half of one. An expired entry found by a reader is removed under the lock, and
only if it is still the same file (a writer may have just put a fresh counter in its place).
One machine only: several app servers need Redis (production requires it).
"""

import os
import pickle
import tempfile
import threading
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks

LOCK_FILE = "writers.lock"  # no .djcache suffix: never counted, culled or cleared as an entry


class LockedFileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._holding = threading.local()  # re-entrant per thread: add() calls has_key() etc.

    @contextmanager
    def _writing(self):
        if getattr(self._holding, "depth", 0):
            self._holding.depth += 1
            try:
                yield
            finally:
                self._holding.depth -= 1
            return
        self._createdir()
        with open(os.path.join(self._dir, LOCK_FILE), "ab") as lock:
            locks.lock(lock, locks.LOCK_EX)
            self._holding.depth = 1
            try:
                yield
            finally:
                self._holding.depth = 0
                locks.unlock(lock)

    def _read_entry(self, fname):
        """(expiry, value) of a live entry, else None; called with the lock held."""
        try:
            with open(fname, "rb") as f:
                expiry = pickle.load(f)  # noqa: S301 - written by this cache, as in Django's
                if expiry is not None and expiry < time.time():
                    return None
                return expiry, pickle.loads(zlib.decompress(f.read()))  # noqa: S301
        except (FileNotFoundError, EOFError):
            return None

    def _replace(self, fname, expiry, value):
        """Write an entry with an absolute expiry, atomically (a temporary file renamed)."""
        fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as f:
                f.write(pickle.dumps(expiry, self.pickle_protocol))
                f.write(zlib.compress(pickle.dumps(value, self.pickle_protocol)))
            os.replace(tmp_path, fname)
        except BaseException:
            os.remove(tmp_path)
            raise

    def _is_expired(self, f):
        try:
            expiry = pickle.load(f)  # noqa: S301
        except EOFError:
            expiry = 0  # an empty file counts as expired, as in Django
        if expiry is None or expiry >= time.time():
            return False
        with self._writing():
            try:
                if os.path.samestat(os.fstat(f.fileno()), os.stat(f.name)):
                    os.remove(f.name)
            except FileNotFoundError:
                pass
        return True

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._writing():
            super().set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._writing():
            return super().add(key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        with self._writing():
            fname = self._key_to_file(key, version)
            entry = self._read_entry(fname)
            if entry is None:
                return False
            self._replace(fname, self.get_backend_timeout(timeout), entry[1])
            return True

    def incr(self, key, delta=1, version=None):
        with self._writing():
            fname = self._key_to_file(key, version)
            entry = self._read_entry(fname)
            if entry is None:
                raise ValueError(f"Key '{key}' not found")
            expiry, value = entry
            self._replace(fname, expiry, value + delta)
            return value + delta

    def delete(self, key, version=None):
        with self._writing():
            return super().delete(key, version)

    def clear(self):
        with self._writing():
            super().clear()
