from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo and benchmark data: `load_demo` and `seed_scale`. Development settings install it;
    production settings do not, and no other app imports it."""

    name = "demo"
    verbose_name = _("Demo content")
