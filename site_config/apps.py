from django.apps import AppConfig
from django.core import checks
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class SiteConfigConfig(AppConfig):
    """The project package as an app: operations commands, sign-in and media safety hooks."""

    name = "site_config"
    verbose_name = _("Site operations")

    def ready(self):
        # Imported here, not at the top: receivers need the app registry to be ready.
        from .ids import IdConverter
        from .signal_handlers import register_signal_handlers
        from .two_factor import deprecated_setting_check

        register_signal_handlers()
        checks.register(deprecated_setting_check)
        # Before any URLconf is loaded: our routes take ids as `<id:name>`.
        register_converter(IdConverter, "id")
