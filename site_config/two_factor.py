"""Optional TOTP second factor for the Wagtail admin, on django-otp.

wagtail-2fa does not install on Wagtail 8 (STACK-NOTES.md), so this is django-otp's TOTP
device with Wagtail's own login form and admin views:

- a person who has set up an authenticator app gives its 6-digit code on the login form
  (`site_config.signin.LoginForm`); django-otp marks the session verified;
- /admin/two-factor/ sets it up: it shows the secret (as text and as an otpauth:// link, no
  QR image, so no third party sees it) and confirms it with a first code;
- with WAGTAILADMIN_REQUIRE_TOTP on (env ADMIN_REQUIRE_TOTP=true), every admin user must do
  so before using the admin; with it off, the second factor is optional but, once set up,
  always asked for.
"""

import base64

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

DEVICE_NAME = "Authenticator app"


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The unconfirmed device being set up: the same secret until it is confirmed."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"].strip().replace(" ", "")
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _("That code is not right. Enter the 6 digits your app shows now.")
            )
        return code


class SetUpView(WagtailAdminTemplateMixin, FormView):
    """Set up the authenticator app for the signed-in user."""

    template_name = "site_config/two_factor_setup.html"
    page_title = _("Two-factor sign-in")
    header_icon = "key"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if confirmed_device(request.user):
            messages.info(request, _("Two-factor sign-in is already set up for your account."))
            return redirect("wagtailadmin_account")
        self.device = pending_device(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs):
        secret = base64.b32encode(self.device.bin_key).decode()
        return super().get_context_data(
            secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            config_url=self.device.config_url,
            action_url=reverse("two_factor_setup"),
            submit_button_label=_("Turn on two-factor sign-in"),
            **kwargs,
        )

    def form_valid(self, form):
        self.device.confirmed = True
        self.device.save(update_fields=["confirmed"])
        otp_login(self.request, self.device)
        messages.success(self.request, _("Two-factor sign-in is on for your account."))
        return redirect("wagtailadmin_home")


class RequireSecondFactorMiddleware:
    """Keeps admin users without a verified second factor out of the admin when it is due.

    Due when WAGTAILADMIN_REQUIRE_TOTP is on, or when the user has set up a device (a session
    that predates the device, or was opened without its code, is signed out).
    """

    OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/", "/admin/jsi18n/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        path = request.path_info
        if (
            user is not None
            and user.is_authenticated
            and path.startswith("/admin/")
            and not path.startswith(self.OPEN_PATHS)
            and not user.is_verified()
        ):
            if user_has_device(user, confirmed=True):
                logout(request)
                return redirect(f"{reverse('wagtailadmin_login')}?next={path}")
            if settings.WAGTAILADMIN_REQUIRE_TOTP and path != reverse("two_factor_setup"):
                return redirect("two_factor_setup")
        return self.get_response(request)
