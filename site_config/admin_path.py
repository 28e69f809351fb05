"""Where the Wagtail admin is: asked of the URL configuration, which mounts it at ADMIN_PATH.

Asked per request, not at import, so whatever the URL configuration says (another ADMIN_PATH,
a script prefix) the two-factor middleware, the security headers and robots.txt agree with it.
"""

from django.urls import NoReverseMatch, reverse


def admin_prefix() -> str | None:
    """The admin's URL prefix, as request.path spells it; None when no admin is routed."""
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def is_admin_path(path: str) -> bool:
    prefix = admin_prefix()
    return prefix is not None and path.startswith(prefix)
