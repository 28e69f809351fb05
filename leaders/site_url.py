"""The one way to make an absolute URL: a page or a path on the public address, SITE_URL.

Feeds, the sitemap, canonical and share links, structured data, emails and management commands
all go through `absolute_url`. It never reads the request's Host header or a Site record's host
name, so a forged Host cannot end up in an email or a feed, and a page reached through another
name or a proxy still gives its one public address.
"""

from django.conf import settings
from wagtail.models import Page


def absolute_url(target, request=None) -> str | None:
    """The absolute URL of `target` on SITE_URL.

    `target` is a page (its URL from the page tree; None if it has none), or a path on this
    site ("/…", with any query or fragment). Anything else passes through unchanged: a URL
    that is already absolute, a protocol-relative one, "mailto:", a bare "#fragment", "".
    `request`, when given, saves the page tree's site look-ups.
    """
    if isinstance(target, Page):
        parts = target.get_url_parts(request=request)
        if parts is None or parts[2] is None:
            return None
        target = parts[2]
    if not target or not target.startswith("/") or target.startswith("//"):
        return target
    return settings.SITE_URL + target
