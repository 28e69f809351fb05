"""The 500 handler: a database outage becomes a styled 503, anything else the plain 500 page.

Django turns any exception, raised in a view or in a middleware, into a response through
`handler500`, and calls it inside the `except` block, so the exception is still in
`sys.exc_info()`. Mapping database errors here (rather than in a middleware's process_exception)
also covers failures in middleware and in the redirect lookup. Neither template touches the
database or shows any internals; with CONN_HEALTH_CHECKS the next request reconnects by itself.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

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
