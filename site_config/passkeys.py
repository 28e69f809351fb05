"""Passkeys (WebAuthn) for the admin, on django-otp-webauthn, which has no Wagtail integration.

- The relying party is SITE_URL: its host is the RP ID and its origin the only one accepted,
  read at each ceremony, so a passkey works on the site's public address and nowhere else.
- A passkey is a second factor after the password (the second-factor step,
  `site_config.second_factor`), or the only one: "Sign in with a passkey" on the login page
  signs in with no password, and then the authenticator must verify the person (PIN or
  biometrics), which makes it two factors in one.
- Passwordless sign-in goes through `authenticate()`, so the sign-in throttle
  (`site_config.signin`) can refuse it; a completed one counts as a completed sign-in. With
  OIDC_ONLY a passkey alone, like a password, opens only the break-glass accounts
  (`PasskeyBackend`).
- Only people who may use the admin register passkeys, on the "Passkeys" page of their account,
  where they also remove them. Their endpoints live under the admin's URL, so the second-factor
  middleware guards them like the rest of the admin.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate
from django.contrib.auth import login as auth_login
from django.shortcuts import redirect
from django.urls import path
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog
from django_otp import login as otp_login
from django_otp_webauthn import exceptions
from django_otp_webauthn import views as webauthn_views
from django_otp_webauthn.backends import WebAuthnBackend
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.users.models import UserProfile
from webauthn.helpers.structs import ResidentKeyRequirement

from site_config import backup_codes, signin
from site_config.ids import parse_id
from site_config.sso import accounts as sso_accounts


def relying_party_id(request) -> str:
    return urlsplit(settings.SITE_URL).hostname


class PasskeyBackend(WebAuthnBackend):
    """The package's backend held to the password's rule: with OIDC_ONLY, a passkey alone opens
    only a break-glass account, at sign-in and at every request of its session."""

    def user_can_authenticate(self, user):
        return super().user_can_authenticate(user) and sso_accounts.password_allowed(user)


class SiteWebAuthnHelper(WebAuthnHelper):
    """The only origin accepted is SITE_URL's, and passkeys are discoverable (passwordless
    sign-in finds them without a username)."""

    def get_allowed_origins(self) -> list[str]:
        parts = urlsplit(settings.SITE_URL)
        return [f"{parts.scheme}://{parts.netloc}"]

    def get_discoverable_credentials_preference(self) -> ResidentKeyRequirement:
        return ResidentKeyRequirement.REQUIRED


class NotAllowed(exceptions.OTPWebAuthnApiError):
    status_code = 403
    default_detail = _("Your account cannot use passkeys on this site.")
    default_code = "not_allowed"


class SignInRefused(exceptions.OTPWebAuthnApiError):
    status_code = 403
    default_detail = _(
        "Too many failed sign-in attempts from here. Wait a few minutes, then try again."
    )
    default_code = "sign_in_refused"


class AdminUsersOnly:
    def check_can_register(self):
        if not self.request.user.has_perm("wagtailadmin.access_admin"):
            raise NotAllowed()


class BeginRegistration(AdminUsersOnly, webauthn_views.BeginCredentialRegistrationView):
    pass


class CompleteRegistration(AdminUsersOnly, webauthn_views.CompleteCredentialRegistrationView):
    pass


class CompleteAuthentication(webauthn_views.CompleteCredentialAuthenticationView):
    """The package's check of the passkey, then a sign-in the way the site's doors sign in."""

    def complete_auth(self, device):
        request = self.request
        if request.user.is_authenticated:  # the second factor after the password
            otp_login(request, device)
            signin.Attempt(request, request.user.get_username()).succeeded()
            return
        user = authenticate(request, webauthn_credential=device)
        if user is None:
            raise SignInRefused()
        user.otp_device = device  # django-otp marks the session verified at login
        auth_login(request, user)


class ScriptCatalog(JavaScriptCatalog):
    """The package script's messages (Welsh in locale/cy/LC_MESSAGES/djangojs.po) in the admin
    user's language, as Wagtail chooses it for the admin's pages; outside `/cy/` Django's
    LocaleMiddleware would always answer in English."""

    packages = ["django_otp_webauthn"]

    def get(self, request, *args, **kwargs):
        user = request.user
        language = settings.LANGUAGE_CODE
        if user.is_authenticated:
            language = UserProfile.get_for_user(user).get_preferred_language()
        with translation.override(language):
            return super().get(request, *args, **kwargs)


# Under the admin's URL (site_config/urls.py). The namespace and names are the package's, so its
# template tags find them.
app_name = "otp_webauthn"
urlpatterns = [
    path(
        "registration/begin/",
        BeginRegistration.as_view(),
        name="credential-registration-begin",
    ),
    path(
        "registration/complete/",
        CompleteRegistration.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "authentication/begin/",
        webauthn_views.BeginCredentialAuthenticationView.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "authentication/complete/",
        CompleteAuthentication.as_view(),
        name="credential-authentication-complete",
    ),
    path("jsi18n/", ScriptCatalog.as_view(), name="js-i18n-catalog"),
]


def passkeys_of(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at")


@method_decorator(never_cache, name="dispatch")
class PasskeysView(WagtailAdminTemplateMixin, TemplateView):
    """The signed-in user's passkeys: add one (the package's script), remove one."""

    template_name = "site_config/passkeys.html"
    page_title = _("Passkeys")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        return super().get_context_data(passkeys=passkeys_of(self.request.user), **kwargs)

    def post(self, request):
        chosen = passkeys_of(request.user).filter(pk=parse_id(request.POST.get("remove")))
        removed, _counts = chosen.delete()
        backup_codes.drop_if_alone(request.user)
        if removed:
            messages.success(request, _("The passkey has been removed from your account."))
        else:
            messages.error(request, _("That passkey is not on your account any more."))
        return redirect("passkeys")
