"""What the caches after ours (a CDN such as Varnish, the reader's browser) may keep.

- A page the page cache keeps for every anonymous reader (no per-reader token): `public`, with
  `s-maxage` for shared caches, `stale-while-revalidate` and `stale-if-error` (a CDN serves the
  last good copy while the site is down), and `max-age=0` for browsers, which revalidate with
  the ETag (a 304). Every change that makes the page stale also purges the CDN
  (`pagecache.invalidation.purge_frontend_cache`), so `s-maxage` only bounds a lost purge.
- A response for one reader: to a signed-in editor (a session cookie or an Authorization
  header), a preview, one that sets a cookie, or a page carrying the reader's CSRF token (the
  comment form): `private`, so no shared cache keeps it; signed-in responses and previews also
  `no-store`. A page with a token stays `no-cache` for the browser, which revalidates it by ETag.
- Anything else keeps what its view said. With no `Cache-Control` at all (a search, a 404), the
  shipped VCL (deploy/varnish/default.vcl) keeps nothing: a shared cache must be told.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control


def shared(response) -> None:
    """Any cache may keep this page (the same for every anonymous reader)."""
    del response["Cache-Control"]
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=settings.CDN_MAX_AGE,
        stale_while_revalidate=settings.CDN_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.CDN_STALE_IF_ERROR,
    )


def one_reader(response) -> None:
    """Only this reader's browser may keep it, and must ask again before reusing it."""
    del response["Cache-Control"]
    patch_cache_control(response, private=True, no_cache=True)


def _signed_in_or_preview(request) -> bool:
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
        or getattr(request, "is_preview", False)
    )


def mark_uncached(request, response) -> None:
    """A response the page cache did not keep: private when it is for one reader, left alone
    otherwise (a search, a 404). A view's own `Cache-Control` is kept, unless it would let a
    shared cache keep a signed-in editor's page or a preview."""
    if _signed_in_or_preview(request):
        if not response.has_header("Cache-Control") or "private" not in response["Cache-Control"]:
            del response["Cache-Control"]
            add_never_cache_headers(response)
    elif response.has_header("Cache-Control"):
        return
    elif response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        one_reader(response)
