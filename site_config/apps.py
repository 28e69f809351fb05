from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfigConfig(AppConfig):
    """The project package as an app: operations commands, sign-in and media safety hooks."""

    name = "site_config"
    verbose_name = _("Site operations")

    def ready(self):
        from . import signin  # noqa: F401  (connects the sign-in failure signals)
