"""The 500 handler: a database outage becomes a styled 503, anything else the plain 500 page.

Django turns any exception, raised in a view or in a middleware, into a response through
`handler500`, and calls it inside the `except` block, so the exception is still in
`sys.exc_info()`. Mapping database errors here (rather than in a middleware's process_exception)
also covers failures in middleware and in the redirect lookup. Neither template touches the
database or shows any internals; with CONN_HEALTH_CHECKS the next request reconnects by itself.
"""

import json
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.template import loader
from django.utils.translation import gettext as _

RETRY_AFTER_SECONDS = 30


def server_error(request):
    exc = sys.exc_info()[1]
    if isinstance(exc, (OperationalError, InterfaceError)):
        body = loader.get_template("503.html").render()
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


class MalformedAdminPostMiddleware:
    """A damaged admin form post gets a 400 with a message, not a 500.

    Wagtail's rich text widget json-decodes the editor's field without a guard; its own
    JavaScript always sends valid JSON, so only a damaged or crafted request reaches this.
    The exception happens while the form is read, before anything is saved.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if (
            request.method == "POST"
            and request.path_info.startswith("/admin/")
            and isinstance(exception, json.JSONDecodeError)
        ):
            message = _(
                "The form could not be read, so nothing was saved. Reload the page and try again."
            )
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return None
