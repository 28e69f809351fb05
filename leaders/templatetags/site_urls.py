"""Links in templates from the same two helpers as in code: `{% routed_url %}` for the routes of
routable pages (leaders.routes) and `{% absolute_url %}` for the public address
(leaders.site_url)."""

from django import template

from leaders.routes import route_url
from leaders.site_url import absolute_url as public_url

register = template.Library()


@register.simple_tag(takes_context=True)
def routed_url(context, page, name, *args):
    """`{% routed_url blog "rss" %}`, `{% routed_url home "tag" tag.slug as url %}`: "" when
    there is no page or it has no URL, so a link never points at the wrong place."""
    if page is None:
        return ""
    return route_url(page, name, *args, request=context.get("request")) or ""


@register.simple_tag(takes_context=True)
def absolute_url(context, target):
    """`{% absolute_url page %}` or `{% url 'name' as path %}{% absolute_url path %}`: the
    absolute URL on SITE_URL, for emails and anything read away from the site."""
    return public_url(target, request=context.get("request")) or ""
