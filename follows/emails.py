"""The emails following sends: the confirmation request and the new-post email.

Both are plain text plus accessible HTML (one `lang`, a real heading, link text that makes
sense alone), with https links built from SITE_URL, no tracking pixel and no redirecting link.
Every new-post email carries RFC 8058 one-click unsubscribe headers for its leader.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from leaders.site_url import absolute_url
from outbox.headers import one_click_unsubscribe

from . import tokens
from .conf import option
from .versions import blog_name, post_for


def _message(subject, template, context, to, connection=None, headers=None):
    context = {**context, "site_name": gettext(settings.WAGTAIL_SITE_NAME)}
    message = EmailMultiAlternatives(
        str(subject),
        render_to_string(f"follows/email/{template}.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [to],
        connection=connection,
        headers=headers,
    )
    message.attach_alternative(
        render_to_string(f"follows/email/{template}.html", context), "text/html"
    )
    return message


def link(name, token, language) -> str:
    with translation.override(language):
        return absolute_url(reverse(name, args=[token]))


def send_confirmation_request(consent):
    """The double opt-in email. It names the leaders and the link only: the form sends it to
    any address typed in, so it carries nothing else a stranger chose."""
    follower = consent.follower
    language = consent.language
    with translation.override(language):
        names = [blog_name(key, language) for key in consent.blog_keys]
        _message(
            gettext("Confirm that you want emails from %(site)s")
            % {"site": gettext(settings.WAGTAIL_SITE_NAME)},
            "confirm",
            {
                "names": names,
                "confirm_url": link("follows:confirm", tokens.confirm_token(consent), language),
                "days": option("CONFIRMATION_DAYS"),
                "language": language,
            },
            follower.email,
        ).send()


def new_post_message(delivery, connection):
    """The email about one post for one follower, in their language; None if not live."""
    follower, announcement = delivery.follower, delivery.announcement
    language = follower.language
    post, in_language = post_for(announcement.translation_key, language)
    if post is None:
        return None
    stop_url = link("follows:stop", tokens.stop_token(follower, announcement.blog_key), language)
    with translation.override(language):
        name = blog_name(announcement.blog_key, language)
        message = _message(
            gettext("New post from %(name)s: %(title)s") % {"name": name, "title": post.title},
            "new_post",
            {
                "name": name,
                "post": post,
                "post_url": absolute_url(post),
                "post_language": post.locale.language_code,
                "in_language": in_language,
                "language": language,
                "manage_url": link("follows:manage", tokens.manage_token(follower), language),
                "stop_url": stop_url,
            },
            follower.email,
            connection=connection,
            headers=one_click_unsubscribe(stop_url),
        )
    message.language = language
    return message


def send_new_manage_link(follower):
    """After "make old links stop working": the one new link, in the follower's language."""
    language = follower.language
    with translation.override(language):
        _message(
            gettext("Your new link to manage emails from %(site)s")
            % {"site": gettext(settings.WAGTAIL_SITE_NAME)},
            "new_link",
            {
                "manage_url": link("follows:manage", tokens.manage_token(follower), language),
                "days": option("MANAGE_LINK_DAYS"),
                "language": language,
            },
            follower.email,
        ).send()
