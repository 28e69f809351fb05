"""Admin sign-in throttling: per account and per client IP, counted in the shared cache.

Failures are counted from Django's `user_login_failed` signal, so every path that calls
`authenticate()` counts; the Wagtail login form (WAGTAILADMIN_USER_LOGIN_FORM) refuses further
attempts while a limit is reached, with a message that is the same whether the account exists
or not. A success clears the account's counter (not the IP's: one good password must not
reset a guessing run). django-axes would do this too, with its own tables and middleware;
two counters in the cache are all this site needs.
"""

import hashlib

from django import forms
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from site_config import two_factor
from site_config.client_address import client_ip


def _limits():
    return (
        settings.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
        settings.SIGNIN_MAX_FAILURES_PER_IP,
        settings.SIGNIN_LOCKOUT_SECONDS,
    )


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"signin-failures:{kind}:{digest}"


def _bump(key: str, window: int) -> None:
    cache.add(key, 0, window)
    cache.incr(key)
    cache.touch(key, window)  # the lockout runs from the latest failure


def is_locked_out(username: str, ip: str) -> bool:
    per_account, per_ip, _window = _limits()
    counts = cache.get_many([_key("account", username), _key("ip", ip)])
    return (
        counts.get(_key("account", username), 0) >= per_account
        or counts.get(_key("ip", ip), 0) >= per_ip
    )


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    *_, window = _limits()
    username = str(credentials.get("username", ""))
    if username:
        _bump(_key("account", username), window)
    ip = client_ip(request)
    if ip:
        _bump(_key("ip", ip), window)


@receiver(user_logged_in)
def clear_account_failures(sender, request, user, **kwargs):
    cache.delete(_key("account", user.get_username()))


class LoginForm(WagtailLoginForm):
    """Wagtail's login form: refuses to try the password while a lockout is in force, and asks
    for the authenticator app's code from people who set up two-factor sign-in."""

    otp_token = forms.CharField(
        required=False,
        max_length=8,
        label=_("Code from your authenticator app"),
        help_text=_("Only if you have set up two-factor sign-in."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    error_messages = {
        **WagtailLoginForm.error_messages,
        "locked_out": _(
            "Too many failed sign-in attempts. Wait %(minutes)s minutes, then try again, "
            "or reset your password."
        ),
        "invalid_otp": _("Enter the 6-digit code your authenticator app shows now."),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if is_locked_out(username, client_ip(self.request)):
            raise forms.ValidationError(
                self.error_messages["locked_out"],
                code="locked_out",
                params={"minutes": max(1, settings.SIGNIN_LOCKOUT_SECONDS // 60)},
            )
        cleaned_data = super().clean()
        device = two_factor.confirmed_device(self.user_cache)
        if device is not None:
            token = (cleaned_data.get("otp_token") or "").replace(" ", "")
            if not token or not device.verify_token(token):
                # A wrong code counts as a failed sign-in, like a wrong password.
                user_login_failed.send(
                    sender=__name__, credentials={"username": username}, request=self.request
                )
                raise forms.ValidationError(self.error_messages["invalid_otp"], code="invalid_otp")
            self.user_cache.otp_device = device  # django-otp verifies the session on login
        return cleaned_data
