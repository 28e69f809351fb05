"""The public commenting views. They replace xtd's post/confirm/flag/mute views, which miss
page.live and privacy checks, keep signed pickles with no expiry, and race on double clicks.
"""

import logging

from django.core import signing
from django.db import transaction
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_comments_xtd.conf import settings as xtd_settings
from django_comments_xtd.models import XtdComment

from comments import antispam
from comments.rules import closed_message
from site_config.client_address import client_ip
from site_config.ids import parse_id

from . import notifications, ratelimit, submission
from .conf import option
from .forms import CitizenCommentForm, ReportForm
from .targets import comments_on_posts, live_post, live_post_of, post_in_language

logger = logging.getLogger(__name__)

REFUSALS = {
    "bad_parent": _("The comment you replied to is not available any more."),
    "too_deep": _("Replies can only go two levels deep. Reply to an earlier comment instead."),
    "policy": _(
        "We cannot publish this comment because it breaks our comment policy. "
        "Please read the policy and try again."
    ),
    "duplicate": _(
        "You have already sent this comment. It will appear once a moderator approves it."
    ),
    "tampered": _("Your comment could not be sent. Reload the post and try again."),
    "closed": _("Comments are closed on this post."),
    "mail": _(
        "We could not send the confirmation email just now. Please try again in a few minutes."
    ),
}

# The pages that only say what happened: a heading and one sentence.
NOTICES = {
    "confirmed_already": (
        _("Comment already confirmed"),
        _(
            "You have already confirmed this comment; confirming it again changes nothing. "
            "It will appear once a moderator approves it."
        ),
    ),
    "link_invalid": (
        _("This link is not valid"),
        _(
            "Check that you copied the whole link from the email. If it still does not work, "
            "post your comment again."
        ),
    ),
    "muted": (
        _("You will not get more emails about this post"),
        _("We have stopped sending you emails about new comments on this post."),
    ),
    "reported": (
        _("Thank you for your report"),
        _(
            "A moderator will look at the comment. Most reports are dealt with within two "
            "working days."
        ),
    ),
}


def page(request, template, status=200, **context):
    """One of the commenting pages (templates/comments/), which all extend comments/page.html."""
    return render(request, f"comments/{template}.html", context, status=status)


def notice(request, kind, status=200, post=None):
    heading, message = NOTICES[kind]
    return page(request, "notice", status, post=post, heading=heading, message=message)


def refused(request, kind, post=None, status=400, message=None):
    return page(request, "refused", status, post=post, message=message or REFUSALS[kind], kind=kind)


def refuse_if_closed(request, post):
    """The refusal when `post` takes no comments now, saying why; None while it is open."""
    message = closed_message(post, request)
    return refused(request, "closed", post, status=403, message=message) if message else None


