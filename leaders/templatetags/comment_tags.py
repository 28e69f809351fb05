"""Template tags for the comments section of a post: the threads, the form, the text."""

from django import template
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from leaders.commenting.forms import CitizenCommentForm
from leaders.commenting.store import public_comments
from leaders.moderation import closed_message

register = template.Library()


def build_threads(comments):
    """Nest comments (ordered by thread, then position) under their parents, in one pass."""
    nodes, roots = {}, []
    for comment in comments:
        node = nodes[comment.pk] = {"comment": comment, "children": []}
        parent = nodes.get(comment.parent_id) if comment.parent_id != comment.pk else None
        (parent["children"] if parent else roots).append(node)
    return roots


@register.inclusion_tag("leaders/comments/section.html", takes_context=True)
def comments_section(context, post, blog):
    """Approved threads and, when open and not a preview, the form. One query for the threads."""
    request = context.get("request")
    comments = list(public_comments(post).select_related(None).order_by("thread_id", "order"))
    is_preview = getattr(request, "is_preview", False)
    message = closed_message(post, request)
    form = None
    if not is_preview and message is None:
        form = CitizenCommentForm(post)
    return {
        "request": request,
        "post": post,
        "blog": blog,
        "threads": build_threads(comments),
        "count": len(comments),
        "form": form,
        "closed_message": message,
        "is_preview": is_preview,
    }


@register.filter(is_safe=True)
def comment_text(text):
    """Plain text out: escaped, line breaks kept, web addresses linked as user content."""
    linked = urlize(str(text).replace("\r\n", "\n"), nofollow=True, autoescape=True)
    linked = linked.replace(' rel="nofollow"', ' rel="nofollow ugc"')
    return mark_safe(linked.replace("\n", "<br>"))  # noqa: S308 - escaped by urlize above
