"""Reporting an accessibility problem: the statement page's /report/ route.

A valid report is emailed to the address on the statement page, then the reader is sent to a
confirmation page (post/redirect/get, so reloading does not send it twice). A failure to send
keeps what the reader wrote on screen and says so; nothing is lost and nothing answers 500.

The form follows the site's spam rules (comments/antispam.py), with the comment form's limits:
a refused report sends no mail and shows the form again, with what the reader wrote and why.
A report with links or hold-list words is still sent, marked for the team to check first.
"""

import logging
import smtplib

from django.core.mail import EmailMessage
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from comments import antispam
from leaders.routes import route_url

from .forms import AccessibilityReportForm

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "accessibility-report"


def send_report(statement, form, review_reasons):
    data = form.cleaned_data
    body = render_to_string(
        "home/email/accessibility_report.txt", {"data": data, "review_reasons": review_reasons}
    )
    subject = _("Accessibility problem reported on Leadership Voices")
    if review_reasons:
        subject = _("Check first: %(subject)s") % {"subject": subject}
    message = EmailMessage(
        subject=subject,
        body=body,
        to=[statement.report_email],
        reply_to=[data["email"]] if data["email"] else None,
    )
    message.send()


def too_many_message(wait, statement):
    minutes = max(1, -(-wait // 60))
    return ngettext(
        "You have sent several reports in a short time. What you wrote is still below: please "
        "send it again in %(minutes)d minute, or email it to %(email)s.",
        "You have sent several reports in a short time. What you wrote is still below: please "
        "send it again in %(minutes)d minutes, or email it to %(email)s.",
        minutes,
    ) % {"minutes": minutes, "email": statement.report_email}


def report_view(statement, request):
    form = AccessibilityReportForm(request.POST if request.method == "POST" else None)
    status = 200
    wait = 0
    send_failed = False
    if request.method == "POST":
        if form.is_valid():
            wait = antispam.rate_limit_wait(RATE_LIMIT_SCOPE, request, form.cleaned_data["email"])
            if wait:
                form.add_error(None, too_many_message(wait, statement))
                status = 429
            else:
                try:
                    send_report(statement, form, antispam.review_reasons(form.text(), request))
                except (smtplib.SMTPException, OSError):
                    logger.exception("Could not send an accessibility report")
                    send_failed = True
                    status = 503
                else:
                    return redirect(route_url(statement, "report_sent", request=request))
        form.describe_errors()
    response = TemplateResponse(
        request,
        "home/accessibility_report.html",
        {"page": statement, "self": statement, "form": form, "send_failed": send_failed},
        status=status,
    )
    if wait:
        response["Retry-After"] = str(wait)
    # The form's signed timestamp must be the time this reader was shown it, so the page is
    # never kept in the page cache (nor in any other).
    add_never_cache_headers(response)
    return response


def sent_view(statement, request):
    return TemplateResponse(
        request, "home/accessibility_report_sent.html", {"page": statement, "self": statement}
    )
