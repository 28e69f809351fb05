"""Wagtail hooks of the page cache: which served pages the middleware may keep."""

from wagtail import hooks

from .invalidation import tags_for_page
from .middleware import mark_cacheable


@hooks.register("before_serve_page")
def mark_page(page, request, serve_args, serve_kwargs):
    """Live Wagtail pages with no view restriction are cacheable; previews never reach here."""
    if page.live and not page.get_view_restrictions().exists():
        mark_cacheable(request, tags_for_page(page))
