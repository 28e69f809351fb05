"""English and Welsh, as readers meet them: every page leads to the same thing in the other
language and back, pages say which language they are in, and a page not yet translated says so
in the reader's language instead of showing the other language's words."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from leaders.models import BlogPostPage, LeaderBlogPage
from tests import factories
from tests.readers.test_welsh_catalogue import CATALOGUE, PLACEHOLDER, ROOT, read_po

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANG = {"en": "en-GB", "cy": "cy"}
HREFLANG = {"en": "en-GB", "cy": "cy-GB"}


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def path_of(url: str) -> str:
    return url.removeprefix(settings.SITE_URL)


def language_of(path: str) -> str:
    return "cy" if path.startswith("/cy/") else "en"


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)"', html)[1]


def switcher(html: str) -> dict[str, str]:
    """The language switcher's links: {hreflang: href}, each label in its own language."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)[0]
    links = re.findall(r'<a href="([^"]*)" lang="([^"]*)" hreflang="([^"]*)">([^<]*)</a>', nav)
    assert all(
        (lang, name) in {("en-GB", "English"), ("cy", "Cymraeg")} for _, lang, _, name in links
    )
    return {hreflang: href for href, _lang, hreflang, _name in links}


def hreflang(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def other_language_link(html: str, path: str) -> str:
    links = switcher(html)
    assert len(links) == 1, (path, links)
    return next(iter(links.values()))


def get_html(client, path, lang):
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    assert html_lang(html) == LANG[lang], path
    return html


def english_interface_strings() -> set[str]:
    """The catalogue's English sentences a Welsh page must never show: whole strings of two words
    or more, without placeholders or markup, whose Welsh is different words."""
    strings = set()
    for entry in read_po(ROOT / CATALOGUE):
        english = entry.msgid.strip()
        welsh = entry.msgstr.get(0, "")
        if (
            len(english.split()) >= 2
            and not PLACEHOLDER.search(english)
            and "<" not in english
            and "\n" not in english
            and welsh.strip() != english
        ):
            strings.add(" ".join(english.split()))
    return strings


def visible_text(html: str) -> str:
    """What a reader (or a screen reader) meets: the text and the labels of the page."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    labels = re.findall(r'(?:aria-label|alt|title|placeholder)="([^"]*)"', html)
    text = re.sub(r"<[^>]+>", " ", html)
    return " ".join(" ".join([text, *labels]).replace("&#x27;", "'").replace("&quot;", '"').split())


def notice_text(language: str) -> str:
    """The notice's heading as the catalogue gives it in `language` (English until it has one)."""
    with translation.override(language):
        if language == "cy":
            return gettext("This page is not available in Welsh yet")
        return gettext("This page is not available in English yet")


def test_every_page_leads_to_the_same_page_in_the_other_language_and_back(client, demo):
    """Every page in the sitemap, both languages: html lang, the switcher to the matching page
    (or the notice) and back, reciprocal hreflang, og:locale; archives and topics too."""
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own)
    entries = {
        path_of(url.find(f"{SITEMAP}loc").text): {
            link.get("hreflang"): path_of(link.get("href")) for link in url.findall(f"{XHTML}link")
        }
        for url in sitemap.findall(f"{SITEMAP}url")
    }
    assert any(language_of(path) == "cy" for path in entries)
    blog = "/leaders/amira-hassan/"
    routes = [f"{blog}tag/transparency/", "/tags/", "/feeds/", "/accessibility/report/"]
    untranslated = 0
    welsh_pages = {}
    for path in [*entries, *routes]:
        lang = language_of(path)
        html = get_html(client, path, lang)
        assert (
            f'<meta property="og:locale" content="{"cy_GB" if lang == "cy" else "en_GB"}">' in html
        )
        other = other_language_link(html, path)
        other_lang = "en" if lang == "cy" else "cy"
        assert language_of(other) == other_lang, (path, other)
        if path not in ("/", "/cy/"):
            assert other not in ("/", "/cy/"), (path, other)  # never the home page instead
        other_html = get_html(client, other, other_lang)
        for page_path, page_html in ((path, html), (other, other_html)):
            if language_of(page_path) == "cy":
                welsh_pages[page_path] = page_html
        if "data-untranslated" in other_html:
            # Not translated yet: a notice in the reader's language, never indexed.
            untranslated += 1
            assert notice_text(other_lang) in other_html, other
            assert '<meta name="robots" content="noindex">' in other_html
            assert f'<link rel="canonical" href="{settings.SITE_URL}{path}">' in other_html
            assert f'href="{path}" hreflang="{HREFLANG[lang]}"' in other_html
            assert not hreflang(html), path  # no alternate points at a notice
        elif "/tag/" in path:
            # Tags are words of each language, matched by the posts that carry them: back to a
            # topic of the same blog (the same one where the tags correspond one to one).
            back = other_language_link(other_html, other)
            assert back.startswith(path.split("tag/")[0] + "tag/"), (path, other, back)
        else:
            assert other_language_link(other_html, other) == path, (path, other)
        alternates = hreflang(html)
        if entries.get(path):
            # The sitemap and the page agree, both ways, and x-default is the English page.
            expected = {k: settings.SITE_URL + v for k, v in entries[path].items()}
            assert alternates == expected, path
            assert entries[path]["x-default"] == entries[path]["en-GB"]
            assert hreflang(other_html) == alternates, other
    assert untranslated >= 1  # demo/content_cy.py leaves at least one post in English only
    # Welsh pages speak Welsh: no English sentence of the interface on any of them.
    english = english_interface_strings()
    assert len(english) > 100
    for path, html in welsh_pages.items():
        text = visible_text(html)
        assert [string for string in english if string in text] == [], path


