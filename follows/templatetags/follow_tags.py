"""The follow form on leaders' blogs and posts (one leader) and on the home page (all)."""

from django import template
from django.utils.translation import get_language

from follows.forms import FollowForm

register = template.Library()


@register.inclusion_tag("follows/follow_form.html", takes_context=True)
def follow_form(context, blog=None):
    """The form, unless this is an admin preview (a preview is not a page anyone follows from).
    `blog` is the leader on their own pages; without it the reader chooses among all."""
    request = context.get("request")
    page = context.get("page")
    if getattr(request, "is_preview", False) or page is None:
        return {"form": None}
    return {
        "request": request,
        "form": FollowForm(language=get_language(), auto_id="follow_%s"),
        "blog": blog,
        "page": page,
    }
