"""sitemap.xml: Wagtail's sitemap of every live, public page in both languages, on SITE_URL.

Wagtail builds locations from the Site record's host name (often "localhost" on a fresh
install); search engines must be given the public address, the one canonical links use. Each
page written in both languages lists the other with `xhtml:link` hreflang alternates (and
x-default, the English version). Aliases standing for a page not yet translated are noindex
notices, so they are neither listed nor given as alternates.
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from leaders.site_url import absolute_url

from .languages import DEFAULT, LANGUAGES


def on_site_url(url: str) -> str:
    """Wagtail's location (on the Site record's host) moved onto the public address."""
    parts = urlsplit(url)
    return absolute_url(parts.path + (f"?{parts.query}" if parts.query else ""))


def written(pages):
    """Live, public pages that are not aliases: what a reader finds written in its language."""
    return pages.live().public().filter(alias_of__isnull=True)


class PublicSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        trees = Q()
        for root in roots:
            trees |= Q(path__startswith=root.path)
        return written(Page.objects.filter(trees)).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = self._versions(pages)
        urls, last_mods = [], set()
        for item in pages:
            for url in item.get_sitemap_urls(self.request):
                url["location"] = on_site_url(url["location"])
                url["alternates"] = versions.get(item.translation_key, [])
                urls.append(url)
                last_mods.add(url.get("lastmod"))
        # As Wagtail's: last_mods is empty if the whole site is private.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _versions(self, pages):
        """hreflang alternates by translation key, from one query for the whole sitemap page."""
        keys = {page.translation_key for page in pages}
        found = defaultdict(list)
        translations = (
            written(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .only("url_path", "translation_key", "locale__language_code")
        )
        for translated in translations:
            url = translated.get_url(self.request)
            language = LANGUAGES.get(translated.locale.language_code)
            if url and language:
                found[translated.translation_key].append((language, absolute_url(url)))
        alternates = {}
        for key, versions in found.items():
            if len(versions) < 2:
                continue
            links = [{"lang_code": lang.hreflang, "location": href} for lang, href in versions]
            links += [
                {"lang_code": "x-default", "location": href}
                for lang, href in versions
                if lang == DEFAULT
            ]
            alternates[key] = links
        return alternates
