from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadersConfig(AppConfig):
    name = "leaders"
    verbose_name = _("Leaders' blogs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Each import connects one concern's receivers: permissions follow the blog's leader
        # (roles), the comment moderator and moderators' group (commenting.setup), and the
        # page cache's invalidation and before_serve_page hook (caching, page_cache).
        from . import caching, page_cache, roles  # noqa: F401
        from .commenting import setup

        setup.connect()
        caching.connect_signals()
