"""Every signal receiver of the site's operations, connected once from `SiteConfigConfig.ready()`:
the sign-in throttle counts failures and successes from Django's own signals, so every way to
sign in is counted."""

from django.contrib.auth.signals import user_logged_in, user_login_failed

from . import signin


def register_signal_handlers():
    user_login_failed.connect(signin.count_failure, dispatch_uid="signin-count-failure")
    user_logged_in.connect(signin.count_success, dispatch_uid="signin-count-success")
