from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadersConfig(AppConfig):
    """The blog domain: leaders' blogs and posts, their blocks, listings, roles and workflow."""

    name = "leaders"
    verbose_name = _("Leaders' blogs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: receivers need the app registry to be ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
