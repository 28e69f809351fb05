"""Faults become the right answer: the 500 handler, and two middlewares for requests whose own
content broke a view (a damaged form, an impossible id), which get a 4xx instead of a 500.

The 500 handler: a database outage becomes a styled 503, anything else the plain 500 page.

Django turns any exception, raised in a view or in a middleware, into a response through
`handler500`, and calls it inside the `except` block, so the exception is still in
`sys.exc_info()`. Mapping database errors here (rather than in a middleware's process_exception)
also covers failures in middleware and in the redirect lookup. Neither template touches the
database or shows any internals; with CONN_HEALTH_CHECKS the next request reconnects by itself.
"""

import json
import logging
import re
import sys
import traceback

from django.core.handlers.exception import response_for_exception
from django.db import DataError, InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.template import loader
from django.utils.translation import gettext as _

from .ids import beyond_database_range

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
NUMERIC_VALUE_OUT_OF_RANGE = "22003"  # SQLSTATE


def server_error(request):
    exc = sys.exc_info()[1]
    if isinstance(exc, (OperationalError, InterfaceError)):
        body = loader.get_template("503.html").render()
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


def _raised_in(exception, *, function=None, module=None) -> bool:
    """Whether the traceback passes through a function of that name, or code of that module."""
    for frame, _line in traceback.walk_tb(exception.__traceback__):
        if function and frame.f_code.co_name == function:
            return True
        if module and frame.f_globals.get("__name__", "").startswith(module):
            return True
    return False


def _submitted_values(request):
    """Every value the client sent: the URL's parts, the query string, a form body."""
    match = request.resolver_match
    if match is not None:
        yield from match.args
        yield from match.kwargs.values()
    yield from filter(None, request.path_info.split("/"))
    for _name, values in request.GET.lists():
        yield from values
    if request.method == "POST":  # already parsed by the CSRF check
        for _name, values in request.POST.lists():
            yield from values


class MalformedFormMiddleware:
    """A damaged form submission gets a 400 with a message, not a 500.

    Some form widgets read the submitted data without a guard: Wagtail's StreamField takes
    `int(data["body-count"])`, and its rich text widget json-decodes the editor's field. Their
    JavaScript always sends well-formed values, so only a damaged or crafted request fails there.
    The rule is narrow on purpose: the exception must be one that parsing raises and must come
    from inside a widget's or block's `value_from_datadict`, which Django calls while the form
    is read, before anything is saved. Any other error stays a 500 and is logged as a bug.

    One field is checked before the view instead: Wagtail's editors json-decode the workflow
    action's extra data (the approval comment) only after saving the revision, so a damaged
    value is refused up front to keep "nothing was saved" true.
    """

    PARSING_ERRORS = (ValueError, TypeError, LookupError, AttributeError)
    JSON_OBJECT_FIELDS = ("workflow-action-extra-data",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        for name in self.JSON_OBJECT_FIELDS:
            if name in request.POST and not _is_json_object(request.POST[name]):
                return self._refuse()
        return None

    def process_exception(self, request, exception):
        if isinstance(exception, self.PARSING_ERRORS) and _raised_in(
            exception, function="value_from_datadict"
        ):
            return self._refuse()
        return None

    def _refuse(self):
        message = _(
            "The form could not be read, so nothing was saved. Reload the page and try again."
        )
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _is_json_object(text) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):  # RecursionError: nested too deep to read
        return False


# The value int() or a model field could not read as a number, as the error message quotes it.
_NOT_A_NUMBER = re.compile(
    r"(?:expected a number but got |invalid literal for int\(\) with base 10: )(?P<value>.*?)\.?\Z",
    re.DOTALL,
)
# CPython cuts the quoted value in int()'s message to this many characters.
_QUOTED_LIMIT = 200


def _quotes_submitted_value(exception, request) -> bool:
    match = _NOT_A_NUMBER.search(str(exception))
    if match is None:
        return False
    quoted = match["value"]
    for value in _submitted_values(request):
        shown = repr(value)
        if shown == quoted or (len(quoted) >= _QUOTED_LIMIT and shown.startswith(quoted)):
            return True
    return False


def _integer_out_of_range(exception) -> bool:
    """SQLite's driver refusing to bind a number, PostgreSQL refusing to store one, or int()
    refusing a string of more than 4,300 digits."""
    if isinstance(exception, OverflowError):
        return _raised_in(exception, module="django.db.backends")
    if isinstance(exception, DataError):
        return getattr(exception.__cause__, "sqlstate", None) == NUMERIC_VALUE_OUT_OF_RANGE
    return isinstance(exception, ValueError) and "integer string conversion" in str(exception)


class UnusableIdMiddleware:
    """An id in a request that no row can have answers 404 (the page is not there), not 500.

    Our own routes and forms check ids before the database (site_config/ids.py). This is the
    safety net for Django's and Wagtail's views, which take `<int:…>` and `?id=` values as they
    come: a lookup through a page type's or a comment's parent link, an `__in` list or a filter
    on a foreign key hands a number beyond 64 bits to SQLite's driver (OverflowError; PostgreSQL
    compares it, or refuses to store it with "out of range", SQLSTATE 22003), and a value that is
    not a number makes the lookup raise ValueError.

    It answers only when the request itself is at fault: an overflow while the request carried
    an integer beyond the 64-bit range, or a "not a number" error quoting a value the request
    sent. An overflow or a ValueError from our own arithmetic or data stays a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (ValueError, TypeError)) and _quotes_submitted_value(
            exception, request
        ):
            return self._not_found(request, exception)
        if _integer_out_of_range(exception) and any(
            beyond_database_range(value) for value in _submitted_values(request)
        ):
            return self._not_found(request, exception)
        return None

    def _not_found(self, request, exception):
        logger.info("An id in %s cannot exist (%r): answered 404", request.path, exception)
        return response_for_exception(request, Http404())
