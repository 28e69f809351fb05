"""One conversation in two languages: a post's English and Welsh versions share one thread, each
comment says which language it is in, and every email goes out in its reader's language."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext, ngettext

from comments.models import CommentLanguage
from demo.welsh import translate, welsh_locale

from .conftest import comments_on, form_fields, make_comment

pytestmark = pytest.mark.django_db

WELSH_POST_URL = "/cy/comments/post/"


def welsh_version(page, **fields):
    """`page` translated into Welsh as editors do (Wagtail's copy, or the alias the Welsh tree
    already holds turned into a page), published: the demo's own way (demo.welsh)."""
    return translate(page, welsh_locale(), fields)[0]


@pytest.fixture
def welsh_post(home, directory, blog_a, post_a):
    welsh_version(home)
    welsh_version(directory)
    welsh_version(blog_a)
    return welsh_version(post_a, title="Gwrando yn gyntaf")


@pytest.fixture
def moderator(comms_user):
    client = Client()
    client.force_login(comms_user)
    return client


def in_welsh(text, **values):
    with translation.override("cy"):
        return gettext(text) % values


def comment_count(count, language):
    with translation.override(language):
        return ngettext("%(counter)s comment", "%(counter)s comments", count) % {"counter": count}


def written(html, text):
    """The lang attribute on the element holding a comment's text."""
    match = re.search(r'class="comment__text" lang="([^"]+)">' + re.escape(text), html)
    assert match, text
    return match.group(1)


def test_a_comment_from_either_language_joins_one_thread_shown_on_both(
    client, moderator, post_a, welsh_post, blog_a
):
    """Welsh comment: Welsh confirmation email with a /cy/ link, stored in the English post's
    thread, shown on both versions with lang="cy"; the cached Welsh page and both listings
    follow its approval. An English comment shows on the Welsh page as English."""
    welsh_blog = welsh_post.get_parent()
    cached = [welsh_post.url, welsh_blog.url, "/cy/", post_a.url, blog_a.url]
    for url in cached:
        client.get(url)
    assert all(client.get(url)["X-Page-Cache"] == "hit" for url in cached)

    data = form_fields(client.get(welsh_post.url).content.decode(), WELSH_POST_URL)
    data.update(
        {"name": "Siân Rees", "email": "sian@residents.example", "comment": "Diolch yn fawr."}
    )
    assert client.post(WELSH_POST_URL, data).status_code == 200

    email = mail.outbox[-1]
    assert email.subject == in_welsh("Confirm your comment on “%(title)s”", title=welsh_post.title)
    assert in_welsh("Hello,") in email.body and "Hello," not in email.body
    link = re.search(r"https://leaders\.example(/cy/comments/confirm/[^/\s]+/)", email.body)
    assert link, email.body
    confirmed = client.post(link.group(1))
    assert confirmed.status_code == 200, confirmed.content.decode()[-3000:]
    assert 'lang="cy"' in confirmed.content.decode()

    comment = comments_on(post_a).get()
    assert CommentLanguage.objects.get(comment=comment).language == "cy"
    assert moderator.post(f"/admin/comments/{comment.pk}/approve/").status_code == 302

    make_comment(post_a, "Good to hear it.")
    welsh_html = client.get(welsh_post.url).content.decode()
    english_html = client.get(post_a.url).content.decode()
    for html in (welsh_html, english_html):
        assert written(html, "Diolch yn fawr.") == "cy"
        assert written(html, "Good to hear it.") == "en-GB"
    for url in (welsh_blog.url, "/cy/"):
        assert comment_count(2, "cy") in client.get(url).content.decode()
    assert comment_count(2, "en-gb") in client.get(blog_a.url).content.decode()


def test_replies_reach_each_follower_in_the_language_they_commented_in(
    moderator, post_a, welsh_post
):
    """The leader's reply (written in Welsh here) notifies a Welsh commenter in Welsh, about the
    Welsh post, with a /cy/ unsubscribe link, and an English commenter in English."""
    welsh = make_comment(post_a, "Cwestiwn", user_email="sian@residents.example", followup=True)
    CommentLanguage.objects.create(comment=welsh, language="cy")
    make_comment(post_a, "A question", user_email="fran@residents.example", followup=True)

    response = moderator.post(
        f"/admin/comments/{welsh.pk}/reply/", {"reply": "Ateb", "language": "cy"}
    )

    assert response.status_code == 302
    assert written(Client().get(post_a.url).content.decode(), "Ateb") == "cy"
    emails = {message.to[0]: message for message in mail.outbox}
    to_welsh, to_english = emails["sian@residents.example"], emails["fran@residents.example"]
    assert to_welsh.subject == in_welsh("New reply on “%(title)s”", title=welsh_post.title)
    assert f"https://leaders.example{welsh_post.url}#c" in to_welsh.body
    assert "https://leaders.example/cy/comments/unsubscribe/" in to_welsh.body
    assert to_english.subject == f"New reply on “{post_a.title}”"
    assert f"https://leaders.example{post_a.url}#c" in to_english.body
    assert "https://leaders.example/comments/unsubscribe/" in to_english.body
