from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadersConfig(AppConfig):
    name = "leaders"
    verbose_name = _("Leaders' blogs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Page cache: invalidation on Wagtail's page signals, and its before_serve_page hook.
        from leaders import caching, page_cache  # noqa: F401

        caching.connect_signals()
