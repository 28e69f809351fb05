"""What the admin sign-in page offers: the single sign-on button, and whether the password form
is shown (not with OIDC_ONLY, except at `?break-glass` for the break-glass accounts)."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from site_config.sso.next_url import safe_next

register = template.Library()

BREAK_GLASS_PARAMETER = "break-glass"


def button_label() -> str:
    """OIDC_BUTTON_LABEL in English, OIDC_BUTTON_LABEL_CY in Welsh; the site's own words when
    the one for the page's language is not set."""
    welsh = (get_language() or "").startswith("cy")
    label = settings.OIDC_BUTTON_LABEL_CY if welsh else settings.OIDC_BUTTON_LABEL
    return label or _("Sign in with your organisation account")


@register.simple_tag(takes_context=True)
def sso_sign_in(context):
    request = context["request"]
    if not settings.OIDC_OP_ISSUER:
        return {"enabled": False, "password_form": True}
    next_path = safe_next(context.get("next") or request.GET.get("next"))
    return {
        "enabled": True,
        "label": button_label(),
        "start_url": f"{reverse('oidc_authentication_init')}?{urlencode({'next': next_path})}",
        "password_form": not settings.OIDC_ONLY or BREAK_GLASS_PARAMETER in request.GET,
    }
