from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """Whole responses for anonymous readers, kept until a change makes them stale.

    `pagecache.middleware` serves and stores them; `pagecache.invalidation` says which cached
    pages a change affects; `pagecache.signal_handlers` listens for those changes.
    """

    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        # Imported here, not at the top: receivers need the app registry to be ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
