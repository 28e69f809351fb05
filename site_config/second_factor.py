"""The second-factor step, for people whose second factor is a passkey or a backup code.

An authenticator app's code goes in the login form with the password. A passkey cannot: after
the password, the second-factor middleware sends the session here, where the person uses their
passkey (the package's script and the ceremony views of `site_config.passkeys`) or types a
backup code. Wrong backup codes count towards the sign-in lockout like wrong authenticator
codes: only someone with the password can make them, so they lock the account everywhere.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect, resolve_url
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic.edit import FormView
from django_otp import login as otp_login

from site_config import backup_codes, passkeys, signin, two_factor


class BackupCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Backup code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "spellcheck": "false"}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_code(self):
        user = self.request.user
        attempt = signin.Attempt(self.request, user.get_username())
        if attempt.closed():
            raise forms.ValidationError(
                _("Too many wrong codes. Wait %(minutes)s minutes, then try again."),
                params={"minutes": max(1, settings.SIGNIN_LOCKOUT_SECONDS // 60)},
            )
        self.device = backup_codes.use_code(user, self.cleaned_data["code"])
        if self.device is None:
            attempt.failed(wrong_code=True)
            raise forms.ValidationError(
                _("That backup code is not right, or it has been used already.")
            )
        attempt.succeeded()
        return self.cleaned_data["code"]


@method_decorator(never_cache, name="dispatch")
class SecondFactorStepView(FormView):
    """Only a session that owes a passkey or a backup code sees this page; others go on."""

    template_name = "site_config/second_factor_step.html"
    form_class = BackupCodeForm

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect("wagtailadmin_login")
        if not two_factor.owes_second_factor(user):
            return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def next_url(self) -> str:
        target = self.request.POST.get(REDIRECT_FIELD_NAME) or self.request.GET.get(
            REDIRECT_FIELD_NAME
        )
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return target
        return resolve_url("wagtailadmin_home")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            next=self.next_url(),
            has_passkey=passkeys.passkeys_of(self.request.user).exists(),
            **kwargs,
        )

    def form_valid(self, form):
        otp_login(self.request, form.device)
        return redirect(self.next_url())
