"""The site's URLs and error handler plus two views that fail, for what readers then receive."""

from django.db import OperationalError
from django.urls import path

from site_config.urls import handler500  # noqa: F401 - Django reads it from this module
from site_config.urls import urlpatterns as site_urlpatterns


def bug(request):
    raise RuntimeError("a bug in a view")


def database_down(request):
    raise OperationalError("could not connect to server: Connection refused")


urlpatterns = [
    path("fault/bug/", bug),
    path("fault/database-down/", database_down),
    *site_urlpatterns,
]
