from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeadersConfig(AppConfig):
    name = "leaders"
    verbose_name = _("Leaders' blogs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import roles  # noqa: F401  (connects the receivers that keep permissions in step)

        # Issue 4: the comment moderator, the moderators' group and the Site row for xtd.
        from .commenting import setup

        setup.connect()
