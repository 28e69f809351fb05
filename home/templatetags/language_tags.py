"""`{% language_alternates as languages %}`: this page in English and in Welsh (home.languages);
`{% html_lang %}`: the active language as `<html lang>` wants it, for pages without a context."""

from django import template

from home import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """What the language switcher and the hreflang links offer: a view's own choice (search, the
    "not available yet" notice), else the page's translations, else the same path."""
    given = context.get("language_alternates")
    if given is not None:
        return given
    request = context.get("request")
    page = context.get("page")
    if page is not None and getattr(page, "pk", None) and getattr(page, "translation_key", None):
        return languages.page_alternates(page, request)
    return languages.path_alternates(request)


@register.simple_tag
def html_lang():
    """The active language's `lang` value ("en-GB", "cy"): no request and no database needed,
    so the error pages can say which language they are in."""
    return languages.language().html_lang
