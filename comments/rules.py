"""The comment moderator: where comments are closed, which are refused, which wait for review.

One class, registered on xtd's moderator (registering on django_comments' moderator is silently
ignored: xtd sends its signals with TmpXtdComment as sender). The link and word rules are the
site's shared spam rules (comments/antispam.py); the switches come from CommentSettings.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.moderation import XtdCommentModerator, moderator

from comments import antispam, notifications
from comments.models import CommentSettings
from leaders.models import BlogPostPage


def comment_settings(request=None):
    return CommentSettings.load(request_or_site=request)


def closed_message(post, request=None):
    """Why `post` takes no comments now, as a message for the reader; None while it is open."""
    site_settings = comment_settings(request)
    if site_settings.paused:
        return site_settings.paused_message or _("Commenting is paused across the site.")
    if not post.allow_comments:
        return _("Comments are closed on this post.")
    blog = post.blog
    if blog.is_former:
        return _(
            "Comments are closed: %(name)s has left office. The post and its comments stay "
            "here to read."
        ) % {"name": blog.name}
    days = site_settings.close_after_days
    if days is not None and (timezone.localdate() - post.date).days >= days:
        return _("Comments close %(days)s days after a post is published; this one is closed.") % {
            "days": days
        }
    return None


def hold_reasons(text: str, post, request=None) -> list[str]:
    """Why this comment must wait for a moderator; empty when it may appear at once."""
    reasons = antispam.review_reasons(text, request)
    if not post.blog.publish_comments_before_review:
        reasons.insert(0, _("every comment on this blog is reviewed first"))
    return reasons


class LeaderCommentModerator(XtdCommentModerator):
    """Applies the rules above to every comment on a blog post, whichever view stores it."""

    def allow(self, comment, content_object, request):
        if closed_message(content_object, request) is not None:
            return False
        return not antispam.denied_words(comment.comment, request)

    def moderate(self, comment, content_object, request):
        return bool(hold_reasons(comment.comment, content_object, request))

    def email(self, comment, content_object, request):
        stored = comment.xtd_comment or comment
        notifications.comment_stored(stored, content_object)


def register():
    if BlogPostPage not in moderator._registry:
        moderator.register(BlogPostPage, LeaderCommentModerator)
