"""Wagtail hooks of the site's pages: an alias in another language answers with a notice."""

from wagtail import hooks
from wagtail.actions.unpublish_page import UnpublishPageAction
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


@hooks.register("before_convert_alias_page")
def remember_alias_language(request, page):
    request._alias_original_locale_id = (
        Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
    )


@hooks.register("after_convert_alias_page")
def translation_starts_as_a_draft(request, page):
    """Turning the alias of a page from the other language into a page of its own starts its
    translation. Its words are still the other language's, and approved in that language only:
    until the translated words go through the workflow the page is a draft, and readers keep
    getting the "not available yet" notice (through the `untranslated` view)."""
    original_locale_id = getattr(request, "_alias_original_locale_id", None)
    if original_locale_id is not None and original_locale_id != page.locale_id and page.live:
        UnpublishPageAction(page, user=request.user).execute(skip_permission_checks=True)
