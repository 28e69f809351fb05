"""Django's, Wagtail's and django-otp-webauthn's strings that people see here, so our Welsh
catalogue translates them.

Django's Welsh catalogue lacks some (its form, timesince and CSRF texts changed since it was last
translated) and words others poorly ("Gorffenaf" for July); Wagtail's lacks the sign-in error.
Our catalogue comes first in LOCALE_PATHS, so its entry wins; but `makemessages` keeps only the
strings it finds in our source, so they are marked here. Nothing imports this module:
`makemessages` reads it, and tests/readers/test_welsh_catalogue.py checks that each string is
still one Django or Wagtail uses.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Form errors a reader can meet on the comment, report and accessibility forms.
FORM_ERRORS = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Null characters are not allowed."),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
]

# Month names in dates ("13 August 2026", "August 2026").
MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]

# The timesince filter, in the moderation screens ("3 days, 2 hours ago").
TIMESINCE = [
    ngettext_lazy("%(num)d year", "%(num)d years", "num"),
    ngettext_lazy("%(num)d month", "%(num)d months", "num"),
    ngettext_lazy("%(num)d week", "%(num)d weeks", "num"),
    ngettext_lazy("%(num)d day", "%(num)d days", "num"),
    ngettext_lazy("%(num)d hour", "%(num)d hours", "num"),
    ngettext_lazy("%(num)d minute", "%(num)d minutes", "num"),
    gettext_noop(", "),
]

# The page Django shows when a form's CSRF check fails (a stale page, cookies blocked).
CSRF_FAILURE = [
    gettext_noop("Forbidden"),
    gettext_noop("CSRF verification failed. Request aborted."),
    gettext_noop(
        "You are seeing this message because this HTTPS site requires a “Referer header” to be "
        "sent by your web browser, but none was sent. This header is required for security "
        "reasons, to ensure that your browser is not being hijacked by third parties."
    ),
    gettext_noop(
        "If you have configured your browser to disable “Referer” headers, please re-enable "
        "them, at least for this site, or for HTTPS connections, or for “same-origin” requests."
    ),
    gettext_noop(
        'If you are using the <meta name="referrer" content="no-referrer"> tag or including the '
        "“Referrer-Policy: no-referrer” header, please remove them. The CSRF protection "
        "requires the “Referer” header to do strict referer checking. If you’re concerned about "  # noqa: RUF001
        'privacy, use alternatives like <a rel="noreferrer" …> for links to third-party sites.'
    ),
    gettext_noop(
        "You are seeing this message because this site requires a CSRF cookie when submitting "
        "forms. This cookie is required for security reasons, to ensure that your browser is "
        "not being hijacked by third parties."
    ),
    gettext_noop(
        "If you have configured your browser to disable cookies, please re-enable them, at "
        "least for this site, or for “same-origin” requests."
    ),
    gettext_noop("More information is available with DEBUG=True."),
]

# Wagtail's sign-in form, which the front-end sign-in page uses too.
SIGN_IN = [
    gettext_noop("Enter password"),
    gettext_noop("Your %(username_field)s and password didn't match. Please try again."),
]

# django-otp-webauthn's answers that its passkey script shows as they are (site_config/passkeys.py).
PASSKEYS = [
    gettext_noop("The Passkey you tried to use was not found. Perhaps it was removed?"),
    gettext_noop(
        "The Passkey you tried to use does not belong to the currently logged-in user. Try "
        "using a different Passkey or logout first to use this Passkey."
    ),
    gettext_noop("This user account is marked as disabled."),
    gettext_noop("This Passkey has been marked as disabled."),
    gettext_noop(
        "You must verify your identity first with an existing MFA device before you can "
        "register a new passkey."
    ),
    gettext_noop(
        "State is missing or invalid. Please begin the operation first before trying to "
        "complete it."
    ),
    gettext_noop("Authentication required."),
]
