"""A shared cache of whole public pages for anonymous readers, invalidated by version tags.

Why our own and not Django's cache middleware: Django's keys on URL and `Vary` only, so it can
neither be invalidated precisely when a post is published (see `pagecache.invalidation`) nor keep a
page that carries a CSRF token. wagtail-cache does not install on Wagtail 8 (docs/decisions.md).

What is never cached or served from the cache:
- requests with a session or messages cookie (a logged-in editor, a reader with a password
  for a private page, a reader about to see a message), or with an Authorization header;
- responses that are not a 200, set a cookie, say `Cache-Control: private/no-store/no-cache`,
  queued or displayed a message, or come from a preview; and anything not marked cacheable:
  only live, public Wagtail pages (`pagecache.wagtail_hooks.mark_page`) and views wrapped in
  `cache_public` (the sitemap) are.

Query strings: a page is keyed on the query parameters it reads (`leaders.query_params`: a
listing's page number, the sitemap's `p`) and never sees the others, so tracking parameters and
made-up ones are served from the entry of the bare URL. A view that is not marked cacheable
(search, reading `q`) sees the query unchanged and is never stored.

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
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import CSRF_TOKEN_LENGTH, _unmask_cipher_token, get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language

from pagecache import cache_control
from pagecache.invalidation import LISTINGS, SITE, current_versions, page_cache

ENTRY_PREFIX = "pagecache:page:"
READS_PREFIX = "pagecache:reads:"
CSRF_PLACEHOLDER = "__pagecache_csrf_token__"
TOKEN_RE = re.compile(rb"[A-Za-z0-9]{%d}" % CSRF_TOKEN_LENGTH)
UNCACHEABLE_CONTROL = {"private", "no-store", "no-cache"}
SKIP_HEADERS = {"etag", "content-length", "x-page-cache", "cache-control"}
PAGE_NUMBER_RE = re.compile(r"[0-9]{1,4}")


def _request_base(request) -> str | None:
    """What a cache key starts with (language, address, path), or None when the request must
    not use the cache."""
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return None
    if getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES:
        return None
    return f"{get_language()} {request.scheme}://{request.get_host()}{request.path}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def read_query(query: QueryDict, reads) -> QueryDict:
    """The query as a page that reads only `reads` sees it: those parameters, in order, each
    a page number (its last value, up to four digits, without leading zeros); anything else,
    or a value that is no page number (which a paginator reads as page 1), is left out."""
    kept = QueryDict(mutable=True)
    for name in sorted(reads):
        value = query.get(name, "")
        if PAGE_NUMBER_RE.fullmatch(value):
            kept[name] = str(int(value))
    kept._mutable = False
    return kept


def _entry_key(base: str, query: QueryDict) -> str:
    return ENTRY_PREFIX + _digest(f"{base}?{query.urlencode()}")


def _reads_key(base: str) -> str:
    return READS_PREFIX + _digest(base)


def mark_cacheable(request, tags, reads=frozenset()) -> None:
    """Let the middleware keep this request's response, recording its tags' versions *now*,
    before rendering, so a change committed during the render leaves the entry stale.

    `reads` names the query parameters the view reads. On a request the cache may serve, the
    view sees only those (`read_query`), so what it renders depends on nothing the key leaves
    out: a shared link's `?utm_source=…` or a random `?x=` gets the page of the bare URL."""
    request.page_cache_versions = current_versions(tags)
    if getattr(request, "page_cache_base", None) is not None:
        query = read_query(request.GET, reads)
        request.page_cache_reads = frozenset(reads)
        request.page_cache_query = query
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()


def cache_public(view, reads=frozenset()):
    """Decorator for public views that are not Wagtail pages but list every leader's pages (the
    sitemap, which reads its page number `p`): kept until a post or blog changes anywhere, or
    anything site-wide (the `listings` and `site` tags). Feeds and topic pages are routes of
    Wagtail pages, marked by `mark_page`."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        mark_cacheable(request, [SITE, LISTINGS], reads)
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
        and getattr(request, "page_cache_query", None) is not None
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
        base = _request_base(request)
        if base is None:
            response = self.get_response(request)
            cache_control.mark_uncached(request, response)
            return response
        entry = self._lookup(request, base)
        if entry is not None:
            return self._from_entry(request, entry)
        request.page_cache_base = base
        response = self.get_response(request)
        if _storable(request, response) and self._store(request, response, base):
            response["X-Page-Cache"] = "miss"
        else:
            cache_control.mark_uncached(request, response)
        return response

    def _lookup(self, request, base):
        """The fresh entry for this request, if any. Which query parameters count is what the
        page at this path read when it was stored (its `reads` record): one round trip to
        the cache for a bare URL or a page that reads none, two for a listing's `?page=N`."""
        cache = page_cache()
        reads_key, bare_key = _reads_key(base), _entry_key(base, QueryDict())
        found = cache.get_many([reads_key, bare_key])
        reads = found.get(reads_key)
        if reads is None:
            return None
        query = read_query(request.GET, reads)
        entry = cache.get(_entry_key(base, query)) if query else found.get(bare_key)
        if entry is None or entry["reads"] != reads:
            return None
        if current_versions(entry["versions"]) != entry["versions"]:
            return None
        return entry

    def _store(self, request, response, base):
        content = response.content
        uses_token = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        if uses_token:
            content = _punch_csrf_holes(request, content)
            if content is None:
                return False
        reads = request.page_cache_reads
        entry = {
            "versions": request.page_cache_versions,
            "reads": reads,
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
        page_cache().set_many(
            {_entry_key(base, request.page_cache_query): entry, _reads_key(base): reads}, timeout
        )
        (cache_control.one_reader if uses_token else cache_control.shared)(response)
        return True

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
        (cache_control.one_reader if entry["csrf"] else cache_control.shared)(response)
        return response
