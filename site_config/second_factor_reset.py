"""Resetting someone else's second factor, for a person who lost their phone, passkey and codes.

The communications team and superusers may reset it from the admin's users listing; a reset
removes every authenticator app, passkey and backup code of the account and signs it out
nowhere else (the person's next sign-in asks for the password, and for a new second factor if
one is required). Each reset is in Wagtail's audit log, against the account, with who did it.
Only a superuser may reset a superuser's: the break-glass accounts stay out of the
communications team's reach. Nobody resets their own here: their account pages do that with
their current second factor.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from leaders.roles import COMMS_GROUP

LOG_ACTION = "site_config.reset_second_factor"
LOG_LABEL = _("Reset second factor")
LOG_MESSAGE = _("Second factor reset: authenticator apps, passkeys and backup codes removed")


def may_reset(request_user, target) -> bool:
    if request_user.pk == target.pk:
        return False
    if request_user.is_superuser:
        return True
    if target.is_superuser:
        return False
    return request_user.groups.filter(name=COMMS_GROUP).exists()


@transaction.atomic
def reset_second_factor(target, by) -> None:
    for model in (TOTPDevice, WebAuthnCredential, StaticDevice):
        model.objects.filter(user=target).delete()
    log(instance=target, action=LOG_ACTION, user=by)


class ResetView(WagtailAdminTemplateMixin, TemplateView):
    """Asks "are you sure?", then resets (POST)."""

    template_name = "site_config/second_factor_reset.html"
    page_title = _("Reset second factor")
    header_icon = "key"

    def dispatch(self, request, user_id):
        self.target = get_object_or_404(get_user_model(), pk=user_id)
        if not may_reset(request.user, self.target):
            raise PermissionDenied
        return super().dispatch(request, user_id)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            target=self.target,
            action_url=reverse("second_factor_reset", args=[self.target.pk]),
            **kwargs,
        )

    def post(self, request, user_id):
        reset_second_factor(self.target, by=request.user)
        messages.success(
            request,
            _("The second factor of %(name)s has been reset.")
            % {"name": self.target.get_full_name() or self.target.get_username()},
        )
        return redirect("wagtailusers_users:index")
