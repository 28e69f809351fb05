"""One conversation in two languages: a post's English and Welsh versions share one thread, each
comment says which language it is in, and every email goes out in its reader's language."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.users.models import UserProfile

from comments.models import CommentLanguage
from demo.welsh import translate, welsh_locale
from leaders.models import BlogPostPage
from tests.workflow.conftest import comms_member

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


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


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


def prefers(user, language):
    """`user` chose `language` under Account → Language in the admin."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_staff_hear_of_a_comment_about_the_post_in_their_own_language(
    client, moderator, comms_user, leader_a, post_a, welsh_post
):
    """A Welsh comment on the Welsh version (the thread hangs on the English post): the
    English-preferring comms member is told of it with the English title, a Welsh-preferring
    one with the Welsh title; once approved, the Welsh-preferring leader gets Welsh, naming and
    linking the Welsh post."""
    welsh_moderator = prefers(comms_member("gwen.comms", "Gwen"), "cy")
    prefers(leader_a, "cy")

    data = form_fields(client.get(welsh_post.url).content.decode(), WELSH_POST_URL)
    data.update(
        {"name": "Siân Rees", "email": "sian@residents.example", "comment": "Diolch yn fawr."}
    )
    assert client.post(WELSH_POST_URL, data).status_code == 200
    link = re.search(
        r"https://leaders\.example(/cy/comments/confirm/[^/\s]+/)", mail.outbox[-1].body
    )
    assert client.post(link.group(1)).status_code == 200
    comment = comments_on(post_a).get()
    assert not comment.is_public

    held = "A comment is waiting for moderation on “%(title)s”"
    [to_comms] = sent_to(comms_user.email)
    assert to_comms.subject == held % {"title": post_a.title}
    assert "Siân Rees commented on “Listening first”" in to_comms.body
    [to_welsh_moderator] = sent_to(welsh_moderator.email)
    assert to_welsh_moderator.subject == in_welsh(held, title=welsh_post.title)
    assert (
        welsh_post.title in to_welsh_moderator.body and post_a.title not in to_welsh_moderator.body
    )

    assert moderator.post(f"/admin/comments/{comment.pk}/approve/").status_code == 302

    [to_leader] = sent_to(leader_a.email)
    assert to_leader.subject == in_welsh(
        "New comment on your post “%(title)s”", title=welsh_post.title
    )
    assert f"https://leaders.example{welsh_post.url}#c{comment.pk}" in to_leader.body
    assert f"https://leaders.example{post_a.url}#" not in to_leader.body
    assert f"https://leaders.example/admin/comments/{comment.pk}/" in to_leader.body
    assert in_welsh("Read it on the post:") in to_leader.body


def test_staff_are_told_about_the_other_version_when_theirs_is_not_live(
    client, moderator, comms_user, leader_a, post_a, welsh_post
):
    """The English version is not live (as a post written in Welsh first, before its English
    version is published): the English-preferring leader is told, in English, about the Welsh
    version readers can see, with its link."""
    BlogPostPage.objects.filter(pk=post_a.pk).update(live=False)
    comment = make_comment(post_a, "Sylw", public=False)

    assert moderator.post(f"/admin/comments/{comment.pk}/approve/").status_code == 302

    [to_leader] = sent_to(leader_a.email)
    assert to_leader.subject == f"New comment on your post “{welsh_post.title}”"
    assert f"https://leaders.example{welsh_post.url}#c{comment.pk}" in to_leader.body


def test_moderators_see_and_filter_each_comments_language(moderator, post_a):
    """The queue has a Language column (each language's own name, marked with its `lang`) and
    each comment's text carries its `lang`, still escaped; the Language filter keeps one
    language (a comment with no recorded language is English); a language the site does not
    have changes nothing."""
    welsh = make_comment(post_a, "Pryd fydd y ffordd ar agor?", public=False)
    CommentLanguage.objects.create(comment=welsh, language="cy")
    english = make_comment(post_a, "When will the road reopen?", public=False)
    CommentLanguage.objects.create(comment=english, language="en-gb")
    make_comment(post_a, "Older comment, before the Welsh site", public=False)
    hostile = make_comment(post_a, '<script>alert("x")</script>', public=False)
    CommentLanguage.objects.create(comment=hostile, language="cy")

    queue = moderator.get("/admin/comments/")
    html = queue.content.decode()
    assert queue.status_code == 200
    assert re.search(r"<th[^>]*>\s*Language\s*</th>", html)
    assert re.search(r'<select name="language"[^>]*>', html)
    assert '<span lang="cy">Cymraeg</span>' in html
    assert html.count('<span lang="en-GB">English</span>') == 2
    assert '<span lang="cy">Pryd fydd y ffordd ar agor?</span>' in html
    assert '<span lang="en-GB">When will the road reopen?</span>' in html
    assert '<script>alert("x")' not in html
    assert '<span lang="cy">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</span>' in html

    in_welsh_only = moderator.get("/admin/comments/?language=cy").content.decode()
    assert "Pryd fydd y ffordd" in in_welsh_only
    assert "When will the road" not in in_welsh_only and "Older comment" not in in_welsh_only
    in_english_only = moderator.get("/admin/comments/?language=en-gb").content.decode()
    assert "When will the road" in in_english_only and "Older comment" in in_english_only
    assert "Pryd fydd y ffordd" not in in_english_only

    unknown = moderator.get("/admin/comments/?language=fr")
    assert unknown.status_code == 200
    assert "Pryd fydd y ffordd" in unknown.content.decode()
    assert "When will the road" in unknown.content.decode()


def test_one_comment_screen_says_its_language_and_marks_its_text(moderator, post_a):
    """The detail screen lists the Language and marks the comment (and the comment it answers)
    with their `lang`."""
    question = make_comment(post_a, "A question about bins")
    answer = make_comment(post_a, "Ateb am y biniau", parent=question)
    CommentLanguage.objects.create(comment=answer, language="cy")

    response = moderator.get(f"/admin/comments/{answer.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<dt>Language</dt><dd><span lang="cy">Cymraeg</span></dd>', html)
    assert '<blockquote lang="cy">Ateb am y biniau</blockquote>' in html
    assert '<blockquote lang="en-GB"><p><strong>Dai Evans</strong></p>A question' in html
