"""The emails commenting sends, through Django's mail backend (the site's queue, outbox).

Links are absolute on settings.SITE_URL (https in production, leaders.site_url), never from the
request's host or the Site row, so a forged Host header cannot end up in an email. Moderators and
leaders each get their own email in the language they chose in the admin (leaders.staff_mail),
about the post's version in that language; citizens get theirs in the language they were reading.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from leaders.site_url import absolute_url
from leaders.staff_mail import staff_language
from outbox.headers import one_click_unsubscribe

from .conf import option
from .setup import MODERATORS_GROUP
from .targets import comments_on_posts, live_versions

logger = logging.getLogger(__name__)

MUTE_SALT = "leaders.comments.mute"


def permalink(comment, post) -> str:
    return f"{absolute_url(post)}#c{comment.pk}"


def _mail(subject, template, context, recipients, headers=None):
    # The site's name is in the catalogue ("Lleisiau Arwain").
    site_name = gettext(settings.WAGTAIL_SITE_NAME)
    body = render_to_string(template, {**context, "site_name": site_name})
    EmailMessage(
        str(subject), body, settings.DEFAULT_FROM_EMAIL, recipients, headers=headers
    ).send()


def _tell(recipients, subject, template, comment, post, headers=None, **links):
    """An email about a comment on a post: `subject` names the post, the body quotes the comment
    and gives the absolute `links`. A failure is logged: the comment is stored whatever happens
    to its notifications."""
    if not recipients:
        return
    subject = str(subject) % {"title": post.title}
    context = {"comment": comment, "post": post, **links}
    try:
        _mail(subject, template, context, recipients, headers)
    except OSError:
        logger.exception("Could not send %r to %d recipient(s)", subject, len(recipients))


def send_confirmation_request(pending, token, post):
    """The link that turns a citizen's pending comment into a stored one. Failure propagates.

    It goes to any address a stranger types, so it carries nothing the stranger wrote (not the
    comment, not the name): only the post's title and the link. Otherwise the form would send
    anyone's text and links to anyone, in the council's name. It is written in the language
    the comment was written in, and its link opens the confirmation in that language.
    """
    with translation.override(pending.language):
        _mail(
            _("Confirm your comment on “%(title)s”") % {"title": post.title},
            "comments/email/confirm.txt",
            {
                "post": post,
                "confirm_url": absolute_url(reverse("comments:confirm", args=[token])),
                "days": option("CONFIRMATION_DAYS"),
            },
            [pending.user_email],
        )


def _tell_staff(users, subject, template, comment, post, links):
    """`_tell` each of `users` (moderators, a leader) in their own language, naming the post's
    live version in that language, else its other live version (`post` is the thread's page,
    the first-created version, whatever its language). `links(version)` gives the links."""
    versions = live_versions(post.pk)
    for user in users:
        language = staff_language(user)
        version = versions.get(language) or next(iter(versions.values()), post)
        with translation.override(language):
            _tell([user.email], subject, template, comment, version, **links(version))


def moderators():
    """The moderators with an email address, or the superusers if there are none."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )
    team = users.filter(groups__name=MODERATORS_GROUP).distinct()
    chosen = team if team.exists() else users.filter(is_superuser=True)
    return list(chosen.order_by("email"))


def comment_stored(comment, post):
    """Called once per stored comment: moderators hear of a held one, the leader of a public one."""
    if comment.is_public:
        comment_published(comment, post)
    else:
        _tell_staff(
            moderators(),
            _("A comment is waiting for moderation on “%(title)s”"),
            "comments/email/moderators.txt",
            comment,
            post,
            lambda version: {
                "queue_url": absolute_url(reverse("comment_moderation:index")) + "?status=pending"
            },
        )


def comment_published(comment, post):
    """A comment just became visible: tell the leader, and readers who asked to follow the post."""
    leader = post.blog.leader
    if leader and leader.email and comment.user_id != leader.pk:
        _tell_staff(
            [leader],
            _("New comment on your post “%(title)s”"),
            "comments/email/leader.txt",
            comment,
            post,
            lambda version: {
                "url": permalink(comment, version),
                "reply_url": absolute_url(reverse("comment_moderation:detail", args=[comment.pk])),
            },
        )
    notify_followers(comment, post)


def mute_token(email: str, post_pk: int) -> str:
    return signing.dumps({"e": email.lower(), "p": post_pk}, salt=MUTE_SALT, compress=True)


def read_mute_token(token: str):
    data = signing.loads(token, salt=MUTE_SALT)
    return data["e"], data["p"]


def follower_languages(comment):
    """{email: language} of the readers following the thread of `comment` (not its author):
    each in the language of their latest comment there (English for older comments)."""
    followers = (
        comments_on_posts()
        .filter(object_pk=comment.object_pk, is_public=True, is_removed=False, followup=True)
        .exclude(Q(user_email__iexact=comment.user_email) | Q(user_email=""))
        .order_by("submit_date", "pk")
        .values_list("user_email", "written_in__language")
    )
    return {email.lower(): language or settings.LANGUAGE_CODE for email, language in followers}


def notify_followers(comment, post):
    """xtd's follow-up emails, with our https links and an unsubscribe link that also works in
    one click from the reader's mail program (List-Unsubscribe, RFC 8058). Each
    follower hears in the language they commented in, about that language's version of the post
    when it is live, with links to the views in that language."""
    followers = follower_languages(comment)
    if not followers:
        return
    versions = live_versions(post.pk)
    thread = int(comment.object_pk)
    for email, language in sorted(followers.items()):
        version = versions.get(language, post)
        with translation.override(language):
            mute_url = absolute_url(reverse("comments:mute", args=[mute_token(email, thread)]))
            _tell(
                [email],
                _("New reply on “%(title)s”"),
                "comments/email/followup.txt",
                comment,
                version,
                headers=one_click_unsubscribe(mute_url),
                url=permalink(comment, version),
                mute_url=mute_url,
            )
