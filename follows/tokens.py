"""Signed links for followers: they expire, and raising `Follower.link_version` revokes them.

A token names a follower and what it may do ("confirm" one consent request, "manage" the
follows, "stop" one leader's follow); it is checked against the follower's current
`link_version`, so "sign out every link" and stopping everything make old links worthless.
"""

from datetime import timedelta

from django.core import signing

from .conf import option
from .models import ConsentRequest, Follower

SALT = "follows.tokens"


class InvalidLink(Exception):
    """The link is forged, expired, revoked, or its follower is gone."""


def make(follower, purpose: str, **extra) -> str:
    return signing.dumps(
        {"f": follower.pk, "v": follower.link_version, "p": purpose, **extra},
        salt=SALT,
        compress=True,
    )


def _max_age(purpose: str) -> timedelta:
    days = option("CONFIRMATION_DAYS") if purpose == "confirm" else option("MANAGE_LINK_DAYS")
    return timedelta(days=days)


def read(token: str, purpose: str) -> tuple[Follower, dict]:
    """The follower a token was made for and its data; InvalidLink (or Expired) otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=_max_age(purpose))
    except signing.SignatureExpired as error:
        raise Expired from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    if not isinstance(data, dict) or data.get("p") != purpose:
        raise InvalidLink
    follower = Follower.objects.filter(pk=data.get("f"), link_version=data.get("v")).first()
    if follower is None:
        raise InvalidLink
    return follower, data


class Expired(InvalidLink):
    """The link was genuine but is too old."""


def confirm_token(request: ConsentRequest) -> str:
    return make(request.follower, "confirm", r=request.pk)


def manage_token(follower) -> str:
    return make(follower, "manage")


def stop_token(follower, blog_key) -> str:
    return make(follower, "stop", b=str(blog_key))
