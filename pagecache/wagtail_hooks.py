"""Wagtail hooks of the page cache: which served pages the middleware may keep."""

from wagtail import hooks

from .invalidation import tags_for_page
from .middleware import mark_cacheable


def query_read(page, serve_args) -> frozenset:
    """The query parameters this page, or the route of a routable page being served, reads
    (`leaders.query_params`); a page that declares nothing reads none."""
    route = serve_args[0] if serve_args and callable(serve_args[0]) else None
    reads = getattr(route, "query_parameters_read", None)
    return reads if reads is not None else getattr(page, "query_parameters_read", frozenset())


@hooks.register("before_serve_page")
def mark_page(page, request, serve_args, serve_kwargs):
    """Live Wagtail pages with no view restriction are cacheable; previews never reach here."""
    if page.live and not page.get_view_restrictions().exists():
        mark_cacheable(request, tags_for_page(page), query_read(page, serve_args))
