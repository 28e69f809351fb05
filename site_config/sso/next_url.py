"""Where a sign-in returns: only ever a path on this site."""

from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(value) -> str:
    """`value` if it is a path on this site (`/admin/pages/5/edit/`), else the admin's home.

    No scheme, no host, not `//host` nor `/\\host` (which browsers read as another host), no
    control characters."""
    if (
        isinstance(value, str)
        and value.startswith("/")
        and not value.startswith(("//", "/\\"))
        and value.isprintable()
        and url_has_allowed_host_and_scheme(value, allowed_hosts=set())
    ):
        return value
    return reverse("wagtailadmin_home")
