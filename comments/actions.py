"""Moderation actions, shared by the admin screens and the management commands.

Each one changes rows with UPDATE rather than save(): xtd's pre_save hook would otherwise
publish every held reply under a comment that is approved or restored. Each one is recorded
in Wagtail's audit log (actions registered in comments/wagtail_hooks.py).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment
from wagtail.log_actions import log

from leaders.models import BlogPostPage

from . import notifications
from .conf import option
from .models import NO_PERSONAL_DATA, CommentLanguage, CommentReport, PendingConfirmation
from .signals import comments_changed
from .targets import as_object_pks, comments_on_posts, post_content_type, replies_allowed_under

ERASED_TEXT = _("[removed at the commenter's request]")

LOG_ACTIONS = {
    "comments.approve": (_("Approve comment"), _("Comment approved")),
    "comments.remove": (_("Remove comment"), _("Comment removed")),
    "comments.restore": (_("Restore comment"), _("Comment restored")),
    "comments.reply": (_("Reply to comment"), _("Replied as the leader")),
    "comments.erase": (_("Erase commenter's data"), _("Commenter's data erased")),
}


def post_of(comment):
    return BlogPostPage.objects.filter(pk=int(comment.object_pk)).first()


def _resolve_reports(comment):
    CommentReport.objects.filter(comment=comment, resolved_at__isnull=True).update(
        resolved_at=timezone.now()
    )


def _log(comment, action, user, **data):
    # A neutral title: the default (str(comment)) would copy the commenter's name and words
    # into the audit log, where erasure could not reach them.
    title = _("Comment %(id)s") % {"id": comment.pk}
    log(comment, action, user=user, title=str(title), data=data or None)


def _set(instance, /, **fields):
    XtdComment.norel_objects.filter(pk=instance.pk).update(**fields)
    for name, value in fields.items():
        setattr(instance, name, value)
    # UPDATE sends no post_save: tell whoever keeps copies of the page (the page cache).
    comments_changed.send(sender=XtdComment, comment=instance)


@transaction.atomic
def approve(comment, user):
    """Publish a held comment (or clear the reports on a published one)."""
    became_public = not comment.is_public or comment.is_removed
    _set(comment, is_public=True, is_removed=False)
    _resolve_reports(comment)
    _log(comment, "comments.approve", user)
    post = post_of(comment)
    if became_public and post is not None:
        notifications.comment_published(comment, post)


@transaction.atomic
def remove(comment, user):
    """Take a comment off the site (its replies go with it); kept for the retention period."""
    _set(comment, is_removed=True)
    _resolve_reports(comment)
    _log(comment, "comments.remove", user)


@transaction.atomic
def restore(comment, user):
    """Undo a removal: the comment goes back to where it was (published or waiting)."""
    _set(comment, is_removed=False)
    _log(comment, "comments.restore", user)


class ReplyRefused(Exception):
    pass


@transaction.atomic
def reply_as_leader(parent, text, user, language=None):
    """Publish a reply at once, in the leader's name, under a published comment, marked as
    written in `language` (English when not given)."""
    post = post_of(parent)
    if post is None or not parent.is_public or parent.is_removed:
        raise ReplyRefused(_("You can only reply to a published comment."))
    if not replies_allowed_under(parent):
        raise ReplyRefused(_("Replies can only go two levels deep; reply to an earlier comment."))
    blog = post.blog
    speaker = blog.leader or user
    reply = XtdComment(
        content_type=post_content_type(),
        object_pk=str(post.pk),
        site_id=parent.site_id,
        user=speaker,
        user_name=blog.name if blog.leader else speaker.get_full_name() or speaker.get_username(),
        user_email=speaker.email,
        comment=text,
        submit_date=timezone.now(),
        is_public=True,
        is_removed=False,
        parent_id=parent.pk,
    )
    reply.save()
    CommentLanguage.objects.create(comment=reply, language=language or settings.LANGUAGE_CODE)
    _log(reply, "comments.reply", user, parent=parent.pk)
    notifications.notify_followers(reply, post)
    return reply


@transaction.atomic
def erase_commenter(email, user=None):
    """Erasure on request: blank the person's details everywhere, keep threads readable."""
    comments = list(XtdComment.norel_objects.filter(user_email__iexact=email.strip()))
    for comment in comments:
        fields = {
            **NO_PERSONAL_DATA,
            "user_url": "",
            "followup": False,
            "comment": str(ERASED_TEXT),
        }
        if not comment.is_public:
            fields["is_removed"] = True  # a held comment is never published after erasure
        _set(comment, **fields)
        # The log keeps that an erasure happened, never the address it was for.
        _log(comment, "comments.erase", user)
    PendingConfirmation.objects.filter(user_email__iexact=email.strip()).delete()
    return len(comments)


def purge(now=None):
    """Data retention: old IP addresses, expired confirmations, long-removed comments."""
    now = now or timezone.now()
    ip_cutoff = now - datetime.timedelta(days=option("IP_RETENTION_DAYS"))
    confirm_cutoff = now - datetime.timedelta(days=option("CONFIRMATION_DAYS"))
    removed_cutoff = now - datetime.timedelta(days=option("REMOVED_RETENTION_DAYS"))
    with transaction.atomic():
        ips = (
            XtdComment.norel_objects.filter(submit_date__lt=ip_cutoff)
            .exclude(ip_address__isnull=True)
            .update(ip_address=None)
        )
        confirmations, __ = PendingConfirmation.objects.filter(
            created_at__lt=confirm_cutoff
        ).delete()
        removed = list(
            XtdComment.norel_objects.filter(is_removed=True, submit_date__lt=removed_cutoff)
        )
        # A removed comment with replies stays (as an empty, removed row) so threads hold together.
        parents = set(
            XtdComment.norel_objects.filter(parent_id__in=[c.pk for c in removed])
            .exclude(pk__in=[c.pk for c in removed])
            .values_list("parent_id", flat=True)
        )
        # Deleting a page leaves its comments behind (a generic relation does not cascade).
        post_pks = as_object_pks(BlogPostPage.objects.all())
        orphans, __ = comments_on_posts().exclude(object_pk__in=post_pks).delete()
        deleted = 0
        for comment in removed:
            if comment.pk in parents:
                _set(comment, **NO_PERSONAL_DATA)
            else:
                comment.delete()
                deleted += 1
    return {
        "ip_addresses": ips,
        "confirmations": confirmations,
        "removed_comments": deleted,
        "orphaned_comments": orphans,
    }
