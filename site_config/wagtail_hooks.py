"""Admin additions of the operations app: the second-factor pages (authenticator app, passkeys,
backup codes, the step after the password), their account links, and the reset of another
user's second factor in the users listing, with its audit-log action."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton

from site_config import backup_codes, passkeys, second_factor, second_factor_reset, two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", two_factor.SetUpView.as_view(), name="two_factor_setup"),
        path("two-factor/passkeys/", passkeys.PasskeysView.as_view(), name="passkeys"),
        path(
            "two-factor/backup-codes/",
            backup_codes.BackupCodesView.as_view(),
            name="backup_codes",
        ),
        path(
            "two-factor/step/",
            second_factor.SecondFactorStepView.as_view(),
            name="second_factor_step",
        ),
        path(
            "two-factor/reset/<id:user_id>/",
            second_factor_reset.ResetView.as_view(),
            name="second_factor_reset",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    if two_factor.confirmed_device(request.user):
        return None
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Set up two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app as well as your password."),
    }


@hooks.register("register_account_menu_item")
def passkeys_menu_item(request):
    return {
        "url": reverse("passkeys"),
        "label": _("Passkeys"),
        "help_text": _("Sign in with your fingerprint, face or device PIN instead of a code."),
    }


@hooks.register("register_account_menu_item")
def backup_codes_menu_item(request):
    return {
        "url": reverse("backup_codes"),
        "label": _("Backup codes"),
        "help_text": _("One-time codes for when you cannot use your phone or passkey."),
    }


@hooks.register("register_user_listing_buttons")
def reset_second_factor_button(user, request_user):
    if second_factor_reset.may_reset(request_user, user):
        yield ListingButton(
            _("Reset second factor"),
            url=reverse("second_factor_reset", args=[user.pk]),
            priority=50,
        )


@hooks.register("register_log_actions")
def register_second_factor_log_actions(actions):
    actions.register_action(
        second_factor_reset.LOG_ACTION,
        second_factor_reset.LOG_LABEL,
        second_factor_reset.LOG_MESSAGE,
    )
