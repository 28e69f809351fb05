"""Every signal receiver of the page cache, connected once from `PageCacheConfig.ready()`."""

from .invalidation import connect_signals


def register_signal_handlers():
    connect_signals()
