"""sitemap.xml: Wagtail's sitemap of every live, public page, located on SITE_URL.

Wagtail builds locations from the Site record's host name (often "localhost" on a fresh
install); search engines must be given the public address, the one canonical links use.
"""

from urllib.parse import urlsplit

from wagtail.contrib.sitemaps import Sitemap

from leaders.site_url import absolute_url


def on_site_url(url: str) -> str:
    """Wagtail's location (on the Site record's host) moved onto the public address."""
    parts = urlsplit(url)
    return absolute_url(parts.path + (f"?{parts.query}" if parts.query else ""))


class PublicSitemap(Sitemap):
    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = on_site_url(url["location"])
        return urls
