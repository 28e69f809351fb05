"""Fixtures for the commenting tests: a clean cache, instant forms, and the real form's fields."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django_comments_xtd.models import XtdComment

from comments.models import CommentSettings
from leaders.roles import COMMS_GROUP
from tests import factories

POST_URL = "/comments/post/"


@pytest.fixture(autouse=True)
def _comments_environment(settings):
    """Rate-limit counters start at zero; forms may be sent at once unless a test says otherwise."""
    cache.clear()
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    yield
    cache.clear()


class _FormParser(HTMLParser):
    def __init__(self, action):
        super().__init__()
        self.action = action
        self.inside = False
        self.fields = {}
        self.found = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # A form without an action posts to the page itself: action "".
        if tag == "form" and attrs.get("action", "") == self.action and not self.found:
            self.inside = self.found = True
        elif tag == "input" and self.inside and attrs.get("name"):
            if attrs.get("type") == "checkbox":
                return
            self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def form_fields(html: str, action: str = POST_URL) -> dict:
    """The inputs of the comment form as the page rendered them (hidden security fields too)."""
    parser = _FormParser(action)
    parser.feed(html)
    assert parser.found, "no comment form on the page"
    return parser.fields


def comment_form(client, url, **values) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    data = form_fields(response.content.decode())
    data.update(values)
    return data


def submit(client, page_or_url, text="A fair question about the budget.", **values):
    """Fill in the real form on a post (or reply) page and send it."""
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    data = comment_form(client, url)
    data.update({"name": "Carys Jones", "email": "carys@residents.example", "comment": text})
    data.update(values)
    return client.post(POST_URL, data)


def confirmation_link(mailbox) -> str:
    """The path of the confirmation link in the last email sent."""
    match = re.search(r"https://leaders\.example(/comments/confirm/[^/\s]+/)", mailbox[-1].body)
    assert match, mailbox[-1].body
    return match.group(1)


def comments_on(post):
    return XtdComment.objects.filter(object_pk=str(post.pk))


@pytest.fixture
def comms_user(db):
    user = factories.UserFactory(username="comms.officer", email="comms@council.example")
    user.groups.add(Group.objects.get(name=COMMS_GROUP))
    return user


@pytest.fixture
def comment_settings(db):
    return CommentSettings.load()


def make_comment(post, text="A comment from a resident.", *, public=True, parent=None, **fields):
    """A stored comment, as if confirmed (for tests that start after the public form)."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from leaders.models import BlogPostPage

    comment = XtdComment(
        content_type=ContentType.objects.get_for_model(BlogPostPage),
        object_pk=str(post.pk),
        site_id=1,
        user_name=fields.pop("user_name", "Dai Evans"),
        user_email=fields.pop("user_email", "dai@residents.example"),
        comment=text,
        submit_date=fields.pop("submit_date", timezone.now()),
        is_public=public,
        ip_address=fields.pop("ip_address", "192.0.2.44"),
        parent_id=parent.pk if parent else 0,
        **fields,
    )
    comment.save()
    return comment
