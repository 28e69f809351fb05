"""Sign-in throttling for every door, in the authentication backend, counted in the shared cache.

`ThrottledModelBackend` is the only entry of AUTHENTICATION_BACKENDS, so every `authenticate()`
call goes through it: the Wagtail admin login, Wagtail's front-end login at /_util/login/,
and any door added later (put an SSO or passkey backend after it: a refusal here stops them
too). Failures are counted from Django's `user_login_failed` signal, refusals included.

The counters, each lasting SIGNIN_LOCKOUT_SECONDS from its latest failure:
- per client address, every failure whatever the account (SIGNIN_MAX_FAILURES_PER_IP):
  strict, nothing opens it;
- per account, failures from addresses that have not completed a sign-in to it within
  SIGNIN_KNOWN_ADDRESS_DAYS (SIGNIN_MAX_FAILURES_PER_ACCOUNT): what a stranger's guessing
  locks, for every such address;
- per account and known address, the same limit: the owner's usual address has its own count,
  so a stranger cannot lock the owner out there, and the owner's own typos lock only it;
- per account, wrong authenticator codes after a right password (same limit): only someone
  with the password can make them, so they lock the account everywhere.
The account's current authenticator code, given with the password, opens the first two
account counters: the owner can sign in from a new address while a stranger holds the
lockout. The code is checked first, with no side effect, so a stranger's attempts never reach
the password or django-otp's own throttle. A completed sign-in clears the account counters
below the limit (one that reached it stands: clearing it would give the stranger new guesses).
Refusals read the same whether the account exists or not. A password reset neither signs in
nor lifts a lockout. django-axes would do much of this with its own tables and middleware; a
few counters in the cache are all this site needs.
"""

import hashlib

from asgiref.sync import sync_to_async
from django import forms
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django_otp.oath import TOTP
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from site_config import backup_codes, two_factor
from site_config.client_address import client_ip
from site_config.sso import accounts as sso_accounts

LOCKED_OUT = "locked_out"
WRONG_CODE = "invalid_otp"


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.encode()).hexdigest()[:32]
    return f"signin-{kind}:{digest}"


class Attempt:
    """One sign-in attempt: the counters it is checked against and counts towards."""

    def __init__(self, request, username):
        self.username = str(username or "").strip().lower()
        self.ip = client_ip(request)
        self.ip_key = _key("ip", self.ip) if self.ip else None
        self.known_key = self.account_key = self.code_key = None
        if self.username:
            self.code_key = _key("codes", self.username)
            self.account_key = _key("account", self.username)
            if self.ip:
                self.known_key = _key("known", f"{self.username}\n{self.ip}")
                if cache.get(self.known_key) is not None:
                    self.account_key = _key("account-at", f"{self.username}\n{self.ip}")
        self.counts = cache.get_many(
            [k for k in (self.ip_key, self.account_key, self.code_key) if k]
        )

    def _reached(self, key, limit) -> bool:
        return key is not None and self.counts.get(key, 0) >= limit

    def closed(self) -> bool:
        """Locked with no way in: too many failures from this address, or wrong codes."""
        per_account = settings.SIGNIN_MAX_FAILURES_PER_ACCOUNT
        return self._reached(self.ip_key, settings.SIGNIN_MAX_FAILURES_PER_IP) or self._reached(
            self.code_key, per_account
        )

    def account_locked(self) -> bool:
        """Locked for passwords from here: the account's current code still opens it."""
        return self._reached(self.account_key, settings.SIGNIN_MAX_FAILURES_PER_ACCOUNT)

    def failed(self, wrong_code: bool) -> None:
        window = settings.SIGNIN_LOCKOUT_SECONDS
        for key in (self.ip_key, self.code_key if wrong_code else self.account_key):
            if key is not None:
                cache.add(key, 0, window)
                cache.incr(key)
                cache.touch(key, window)  # the lockout runs from the latest failure

    def succeeded(self) -> None:
        if not self.username:
            return
        limit = settings.SIGNIN_MAX_FAILURES_PER_ACCOUNT
        cache.delete_many(
            [k for k in (self.account_key, self.code_key) if not self._reached(k, limit)]
        )
        if self.known_key is not None:
            cache.set(self.known_key, 1, settings.SIGNIN_KNOWN_ADDRESS_DAYS * 24 * 60 * 60)


def failure_reason(request) -> str | None:
    """Why the backend refused this request's last attempt, for the form's message."""
    return getattr(request, "_signin_failure", None)


def _refuse(request, reason):
    if request is not None:
        request._signin_failure = reason
    raise PermissionDenied(reason)  # stops every later backend; the failure is still counted


