"""Admin additions of the operations app: the two-factor set-up page and its account link."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from site_config import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("two-factor/", two_factor.SetUpView.as_view(), name="two_factor_setup")]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    if two_factor.confirmed_device(request.user):
        return None
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Set up two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app as well as your password."),
    }
