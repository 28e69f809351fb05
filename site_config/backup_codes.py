"""Backup codes: one-time codes that stand in for a lost authenticator app or passkey.

django-otp's static device holds them; each code works once (django-otp deletes it when it
matches). A user makes a new set on the "Backup codes" page of their account, which shows it
once, in that response only, and replaces any earlier set. Only someone who already has an
authenticator app or a passkey may make them: codes alone are not a second factor to set up.
A code is given with the password, in the code field of the login form (with an authenticator
app) or on the second-factor step (with a passkey).
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp_webauthn.models import WebAuthnCredential
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from site_config import two_factor

DEVICE_NAME = "Backup codes"
HOW_MANY = 10


def codes_device(user) -> StaticDevice | None:
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def codes_left(user) -> int:
    device = codes_device(user)
    return device.token_set.count() if device else 0


def has_other_factor(user) -> bool:
    return (
        two_factor.confirmed_device(user) is not None
        or WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()
    )


def drop_if_alone(user) -> None:
    """Codes stand in for another factor: once the last one is gone, so are they."""
    if not has_other_factor(user):
        StaticDevice.objects.filter(user=user).delete()


def normalise(code: str) -> str:
    return "".join(code.split()).lower()


def use_code(user, code: str) -> StaticDevice | None:
    """The user's backup-code device if `code` is one of its codes (now used up), else None."""
    device = codes_device(user)
    if device is None or not code or not device.verify_token(normalise(code)):
        return None
    return device


@transaction.atomic
def new_codes(user) -> list[str]:
    """A fresh set of codes for `user`, replacing any earlier set."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _n in range(HOW_MANY)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@method_decorator(never_cache, name="dispatch")
class BackupCodesView(WagtailAdminTemplateMixin, TemplateView):
    """How many codes are left; a button that makes a new set and shows it this once."""

    template_name = "site_config/backup_codes.html"
    page_title = _("Backup codes")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            codes_left=codes_left(user), can_make_codes=has_other_factor(user), **kwargs
        )

    def post(self, request):
        if not has_other_factor(request.user):
            messages.error(
                request,
                _("Set up an authenticator app or a passkey first, then make backup codes."),
            )
            return redirect("backup_codes")
        return self.render_to_response(self.get_context_data(new_codes=new_codes(request.user)))
