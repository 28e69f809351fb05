"""sitemap.xml: Wagtail's sitemap of every live, public page, located on SITE_URL.

Wagtail builds locations from the Site record's host name (often "localhost" on a fresh
install); search engines must be given the public address, the one canonical links use.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap


def on_site_url(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return settings.SITE_URL + path


class PublicSitemap(Sitemap):
    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = on_site_url(url["location"])
        return urls