def too_many(request, wait, post=None):
    response = page(request, "too_many", 429, post=post, minutes=max(1, -(-wait // 60)))
    response["Retry-After"] = str(wait)
    return response


def posted(request, post, comment):
    return page(request, "posted", post=post, comment=comment, held=not comment.is_public)


@require_POST
@never_cache
def post_comment(request):
    """Check a submitted comment and keep it: held for email confirmation or for a moderator."""
    post = submission.commentable_post(
        request.POST.get("content_type", ""), request.POST.get("object_pk", "")
    )
    if post is None:
        return refused(request, "tampered", status=404)
    if refusal := refuse_if_closed(request, post):
        return refusal

    data = request.POST.copy()
    if request.user.is_authenticated:
        data["name"] = request.user.get_full_name() or request.user.get_username()
        data["email"] = request.user.email
    form = CitizenCommentForm(post, data=data)
    if not form.is_valid():
        if form.tampered():
            return refused(request, "tampered")
        return form_page(request, post, form, _parent_for_form(post, data))
    try:
        parent = submission.reply_parent(post, form.cleaned_data["reply_to"])
    except submission.Refused as refusal:
        return refused(request, refusal.kind, post)

    email = form.cleaned_data["email"]
    wait = antispam.rate_limit_wait("comment", request, email)
    if wait:
        return too_many(request, wait, post)
    if submission.is_duplicate(email, form.cleaned_data["comment"]):
        return refused(request, "duplicate", post)

    tmp = submission.draft_from_form(post, form, parent, request)
    try:
        submission.moderate(tmp, request)
        if request.user.is_authenticated or not xtd_settings.COMMENTS_XTD_CONFIRM_EMAIL:
            return posted(request, post, submission.save_comment(tmp, request))
        with transaction.atomic():
            pending, token = submission.hold_for_confirmation(tmp)
            notifications.send_confirmation_request(pending, token, post)
    except submission.Refused as refusal:
        return refused(request, refusal.kind, post)
    except OSError:  # the mail server refused or is down: nothing is kept, the reader may retry
        logger.exception("Could not send a comment confirmation email")
        return refused(request, "mail", post, status=503)
    return page(request, "check_email", post=post, email=email, days=option("CONFIRMATION_DAYS"))


def form_page(request, post, form, parent=None, status=400):
    return page(request, "form_page", status, post=post, form=form, parent=parent)


def _parent_for_form(post, data):
    parent_id = parse_id(data.get("reply_to"))
    try:
        return submission.reply_parent(post, parent_id) if parent_id else None
    except submission.Refused:
        return None


def _public_comment(comment_id):
    """A published comment and the live, public post it is on (None if that is gone)."""
    comment = get_object_or_404(XtdComment, pk=comment_id, is_public=True, is_removed=False)
    return comment, live_post_of(comment)


@require_GET
@never_cache
def reply(request, comment_id):
    """A reply form under one comment: the no-JavaScript way to answer in a thread."""
    parent, post = _public_comment(comment_id)
    if post is None:
        return refused(request, "bad_parent", status=404)
    if refusal := refuse_if_closed(request, post):
        return refusal
    try:
        submission.reply_parent(post, parent.pk)
    except submission.Refused as refusal:
        return refused(request, refusal.kind, post)
    form = CitizenCommentForm(post, initial={"reply_to": parent.pk})
    return form_page(request, post, form, parent, status=200)


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def confirm(request, token):
    """The link in the confirmation email opens a page with one button; only its POST stores
    the comment (mail scanners open every link in an email, and must not publish anything)."""
    if request.method == "POST":
        outcome, comment, post = submission.confirm(token, request)
    else:
        outcome, pending = submission.confirmation_state(token)
        if outcome == "ready":
            return page(request, "confirm", post=live_post(pending.page_id))
        comment, post = None, pending.page if pending else None
    if outcome == "stored":
        return posted(request, post, comment)
    if outcome == "used":
        return notice(request, "confirmed_already", post=post)
    if outcome == "expired":
        return page(request, "link_expired", 410, post=post, days=option("CONFIRMATION_DAYS"))
    if outcome == "invalid":
        return notice(request, "link_invalid", 404)
    if outcome == "closed":
        message = closed_message(post, request) if post else None
        return refused(request, "closed", post, status=403, message=message)
    return refused(request, outcome, post)


@require_http_methods(["GET", "POST"])
@never_cache
def report(request, comment_id):
    """ "Report this comment": a reason, then the comment joins the moderation queue."""
    comment, post = _public_comment(comment_id)
    if post is None:
        return refused(request, "bad_parent", status=404)
    form = ReportForm(request.POST or None)
    if request.method != "POST":
        return page(request, "report", post=post, comment=comment, form=form)
    if not form.is_valid():
        return page(request, "report", 400, post=post, comment=comment, form=form)
    wait = ratelimit.hit("report", client_ip(request) or "")
    if wait:
        return too_many(request, wait, post)
    report = form.save(commit=False)
    report.comment = comment
    report.save()
    return notice(request, "reported", post=post)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def mute(request, token):
    """The unsubscribe link in follow-up emails: a page with one button; its POST stops the
    emails about this post and does nothing else.

    The same POST is the one-click unsubscribe of mail programs (RFC 8058, the email's
    List-Unsubscribe header), which arrives with no cookie: the signed token in the URL is the
    only authority, so there is no CSRF check to make here.
    """
    try:
        email, post_pk = notifications.read_mute_token(token)
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return notice(request, "link_invalid", 404)
    post = post_in_language(post_pk)
    if request.method != "POST":
        return page(request, "mute", post=post)
    comments_on_posts().filter(object_pk=str(post_pk), user_email__iexact=email).update(
        followup=False
    )
    return notice(request, "muted", post=post)
