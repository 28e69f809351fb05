from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Every email the site sends leaves through a queue: the request stores the message and a
    background worker (`manage.py db_worker`) delivers it, retrying a mail server that refuses.

    The bottom layer: it imports no app of the project, so every app may send through it.
    """

    name = "outbox"
    verbose_name = _("Outgoing email")
    default_auto_field = "django.db.models.BigAutoField"
