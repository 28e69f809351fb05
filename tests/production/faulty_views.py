"""A URLconf of views with genuine bugs, for the tests that show the fault middlewares answer
only for the request's own content and leave a server bug a 500."""

import json
import math

from django.db import connection, transaction
from django.http import HttpResponse
from django.urls import path


def database_overflow(request):
    """A number the code made itself, too large for the database (SQLite's driver refuses to
    bind it; PostgreSQL refuses the cast with SQLSTATE 22003)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT CAST(%s AS BIGINT)", [2**64])
    return HttpResponse("unreachable")


def arithmetic_overflow(request):
    return HttpResponse(str(math.exp(1000)))


def not_a_number(request):
    return HttpResponse(str(int("abc")))


def bad_json(request):
    return HttpResponse(str(json.loads("not json")))


urlpatterns = [
    path("database-overflow/", database_overflow),
    path("arithmetic-overflow/", arithmetic_overflow),
    path("not-a-number/", not_a_number),
    path("bad-json/", bad_json),
]
