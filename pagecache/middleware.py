"""A shared cache of whole public pages for anonymous readers, invalidated by version tags.

Why our own and not Django's cache middleware: Django's keys on URL and `Vary` only, so it can
neither be invalidated precisely when a post is published (see `pagecache.invalidation`) nor keep a
page that carries a CSRF token. wagtail-cache does not install on Wagtail 8 (docs/decisions.md).

What is never cached or served from the cache:
- requests with a session or messages cookie (a logged-in editor, a reader with a password
  for a private page, a reader about to see a message), with an Authorization header, or with
  a query parameter other than `PAGE_CACHE_QUERY_PARAMS` (for example a search);
- responses that are not a 200, set a cookie, say `Cache-Control: private/no-store/no-cache`,
  queued or displayed a message, or come from a preview; and anything not marked cacheable:
  only live, public Wagtail pages (`pagecache.wagtail_hooks.mark_page`) and views wrapped in
  `cache_public` (the sitemap) are.

A page that rendered the reader's CSRF token (the comment form) is kept with a placeholder in
place of the token; each reader who gets it from the cache receives their own fresh token.
Pages without a token are also kept gzip-compressed, once, for readers who accept it: they
hold no secret, so compression cannot leak one (BREACH needs a secret beside reflected input).
"""

import gzip
import hashlib
import re
from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import CSRF_TOKEN_LENGTH, _unmask_cipher_token, get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language

from pagecache.invalidation import LISTINGS, SITE, current_versions, page_cache

ENTRY_PREFIX = "pagecache:page:"
CSRF_PLACEHOLDER = "__pagecache_csrf_token__"
TOKEN_RE = re.compile(rb"[A-Za-z0-9]{%d}" % CSRF_TOKEN_LENGTH)
UNCACHEABLE_CONTROL = {"private", "no-store", "no-cache"}
SKIP_HEADERS = {"etag", "content-length", "x-page-cache"}
PAGE_NUMBER_RE = re.compile(r"^[0-9]{1,4}$")


def _request_key(request) -> str | None:
    """The cache key of a request, or None when the request must not use the cache."""
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return None
    if getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES:
        return None
    allowed = settings.PAGE_CACHE_QUERY_PARAMS
    for name, values in request.GET.lists():
        if name not in allowed or len(values) != 1 or not PAGE_NUMBER_RE.match(values[0]):
            return None
    query = request.GET.urlencode() if request.GET else ""
    raw = f"{get_language()} {request.scheme}://{request.get_host()}{request.path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def mark_cacheable(request, tags) -> None:
    """Let the middleware keep this request's response, recording its tags' versions *now*,
    before rendering, so a change committed during the render leaves the entry stale."""
    request.page_cache_versions = current_versions(tags)


def cache_public(view):
    """Decorator for public views that are not Wagtail pages but list every leader's pages (the
    sitemap): kept until a post or blog changes anywhere, or anything site-wide (the `listings`
    and `site` tags). Feeds and topic pages are routes of Wagtail pages, marked by `mark_page`."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        mark_cacheable(request, [SITE, LISTINGS])
        return view(request, *args, **kwargs)

    return wrapped


def _messages_used(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and (storage.used or bool(storage._queued_messages))


def _storable(request, response) -> bool:
    control = {v.strip().lower() for v in cc_delim_re.split(response.get("Cache-Control", ""))}
    return (
        request.method == "GET"
        and getattr(request, "page_cache_versions", None) is not None
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (control & UNCACHEABLE_CONTROL)
        and not getattr(request, "is_preview", False)
        and not _messages_used(request)
    )


def _punch_csrf_holes(request, content: bytes) -> bytes | None:
    """Replace this reader's CSRF tokens by a placeholder; None if the page cannot be shared."""
    secret = request.META.get("CSRF_COOKIE", "")

    def replace(match):
        token = match.group().decode()
        return CSRF_PLACEHOLDER.encode() if _unmask_cipher_token(token) == secret else match[0]

    content = TOKEN_RE.sub(replace, content)
    return None if secret.encode() in content else content


def _etag(entry, request) -> str:
    """Weak ETag of the stored page; a page with a token has one per reader's CSRF secret."""
    if not entry["csrf"]:
        return f'W/"{entry["digest"]}"'
    secret = hashlib.md5(request.META["CSRF_COOKIE"].encode(), usedforsecurity=False)
    return f'W/"{entry["digest"]}-{secret.hexdigest()[:16]}"'


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _request_key(request)
        if key is None:
            return self.get_response(request)
        cache = page_cache()
        entry = cache.get(key)
        if entry is not None and current_versions(entry["versions"]) == entry["versions"]:
            return self._from_entry(request, entry)
        response = self.get_response(request)
        if _storable(request, response):
            self._store(request, response, key)
            response["X-Page-Cache"] = "miss"
        return response

    def _store(self, request, response, key):
        content = response.content
        uses_token = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        if uses_token:
            content = _punch_csrf_holes(request, content)
            if content is None:
                return
        entry = {
            "versions": request.page_cache_versions,
            "content": content,
            "digest": hashlib.md5(content, usedforsecurity=False).hexdigest(),
            "headers": [(k, v) for k, v in response.items() if k.lower() not in SKIP_HEADERS],
            "csrf": uses_token,
            "gzip": None if uses_token else gzip.compress(content, mtime=0),
        }
        response["ETag"] = _etag(entry, request)
        if entry["gzip"] is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
        # A form also carries render-time values (the comment form's signed timestamp, which
        # its anti-spam timing checks): keep such pages briefly so those stay close to fresh.
        timeout = settings.PAGE_CACHE_FORM_TIMEOUT if uses_token else settings.PAGE_CACHE_TIMEOUT
        page_cache().set(key, entry, timeout)

    def _from_entry(self, request, entry):
        content = entry["content"]
        response = HttpResponse(status=200)
        for name, value in entry["headers"]:
            response[name] = value
        # Whether the cache answers depends on the cookies sent: say so to any cache downstream.
        patch_vary_headers(response, ("Cookie",))
        if entry["gzip"] is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
            if re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")):
                content = entry["gzip"]
                response["Content-Encoding"] = "gzip"
        if entry["csrf"]:
            content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
        response.content = content
        response["ETag"] = _etag(entry, request)
        response["X-Page-Cache"] = "hit"
        return response
