"""Where a sign-in returns: only ever a path on this site."""

from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(value) -> str:
    """`value` if it is a path on this site (`/admin/pages/5/edit/`), else the admin's home.

    Django's check refuses a scheme, a host, `//host` and `/\\host` (which browsers read as
    another host); a relative path and control characters (a header split) are refused here."""
    if (
        isinstance(value, str)
        and value.startswith("/")
        and value.isprintable()
        and url_has_allowed_host_and_scheme(value, allowed_hosts=set())
    ):
        return value
    return reverse("wagtailadmin_home")
