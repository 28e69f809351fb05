"""What every page tells search engines and social sites: canonical URL and description.

URLs are built on SITE_URL (the public address, leaders.site_url), not on the request's host,
so a page reached through another name or a proxy still names its one public address.
"""

import html
import re

from django import template
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator

from leaders.site_url import absolute_url

register = template.Library()

DESCRIPTION_LENGTH = 160


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's public URL; listings keep their page number, other query strings go."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context.get("request")
    if request is None:
        return absolute_url(reverse("wagtail_serve", args=[""]))
    url = absolute_url(request.path)
    number = request.GET.get("page", "")
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
    if re.fullmatch(r"[0-9]{1,9}", number) and int(number) > 1:
        url += f"?page={int(number)}"
    return url


@register.filter
def page_description(page):
    """The page's promoted description, else its summary or introduction in plain words."""
    if page is None:
        return ""
    for name in ("search_description", "summary", "intro", "biography"):
        value = getattr(page, name, "")
        if value:
            text = " ".join(html.unescape(strip_tags(str(value))).split())
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""
