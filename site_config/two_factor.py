"""Optional second factor for the Wagtail admin, on django-otp, kept by the whole site.

wagtail-2fa does not install on Wagtail 8 (docs/decisions.md), so this is django-otp's TOTP
device with Wagtail's own login form and admin views:

- a person who has set up an authenticator app gives its 6-digit code with the password
  (`site_config.signin.LoginForm`, checked by `site_config.signin.ThrottledModelBackend`);
  django-otp marks the session verified;
- the admin's two-factor page (`two_factor_setup`) sets it up: it shows the secret (as text
  and as an otpauth:// link, no QR image, so no third party sees it) and confirms it with a
  first code;
- a passkey (`site_config.passkeys`) is the other second factor, or the only one when it
  signs in without a password; backup codes (`site_config.backup_codes`) stand in for a lost
  one, with the password;
- with WAGTAILADMIN_REQUIRE_SECOND_FACTOR on (env ADMIN_REQUIRE_SECOND_FACTOR=true; the old
  name ADMIN_REQUIRE_TOTP still works), every admin user must set up an authenticator app or
  a passkey before using the admin; with it off, the second factor is optional but, once set
  up, always asked for;
- until it is passed, a session is not signed in anywhere on the site, whichever door opened
  it (`RequireSecondFactorMiddleware`).
"""

import base64
import os

from asgiref.sync import sync_to_async
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.core import checks
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .admin_path import is_admin_path

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


def deprecated_setting_check(app_configs, **kwargs):
    """The old name still works; `manage.py check` (and every start) says it is the old one."""
    if "ADMIN_REQUIRE_TOTP" in os.environ or hasattr(settings, "WAGTAILADMIN_REQUIRE_TOTP"):
        return [
            checks.Warning(
                "ADMIN_REQUIRE_TOTP (WAGTAILADMIN_REQUIRE_TOTP) is deprecated.",
                hint="Use ADMIN_REQUIRE_SECOND_FACTOR (WAGTAILADMIN_REQUIRE_SECOND_FACTOR): "
                "an authenticator app or a passkey satisfies it.",
                id="site_config.W001",
            )
        ]
    return []


def second_factor_required() -> bool:
    """WAGTAILADMIN_REQUIRE_SECOND_FACTOR, or its deprecated name WAGTAILADMIN_REQUIRE_TOTP."""
    return bool(
        getattr(settings, "WAGTAILADMIN_REQUIRE_SECOND_FACTOR", False)
        or getattr(settings, "WAGTAILADMIN_REQUIRE_TOTP", False)
    )


def owes_second_factor(user) -> bool:
    """Whether a user who gave the right password still has to pass the second factor.

    Owed by anyone with a confirmed device (authenticator app, passkey or backup codes), and
    with a required second factor by anyone who may use the admin. `otp_device` is set by
    django-otp's middleware on `request.user`, and by a door (the authentication backend, the
    passkey sign-in) on a user whose second factor it checked.
    """
    if getattr(user, "otp_device", None) is not None:
        return False
    if getattr(user, "signed_in_with_sso", False):
        return False  # the organisation's provider asked for it (site_config/sso/)
    if user_has_device(user, confirmed=True):
        return True
    return second_factor_required() and user.has_perm("wagtailadmin.access_admin")


class RequireSecondFactorMiddleware:
    """One rule for the whole site: a session that still owes the second factor is not signed in.

    Whichever door opened the session (the admin login, Wagtail's front-end login, a password
    reset that signs in, a later SSO or passkey door), until the second factor is passed:
    - public pages see an anonymous reader (a comment needs email confirmation, a login-only
      page asks to sign in, no user bar);
    - the admin signs out a user who has an authenticator app and asks for the password and
      code again (a session that predates the device, or was opened without its code); sends a
      user whose second factor is a passkey or backup codes to the second-factor step; and
      sends a user who must set one up (a required second factor) to the set-up pages and
      nowhere else.
    """

    # The admin's pages a session owing the second factor may still open (each a URL prefix).
    OPEN_URL_NAMES = (
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",  # the icons, which the admin's script puts into every page
        "otp_webauthn:js-i18n-catalog",
    )
    # Where a session that has a passkey or backup codes, but has not used one, may go.
    STEP_URL_NAMES = (
        "second_factor_step",
        "otp_webauthn:credential-authentication-begin",
        "otp_webauthn:credential-authentication-complete",
    )
    # Where a session that must set up a second factor may go.
    SET_UP_URL_NAMES = (
        "two_factor_setup",
        "passkeys",
        "otp_webauthn:credential-registration-begin",
        "otp_webauthn:credential-registration-complete",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if is_admin_path(path):
            if not path.startswith(tuple(reverse(name) for name in self.OPEN_URL_NAMES)):
                refusal = self.admin_refusal(request, path)
                if refusal is not None:
                    return refusal
        elif hasattr(request, "user"):
            self.hide_unverified_user(request)
        return self.get_response(request)

    @staticmethod
    def admin_refusal(request, path):
        user = request.user
        if not user.is_authenticated or not owes_second_factor(user):
            return None
        if confirmed_device(user) is not None:
            logout(request)
            return redirect(f"{reverse('wagtailadmin_login')}?next={path}")
        if user_has_device(user, confirmed=True):
            if path in {reverse(name) for name in RequireSecondFactorMiddleware.STEP_URL_NAMES}:
                return None
            return redirect(f"{reverse('second_factor_step')}?next={path}")
        if path in {reverse(name) for name in RequireSecondFactorMiddleware.SET_UP_URL_NAMES}:
            return None
        return redirect("two_factor_setup")

    @staticmethod
    def hide_unverified_user(request):
        """request.user (and request.auser) as the public site sees it: lazily, so a reader
        without a session costs nothing."""
        user = request.user

        def public_user():
            if user.is_authenticated and owes_second_factor(user):
                return AnonymousUser()
            return user

        request.user = SimpleLazyObject(public_user)
        auser = getattr(request, "auser", None)
        if auser is not None:

            async def public_auser():
                real = await auser()
                owes = real.is_authenticated and await sync_to_async(owes_second_factor)(real)
                return AnonymousUser() if owes else real

            request.auser = public_auser
