"""`{% site_navigation as nav %}`: the site's links from the page tree (home.navigation)."""

from django import template

from home import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Header and footer links, and the pages others point to: `nav.privacy.url`,
    `nav.directory.url`, `nav.root` (the home page, for `{% routed_url nav.root "tag" … %}`)."""
    return navigation.for_request(context.get("request"))