def _code_is_current(username: str, token: str) -> bool:
    """Whether `token` is the account's current code, without django-otp's side effects
    (a failed verify_token() would throttle the owner's device for a stranger)."""
    try:
        user = get_user_model()._default_manager.get_by_natural_key(username)
        token = int(token)
    except (get_user_model().DoesNotExist, ValueError):
        return False
    device = two_factor.confirmed_device(user)
    if device is None or not device.verify_is_allowed()[0]:
        return False
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return totp.verify(token, device.tolerance, device.last_t + 1)


class ThrottledModelBackend(ModelBackend):
    """Django's username and password check, refused while a lockout holds (see above); checks
    the authenticator code (or a backup code) when one is given and marks the user verified
    (`otp_device`)."""

    def authenticate(self, request, username=None, password=None, otp_token=None, **kwargs):
        if request is not None:
            request._signin_failure = None
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        attempt = Attempt(request, username)
        if attempt.closed():
            _refuse(request, LOCKED_OUT)
        if username is None or password is None:
            return None  # not a password sign-in: the address limit above is all that applies
        if attempt.account_locked() and not (otp_token and _code_is_current(username, otp_token)):
            _refuse(request, LOCKED_OUT)
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            return None
        user.otp_device = None
        device = two_factor.confirmed_device(user)
        if device is not None and otp_token:
            if len(otp_token) == device.digits:
                verified = device if device.verify_token(otp_token) else None
            else:  # not an authenticator code: one of the account's backup codes
                verified = backup_codes.use_code(user, otp_token)
            if verified is None:
                _refuse(request, WRONG_CODE)
            user.otp_device = verified  # django-otp marks the session verified at login
        return user

    def user_can_authenticate(self, user):
        """With OIDC_ONLY, a password opens only the break-glass accounts (site_config/sso/);
        also checked for every request of a password session."""
        return super().user_can_authenticate(user) and sso_accounts.password_allowed(user)

    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        return await sync_to_async(self.authenticate)(request, username, password, **kwargs)


def count_failure(sender, credentials, request=None, **kwargs):
    username = credentials.get(get_user_model().USERNAME_FIELD, "")
    Attempt(request, username).failed(wrong_code=failure_reason(request) == WRONG_CODE)


def count_success(sender, request, user, **kwargs):
    if two_factor.owes_second_factor(user):
        return  # the password alone: not signed in yet, so not a success to remember
    Attempt(request, user.get_username()).succeeded()


class LoginForm(WagtailLoginForm):
    """The site's sign-in form, for the admin and the front-end login alike: the password and,
    from people who set up two-factor sign-in, the authenticator app's code; the backend
    decides, the form words the answer."""

    otp_token = forms.CharField(
        required=False,
        max_length=8,
        label=_("Code from your authenticator app"),
        help_text=_("Only if you have set up two-factor sign-in. A backup code works here too."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    error_messages = {
        **WagtailLoginForm.error_messages,
        LOCKED_OUT: _(
            "Too many failed sign-in attempts. Wait %(minutes)s minutes, then try again. "
            "If you have set up two-factor sign-in, you can sign in now with your password "
            "and the code from your authenticator app."
        ),
        WRONG_CODE: _("Enter the 6-digit code your authenticator app shows now."),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is None or not password:
            return self.cleaned_data
        token = (self.cleaned_data.get("otp_token") or "").replace(" ", "")
        self.user_cache = authenticate(
            self.request, username=username, password=password, otp_token=token or None
        )
        if self.user_cache is None:
            reason = failure_reason(self.request)
            if reason == LOCKED_OUT:
                minutes = max(1, settings.SIGNIN_LOCKOUT_SECONDS // 60)
                raise forms.ValidationError(
                    self.error_messages[LOCKED_OUT], code=LOCKED_OUT, params={"minutes": minutes}
                )
            if reason == WRONG_CODE:
                raise forms.ValidationError(self.error_messages[WRONG_CODE], code=WRONG_CODE)
            raise self.get_invalid_login_error()
        self.confirm_login_allowed(self.user_cache)
        if getattr(self.user_cache, "otp_device", None) is None and two_factor.confirmed_device(
            self.user_cache
        ):
            self.user_cache = None  # the right password without the code: not signed in
            raise forms.ValidationError(self.error_messages[WRONG_CODE], code=WRONG_CODE)
        return self.cleaned_data


class FrontEndLoginView(LoginView):
    """Wagtail's front-end login (/_util/login/, where login-only pages send readers) with the
    admin's form, so its answers are the admin's too: the lockout message, the code field.
    Sending readers to the admin login (WAGTAIL_FRONTEND_LOGIN_URL) would be as safe, since the
    backend and the second-factor middleware hold for every door; this keeps a reader who asked
    for a page on the site's own pages, and old links to /_util/login/ working."""

    form_class = LoginForm
    template_name = "wagtailcore/login.html"
    next_page = "/"
