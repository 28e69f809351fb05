"""Wagtail hooks of the site's pages: an alias in another language answers with a notice."""

from wagtail import hooks
from wagtail.models import Page

from .languages import untranslated_response


# After Wagtail's own check of view restrictions (order 0), so a private alias still asks first.
@hooks.register("before_serve_page", order=1)
def untranslated_alias(page, request, serve_args, serve_kwargs):
    """A page not yet translated stands in the other tree as an alias of the written one: the
    reader gets "not available in this language yet", never the other language's words."""
    if not page.alias_of_id:
        return None
    original = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
    if original is None or original.locale_id == page.locale_id:
        return None
    return untranslated_response(request, page, original)
