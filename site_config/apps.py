from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfigConfig(AppConfig):
    """The project package as an app: operations commands, sign-in and media safety hooks."""

    name = "site_config"
    verbose_name = _("Site operations")

    def ready(self):
        from django.urls import register_converter

        from . import signin  # noqa: F401  (connects the sign-in failure signals)
        from .ids import IdConverter

        # Before any URLconf is loaded: our routes take ids as `<id:name>`.
        register_converter(IdConverter, "id")
