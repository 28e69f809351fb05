"""Emails to members of staff, each in their own language.

A member of staff chooses their language under Account → Language in the admin (Wagtail's
`UserProfile.preferred_language`). Their emails are rendered in it, subject included, or in
`settings.LANGUAGE_CODE` when they have not chosen one or chose a language the site does not
offer. Wagtail's own notifiers fall back to the language of whoever triggered the email, so a
Welsh-speaking leader's submission would reach the whole team in Welsh; the notifiers here
replace them (connected under Wagtail's own dispatch ids in `leaders.signal_handlers`).
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import get_connection
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.admin import mail as wagtail_mail

logger = logging.getLogger(__name__)


def staff_language(user):
    """The language `user`'s emails are written in."""
    try:
        chosen = user.wagtail_userprofile.preferred_language
    except (AttributeError, ObjectDoesNotExist):
        chosen = ""
    offered = {code.lower(): code for code, _name in settings.LANGUAGES}
    for candidate in (chosen, chosen.split("-")[0]):
        if candidate and candidate.lower() in offered:
            return offered[candidate.lower()]
    return settings.LANGUAGE_CODE


@contextmanager
def in_language_of(user):
    with translation.override(staff_language(user)):
        yield


class StaffLanguageEmailMixin:
    """For Wagtail's `EmailNotificationMixin` notifiers: each recipient's subject, text and HTML
    are rendered in their own language (Wagtail renders the HTML in the sender's)."""

    def send_emails(self, template_set, context, recipients, **kwargs):
        sent = 0
        try:
            with wagtail_mail.OpenedConnection(get_connection()) as connection:
                for recipient in recipients:
                    context["user"] = recipient
                    with in_language_of(recipient):
                        subject = render_to_string(template_set["subject"], context).strip()
                        text = render_to_string(template_set["text"], context).strip()
                        extra = {}
                        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False):
                            extra["html_message"] = render_to_string(template_set["html"], context)
                    try:
                        wagtail_mail.send_mail(
                            subject, text, [recipient.email], connection=connection, **extra
                        )
                        sent += 1
                    except Exception:
                        logger.exception("Could not send %r to %s", subject, recipient.email)
        except (TimeoutError, ConnectionError):
            logger.exception("Mail connection error, notifications not sent")
        return sent == len(recipients)


class TaskSubmittedNotifier(
    StaffLanguageEmailMixin, wagtail_mail.GroupApprovalTaskStateSubmissionEmailNotifier
):
    """The communications team: a post awaits their approval."""


class WorkflowSubmittedNotifier(
    StaffLanguageEmailMixin, wagtail_mail.WorkflowStateSubmissionEmailNotifier
):
    """Superusers: a post entered the workflow."""


class WorkflowApprovedNotifier(
    StaffLanguageEmailMixin, wagtail_mail.WorkflowStateApprovalEmailNotifier
):
    """The author: their post was approved."""


class WorkflowRejectedNotifier(
    StaffLanguageEmailMixin, wagtail_mail.WorkflowStateRejectionEmailNotifier
):
    """The author: changes were requested."""
