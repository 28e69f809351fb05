"""Site-wide views that are not pages: search, robots.txt and the /favicon.ico fallback."""

import re

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from leaders.listings import POSTS_PER_PAGE, attach_blogs, live_posts
from leaders.site_url import absolute_url

from . import languages

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


@require_GET
def search(request):
    """Live posts matching the words typed: title, summary, body, tags and the leader's name.

    Wagtail's database backend uses SQLite's FTS5 or PostgreSQL's full-text search. The page is
    noindex and robots.txt keeps crawlers out: result pages are endless and say nothing new.
    Each language searches its own posts only (/search/ English, /cy/search/ Welsh).
    """
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    # Readers search for words; punctuation would reach the full-text engine as its own
    # query syntax (an unbalanced quote is an SQLite FTS error), so only words are searched.
    terms = WORD.findall(query)
    context = {
        "query": query,
        "posts": [],
        "posts_page": None,
        "language_alternates": languages.search_alternates(query),
    }
    if query:
        posts = live_posts().filter(locale=Locale.get_active())
        results = posts.search(" ".join(terms)) if terms else []
        page = Paginator(results, POSTS_PER_PAGE).get_page(request.GET.get("page"))
        context["posts_page"] = page
        context["posts"] = attach_blogs(page.object_list)
    return render(request, "home/search.html", context)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        # Wherever ADMIN_PATH puts the admin.
        f"Disallow: {reverse('wagtailadmin_home')}",
        # Search in each language (/search/, /cy/search/).
        *(f"Disallow: {languages.reverse_in(code, 'search')}" for code in languages.LANGUAGES),
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers, feed readers and crawlers ask for /favicon.ico whatever the page links to:
    send them to the icon in the static files (hashed name, cached for a year)."""
    return HttpResponsePermanentRedirect(static("icons/favicon.ico"))


@require_GET
def untranslated(request, page_id):
    """/cy/untranslated/<id>/ (and /untranslated/<id>/): the page `id` in the reader's
    language, or the notice that it is not written in it yet. The language switcher links here
    for a page that has neither a translation nor an alias in the other language."""
    page = (
        Page.objects.live()
        .public()
        .filter(pk=page_id, depth__gt=1)
        .select_related("locale")
        .first()
    )
    if page is None or page.get_url(request=request) is None:
        raise Http404
    here = languages.language()
    translated = (
        page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=here.code, alias_of__isnull=True)
    )
    found = translated.first()
    if found is not None and found.get_url(request=request):
        return redirect(found.get_url(request=request))
    return languages.untranslated_response(request, None, page)
