"""English and Welsh: which page, route or search is "the same thing" in the other language, and
what a reader gets when it has not been written yet.

Every page has its translations (Wagtail's translation_key). A page created in one language gets
an *alias* in the other at once (WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE): it sits at the
matching place in the other tree, e.g. /cy/arweinwyr/<blog>/<english-slug>/, and stays an alias
until someone writes the translation. An alias in another language than its original is never
served as it is (English words under a Welsh address): `untranslated_response` answers it with a
notice in the reader's language, a link to the existing version, noindex, and a canonical URL on
that version. A page that has neither (made in code, or its alias was deleted) is reached through
the `untranslated` view, /cy/untranslated/<id>/, which says the same.

The language switcher, hreflang alternates, og:locale and the sitemap all come from
`alternates`: one query per page (its translations), plus one on a tag or date archive to find
its counterpart.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import urlencode
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from leaders.listings import live_posts
from leaders.models import BlogPostTag, LeaderBlogPage
from leaders.site_url import absolute_url


@dataclass(frozen=True)
class Language:
    code: str  # Django's and Wagtail's code: "en-gb", "cy"
    name: str  # in the language itself, as the switcher shows it
    html_lang: str  # <html lang>, lang="" on text in this language
    hreflang: str  # hreflang of alternates and links
    og_locale: str


LANGUAGES = {
    "en-gb": Language("en-gb", "English", "en-GB", "en-GB", "en_GB"),
    "cy": Language("cy", "Cymraeg", "cy", "cy-GB", "cy_GB"),
}
DEFAULT = LANGUAGES["en-gb"]


def language(code=None) -> Language:
    """The Language for `code`, or the active one."""
    code = code or translation.get_language() or settings.LANGUAGE_CODE
    try:
        code = get_supported_content_language_variant(code)
    except LookupError:
        return DEFAULT
    return LANGUAGES.get(code, DEFAULT)


@dataclass(frozen=True)
class Alternate:
    """One language's version of what the reader is looking at."""

    language: Language
    url: str  # a path on this site
    available: bool  # written in this language (False: the "not available yet" notice)
    current: bool

    @property
    def absolute(self) -> str:
        return absolute_url(self.url)


@dataclass(frozen=True)
class Alternates:
    items: tuple[Alternate, ...]

    @property
    def current(self) -> Alternate | None:
        return next((item for item in self.items if item.current), None)

    @property
    def others(self) -> tuple[Alternate, ...]:
        return tuple(item for item in self.items if not item.current)

    @property
    def hreflang(self) -> tuple[Alternate, ...]:
        """Versions search engines are told about: only written ones, and only when the page
        exists in more than one language (a notice is noindex, never an alternate)."""
        written = tuple(item for item in self.items if item.available)
        return written if len(written) > 1 else ()

    @property
    def x_default(self) -> Alternate | None:
        return next((i for i in self.hreflang if i.language.code == DEFAULT.code), None)


def is_untranslated_alias(page, original=None) -> bool:
    """An alias standing in another language for a page not translated into it yet."""
    if not page.alias_of_id:
        return False
    original = original or Page.objects.only("locale_id").get(pk=page.alias_of_id)
    return original.locale_id != page.locale_id


def reverse_in(code, name, *args, query=None) -> str:
    with translation.override(code):
        url = reverse(name, args=args)
    return f"{url}?{urlencode(query)}" if query else url


def search_alternates(query: str) -> Alternates:
    """The same search in each language."""
    current = language()
    return Alternates(
        tuple(
            Alternate(
                lang,
                reverse_in(lang.code, "search", query={"q": query} if query else None),
                True,
                lang == current,
            )
            for lang in LANGUAGES.values()
        )
    )


def _translations(page):
    return {
        translated.locale.language_code: translated
        for translated in Page.objects.filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("pk", "url_path", "live", "alias_of_id", "locale", "path", "depth", "content_type")
    }


def page_alternates(page, request=None) -> Alternates:
    """Each language's version of `page` (and of the route being served, when it has one)."""
    page = page.specific_deferred if type(page) is Page else page
    found = _translations(page)
    current = language()
    route = getattr(request, "routable_resolver_match", None) if request else None
    items = []
    for lang in LANGUAGES.values():
        translated = found.get(lang.code)
        is_current = lang == current
        if is_current and translated is not None and translated.pk == page.pk:
            url = request.path if request is not None else page.get_url()
            items.append(Alternate(lang, url, True, True))
            continue
        if translated is None or not translated.live:
            items.append(_missing(lang, page))
            continue
        base = translated.get_url(request=request)
        if base is None:
            items.append(_missing(lang, page))
            continue
        if translated.alias_of_id and translated.locale_id != page.locale_id:
            # The alias answers every route with the notice; keep the route, so its link back
            # leads to the same archive or feed page.
            items.append(Alternate(lang, base + _route_suffix(page, route), False, is_current))
            continue
        suffix = _counterpart_route(page, translated, route)
        items.append(Alternate(lang, base + suffix, True, is_current))
    return Alternates(tuple(items))


