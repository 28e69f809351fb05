"""Demo comment threads for `load_demo`: from the documentation IP range, idempotent.

Most are approved; a few are held or reported, so a moderator signing in has work waiting. A
post's English and Welsh versions share one thread (comments.targets), so the Welsh comments of
demo/content_cy.py join the English post's thread, each marked as written in Welsh.
"""

import datetime

from django.utils import timezone
from django_comments_xtd.models import XtdComment

from comments.models import CommentLanguage, CommentReport
from comments.targets import comments_on_posts, post_content_type
from demo import content as demo_content
from demo import content_cy
from leaders.models import BlogPostPage


def load_threads(blog, post_spec):
    """Store the post's demo threads once: a comment already there (same author, same text)
    is left alone, so running load_demo again adds nothing."""
    post = BlogPostPage.objects.child_of(blog).filter(slug=post_spec["slug"]).first()
    if post is None:
        return 0
    start = timezone.make_aware(datetime.datetime.combine(post.date, datetime.time(12)))
    clock = iter(start + datetime.timedelta(hours=3 * n) for n in range(1000))
    threads = [(spec, "en-gb") for spec in post_spec.get("comments", [])] + [
        (spec, "cy") for spec in content_cy.COMMENTS_CY.get(post_spec["slug"], [])
    ]
    return sum(
        _store(post, blog, spec, parent=None, clock=clock, language=language)
        for spec, language in threads
    )


def _store(post, blog, spec, parent, clock, language):
    submit_date = next(clock)
    existing = (
        comments_on_posts()
        .filter(object_pk=str(post.pk), user_email=spec["email"], comment=spec["text"])
        .first()
    )
    stored = 0
    if existing is None:
        by_leader = blog.leader is not None and spec["email"] == blog.leader.email
        existing = XtdComment(
            content_type=post_content_type(),
            object_pk=str(post.pk),
            site_id=1,
            user=blog.leader if by_leader else None,
            user_name=spec["name"],
            user_email=spec["email"],
            comment=spec["text"],
            submit_date=submit_date,
            ip_address=demo_content.COMMENT_DEMO_IP,
            is_public=not spec.get("held", False),
            parent_id=parent.pk if parent else 0,
        )
        existing.save()
        CommentLanguage.objects.create(comment=existing, language=language)
        stored = 1
        if "reported" in spec:
            reason, details = spec["reported"]
            CommentReport.objects.create(comment=existing, reason=reason, details=details)
    for reply in spec.get("replies", []):
        stored += _store(post, blog, reply, parent=existing, clock=clock, language=language)
    return stored
