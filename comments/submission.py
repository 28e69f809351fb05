"""The submission pipeline: a valid form becomes a draft, is moderated, then saved once
(signed-in authors) or held for the emailed confirmation (everyone else)."""

import datetime
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_comments.signals import comment_will_be_posted
from django_comments_xtd.models import MaxThreadLevelExceededException, TmpXtdComment, XtdComment
from django_comments_xtd.signals import confirmation_received

from comments.rules import closed_message
from site_config.client_address import client_ip
from site_config.ids import parse_id

from .conf import option
from .models import NO_PERSONAL_DATA, CommentLanguage, PendingConfirmation, token_hash
from .targets import (
    POST_CONTENT_TYPE,
    comment_language,
    live_post,
    post_content_type,
    replies_allowed_under,
    thread_key,
    thread_pk,
)

# What a held comment keeps until its confirmation: the draft's fields of the same names.
HELD_FIELDS = (
    "parent_id",
    "user_name",
    "user_email",
    "comment",
    "followup",
    "ip_address",
    "language",
)


class Refused(Exception):
    """A submission we will not store; `kind` picks the page the reader sees."""

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


def commentable_post(content_type: str, object_pk: str):
    """The live, public post a form claims to target, or None (forged type, draft, private)."""
    if content_type != POST_CONTENT_TYPE:
        return None
    return live_post(parse_id(object_pk))


def public_comments(post):
    """The published comments of the thread `post` shares with its translations."""
    return XtdComment.objects.filter(
        content_type=post_content_type(),
        object_pk=thread_key(post.translation_key),
        site_id=settings.SITE_ID,
        is_public=True,
        is_removed=False,
    )


def reply_parent(post, parent_id: int):
    """The public comment being replied to, if a reply is still allowed under it."""
    if not parent_id:
        return None
    parent = public_comments(post).filter(pk=parent_id).first()
    if parent is None:
        raise Refused("bad_parent")
    if not replies_allowed_under(parent):
        raise Refused("too_deep")
    return parent


def is_duplicate(email: str, text: str) -> bool:
    since = timezone.now() - datetime.timedelta(seconds=option("DUPLICATE_WINDOW_SECONDS"))
    return (
        XtdComment.objects.filter(
            user_email__iexact=email, comment=text, submit_date__gte=since
        ).exists()
        or PendingConfirmation.objects.filter(
            user_email__iexact=email, comment=text, created_at__gte=since
        ).exists()
    )


def build_draft(post, *, user=None, **held):
    """xtd's unsaved comment (TmpXtdComment), the object its moderator signals expect; `held`
    are the HELD_FIELDS. It joins the thread of all the post's versions; `content_object` stays
    the version the reader commented on (its rules and its page)."""
    return TmpXtdComment(
        content_type=post_content_type(),
        object_pk=thread_pk(post),
        content_object=post,
        site_id=settings.SITE_ID,
        user=user,
        user_url="",
        submit_date=timezone.now(),
        is_public=True,
        is_removed=False,
        thread_id=0,
        level=0,
        order=1,
        **held,
    )


def draft_from_form(post, form, parent, request):
    """The draft of a valid comment form, under `parent` (None for a new thread)."""
    data = form.cleaned_data
    return build_draft(
        post,
        user=request.user if request.user.is_authenticated else None,
        parent_id=parent.pk if parent else 0,
        user_name=data["name"],
        user_email=data["email"],
        comment=data["comment"],
        followup=data["followup"],
        ip_address=client_ip(request) or None,
        language=comment_language(),
    )


def moderate(tmp, request):
    """Run xtd's pre-save moderation: refuses (deny words, closed) or marks the comment held."""
    responses = comment_will_be_posted.send(sender=TmpXtdComment, comment=tmp, request=request)
    if any(response is False for __, response in responses):
        raise Refused("policy")


def save_comment(tmp, request):
    """Save the moderated draft; then xtd's post-save moderation sends the notifications."""
    # `content_object` is the version commented on; setting it would key the comment to that
    # version instead of the shared thread in `object_pk`.
    skipped = {"xtd_comment", "language", "content_object"}
    fields = {key: value for key, value in tmp.items() if key not in skipped}
    try:
        with transaction.atomic():
            comment = XtdComment(**fields)
            comment.save()
            CommentLanguage.objects.create(comment=comment, language=tmp["language"])
    except MaxThreadLevelExceededException:
        raise Refused("too_deep") from None
    tmp.xtd_comment = comment
    confirmation_received.send(sender=TmpXtdComment, comment=tmp, request=request)
    return comment


def hold_for_confirmation(tmp):
    """Keep an anonymous citizen's comment until they open the emailed link; return the token."""
    token = secrets.token_urlsafe(32)
    pending = PendingConfirmation.objects.create(
        token_hash=token_hash(token),
        page=tmp.content_object,
        **{name: tmp[name] for name in HELD_FIELDS},
    )
    return pending, token


def confirmation_state(token: str):
    """What the confirmation link `token` would do, changing nothing: (outcome, pending), the
    outcome "ready", "used", "expired" or "invalid" (then `pending` is None)."""
    pending = PendingConfirmation.objects.filter(token_hash=token_hash(token)).first()
    if pending is None:
        return "invalid", None
    if pending.confirmed_at is not None:
        return "used", pending
    expires = pending.created_at + datetime.timedelta(days=option("CONFIRMATION_DAYS"))
    if timezone.now() >= expires:
        return "expired", pending
    return "ready", pending


def confirm(token: str, request):
    """Store the comment behind a confirmation link once; return (outcome, comment, post).

    The conditional UPDATE claims the pending row: under concurrent confirmations only one
    request sees a row count of 1 (PostgreSQL row lock, SQLite's IMMEDIATE write lock); the
    others report the link as already used.
    """
    outcome, pending = confirmation_state(token)
    if outcome == "invalid":
        return "invalid", None, None
    if outcome == "used":
        return "used", pending.stored_comment, pending.page
    if outcome == "expired":
        return "expired", None, pending.page
    with transaction.atomic():
        claimed = PendingConfirmation.objects.filter(
            pk=pending.pk, confirmed_at__isnull=True
        ).update(confirmed_at=timezone.now())
        if not claimed:
            return "used", None, pending.page
        post = live_post(pending.page_id)
        if post is None or closed_message(post, request):
            transaction.set_rollback(True)
            return "closed", None, post
        try:
            reply_parent(post, pending.parent_id)
            tmp = build_draft(post, **{name: getattr(pending, name) for name in HELD_FIELDS})
            moderate(tmp, request)
        except Refused as refusal:
            transaction.set_rollback(True)
            return refusal.kind, None, post
        comment = save_comment(tmp, request)
        # The comment now holds the personal data; the confirmation row keeps none of it.
        PendingConfirmation.objects.filter(pk=pending.pk).update(
            stored_comment=comment, **NO_PERSONAL_DATA
        )
    return "stored", comment, post