def _missing(lang, page) -> Alternate:
    return Alternate(lang, reverse_in(lang.code, "untranslated", page.pk), False, False)


def path_alternates(request) -> Alternates:
    """For a view that is no page (an error page, a comment form's answer): the same path in
    each language, as Django's URL patterns translate it."""
    current = language()
    path = request.path if request is not None else "/"
    return Alternates(
        tuple(
            Alternate(lang, translate_url(path, lang.code), True, lang == current)
            for lang in LANGUAGES.values()
        )
    )


def _route_suffix(page, route) -> str:
    if route is None or route.url_name == "index_route":
        return ""
    return page.reverse_subpage(route.url_name, args=route.args, kwargs=route.kwargs or None)


def _counterpart_route(page, translated, route) -> str:
    """The route of `translated` showing what `route` of `page` shows: the same archive month,
    the tag the translated posts carry instead of this one. "" (the translated page itself)
    where the other language has nothing to show there."""
    if route is None or route.url_name == "index_route":
        return ""
    name, args = route.url_name, list(route.args)
    if "tag" in route.kwargs:
        args = [route.kwargs["tag"]]
    translated = translated.specific_deferred
    if name in ("tag", "tag_rss", "tag_atom"):
        tag = counterpart_tag(args[0], page, translated)
        if tag is None:  # the blog itself, or the home page's list of topics
            return "" if _is_blog(page) else page.reverse_subpage("tags")
        args = [tag]
    elif name in ("year", "month") and _is_blog(page):
        year = int(route.kwargs.get("year", args[0] if args else 0))
        posts = live_posts().child_of(translated).filter(date__year=year)
        if name == "month":
            month = int(route.kwargs.get("month", args[1] if len(args) > 1 else 0))
            posts = posts.filter(date__month=month)
        if not posts.exists():
            return ""
        args = [str(year)] + ([f"{month:02d}"] if name == "month" else [])
    elif route.kwargs:
        args = [*args, *route.kwargs.values()]
    return page.reverse_subpage(name, args=args or None)


def _is_blog(page) -> bool:
    return isinstance(page, LeaderBlogPage)


def counterpart_tag(slug, page, translated) -> str | None:
    """The tag the other language's posts carry where this language's posts carry `slug`.

    Tags are written in each language, so there is no stored link between "transparency" and
    "tryloywder": the counterpart is the tag whose posts, under `translated`, are most nearly
    the translations of the posts tagged `slug` under `page` (Jaccard similarity of their
    translation keys). None when no translated post shares one.
    """
    source_posts = live_posts().descendant_of(page)
    keys = set(source_posts.filter(tags__slug=slug).values_list("translation_key", flat=True))
    if not keys:
        return None
    carried = defaultdict(set)
    rows = BlogPostTag.objects.filter(
        content_object__in=live_posts().descendant_of(translated),
        content_object__translation_key__in=keys,
    ).values_list("tag__slug", "content_object__translation_key")
    for tag, key in rows:
        carried[tag].add(key)
    if not carried:
        return None
    return max(sorted(carried), key=lambda tag: len(carried[tag] & keys) / len(carried[tag] | keys))


def untranslated_response(request, page, original, status=200):
    """The notice shown, in the reader's language, where `page` is not written in it yet.

    `page` is the alias (or None, from the `untranslated` view); `original` the written page.
    The link back keeps the route the reader asked for (an archive month, a feed page).
    """
    original = original.specific_deferred if type(original) is Page else original
    here = language()
    there = language(original.locale.language_code)
    existing = original.get_url(request=request) or "/"
    if page is not None:
        alias_url = page.get_url(request=request) or ""
        if alias_url and request.path.startswith(alias_url):
            existing += request.path[len(alias_url) :]
    items = (
        Alternate(here, request.path, False, True),
        Alternate(there, existing, True, False),
    )
    ordered = tuple(sorted(items, key=lambda item: list(LANGUAGES).index(item.language.code)))
    return TemplateResponse(
        request,
        "home/untranslated.html",
        {
            "original": original,
            "existing_url": existing,
            "existing_language": there,
            "canonical_url": absolute_url(existing),
            "language_alternates": Alternates(ordered),
        },
        status=status,
    )


def sitemap_alternates(page) -> list[dict]:
    """hreflang links of a page in the sitemap: its written versions, when there are two."""
    written = []
    for code, translated in _translations(page).items():
        if not translated.live or (translated.alias_of_id and is_untranslated_alias(translated)):
            continue
        url = translated.get_url()
        if url:
            written.append((LANGUAGES.get(code, DEFAULT), absolute_url(url)))
    if len(written) < 2:
        return []
    links = [{"hreflang": lang.hreflang, "href": href} for lang, href in written]
    links += [{"hreflang": "x-default", "href": h} for lang, h in written if lang == DEFAULT]
    return links
