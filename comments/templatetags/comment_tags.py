"""Template tags for the comments section of a post: the threads, the form, the text."""

from django import template
from django.urls import reverse
from django.utils.html import urlize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from comments.forms import CitizenCommentForm
from comments.rules import closed_message
from comments.submission import public_comments
from comments.targets import html_lang, replies_allowed_under, with_languages

register = template.Library()


def _url_pattern(name):
    """A route reversed once, as a format string: reverse() per comment costs more than a page's
    worth of queries when a post has hundreds of comments."""
    head, _sep, tail = reverse(name, args=[1]).rpartition("/1/")
    return f"{head}/{{}}/{tail}"


def build_threads(comments, blog, replies_open):
    """Nest comments (ordered by thread, then position) under their parents, in one pass, with
    what each needs on the page. A reply whose parent is not shown (removed) is not shown.
    Returns the threads and the number of comments in them."""
    reply_url, report_url = _url_pattern("comments:reply"), _url_pattern("comments:report")
    reply_label, report_label = gettext("to %(name)s"), gettext("the comment by %(name)s")
    nodes, roots = {}, []
    for comment in comments:
        is_reply = comment.parent_id != comment.pk
        parent = nodes.get(comment.parent_id) if is_reply else None
        if is_reply and parent is None:
            continue
        names = {"name": comment.user_name}
        node = nodes[comment.pk] = {
            "comment": comment,
            "children": [],
            "by_leader": bool(comment.user_id) and comment.user_id == blog.leader_id,
            "reply_url": reply_url.format(comment.pk)
            if replies_open and replies_allowed_under(comment)
            else None,
            "reply_label": reply_label % names,
            "report_url": report_url.format(comment.pk),
            "report_label": report_label % names,
            "lang": html_lang(getattr(comment, "language", None)),
        }
        (parent["children"] if parent else roots).append(node)
    return roots, len(nodes)


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context, post, blog):
    """Approved threads and, when open and not a preview, the form. One query for the threads."""
    request = context.get("request")
    # The thread is shared by the post's versions; each comment says which language it is in.
    comments = list(
        with_languages(public_comments(post).select_related(None)).order_by("thread_id", "order")
    )
    is_preview = getattr(request, "is_preview", False)
    message = closed_message(post, request)
    form = None
    if not is_preview and message is None:
        form = CitizenCommentForm(post)
    threads, count = build_threads(comments, blog, replies_open=form is not None)
    return {
        "request": request,
        "post": post,
        "blog": blog,
        "threads": threads,
        "count": count,
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