def test_a_post_written_in_welsh_first_says_so_in_english(client, demo):
    welsh_blog = LeaderBlogPage.objects.filter(
        locale__language_code="cy", alias_of__isnull=True
    ).first()
    post = factories.blog_post(welsh_blog, title="Newyddion y llyfrgell", slug="newyddion")
    html = get_html(client, post.url, "cy")
    english = other_language_link(html, post.url)
    notice = get_html(client, english, "en")
    assert notice_text("en") in notice
    assert '<meta name="robots" content="noindex">' in notice
    assert f'<link rel="canonical" href="{settings.SITE_URL}{post.url}">' in notice
    assert "Newyddion y llyfrgell" not in notice
    # An English reader's listing does not show it; the Welsh one does.
    assert "Newyddion y llyfrgell" in client.get(welsh_blog.url).content.decode()
    english_blog = welsh_blog.get_translation(Locale.objects.get(language_code="en-gb"))
    assert "Newyddion y llyfrgell" not in client.get(english_blog.url).content.decode()


def test_feeds_search_and_page_cache_keep_the_languages_apart(client, demo):
    welsh_blog = LeaderBlogPage.objects.filter(
        locale__language_code="cy", alias_of__isnull=True
    ).first()
    english_blog = welsh_blog.get_translation(Locale.objects.get(language_code="en-gb"))
    welsh_post = (
        BlogPostPage.objects.child_of(welsh_blog).live().filter(alias_of__isnull=True).first()
    )
    # Feeds: each language's own posts, with its <language>.
    for blog, language in ((english_blog, "en-gb"), (welsh_blog, "cy")):
        feed = client.get(blog.url + "feed/").content.decode()
        assert f"<language>{language}</language>" in feed
        assert (welsh_post.title in feed) == (language == "cy")
    # Search: a leader's name finds posts in the language searched in only.
    english = client.get("/search/", {"q": english_blog.name}).content.decode()
    welsh = client.get("/cy/search/", {"q": english_blog.name}).content.decode()
    assert html_lang(welsh) == "cy" and welsh_post.url in welsh
    assert welsh_post.url not in english and "/cy/" not in english.split("<main", 1)[1]
    # The switcher keeps the query.
    assert switcher(welsh)["en-GB"] == f"/search/?q={english_blog.name.replace(' ', '+')}"
    # Page cache: one entry per language; a Welsh post refreshes the Welsh listings only.
    english_listings = [english_blog.get_parent().url, "/"]
    welsh_listings = [welsh_blog.get_parent().url, "/cy/"]
    for url in english_listings + welsh_listings:
        assert client.get(url)["X-Page-Cache"] == "miss"
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit"
        assert html_lang(response.content.decode()) == LANG[language_of(url)]
    welsh_post.specific.save_revision().publish()
    assert [client.get(url)["X-Page-Cache"] for url in welsh_listings] == ["miss", "miss"]
    assert [client.get(url)["X-Page-Cache"] for url in english_listings] == ["hit", "hit"]
