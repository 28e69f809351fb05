"""Reporting an accessibility problem: the statement page's /report/ route.

A valid report is emailed to the address on the statement page, then the reader is sent to a
confirmation page (post/redirect/get, so reloading does not send it twice). A failure to send
keeps what the reader wrote on screen and says so; nothing is lost and nothing answers 500.
"""

import logging
import smtplib

from django.core.mail import EmailMessage
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .forms import AccessibilityReportForm

logger = logging.getLogger(__name__)


def send_report(statement, form):
    data = form.cleaned_data
    body = render_to_string("home/email/accessibility_report.txt", {"data": data})
    message = EmailMessage(
        subject=_("Accessibility problem reported on Leadership Voices"),
        body=body,
        to=[statement.report_email],
        reply_to=[data["email"]] if data["email"] else None,
    )
    message.send()


def report_view(statement, request):
    form = AccessibilityReportForm(request.POST if request.method == "POST" else None)
    send_failed = False
    if request.method == "POST":
        if form.is_valid():
            try:
                send_report(statement, form)
            except (smtplib.SMTPException, OSError):
                logger.exception("Could not send an accessibility report")
                send_failed = True
            else:
                return redirect(statement.url + "report/sent/")
        else:
            form.describe_errors()
    response = TemplateResponse(
        request,
        "home/accessibility_report.html",
        {"page": statement, "self": statement, "form": form, "send_failed": send_failed},
    )
    if send_failed:
        response.status_code = 503
    return response


def sent_view(statement, request):
    return TemplateResponse(
        request, "home/accessibility_report_sent.html", {"page": statement, "self": statement}
    )
