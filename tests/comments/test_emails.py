"""Who hears about a comment, when, and how they stop: moderators, the leader, followers."""

import re

import pytest
from django.core import mail
from django.test import Client

from .conftest import comments_on, confirmation_link, make_comment, submit


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


@pytest.mark.django_db
def test_moderators_get_one_email_per_waiting_comment(client, post_a, comms_user):
    submit(client, post_a)
    assert not sent_to(comms_user.email)  # nothing waits until the citizen confirms

    link = confirmation_link(mail.outbox)
    client.post(link)
    client.post(link)

    emails = sent_to(comms_user.email)
    assert len(emails) == 1
    assert "waiting for moderation" in emails[0].subject
    assert "https://leaders.example/admin/comments/?status=pending" in emails[0].body


@pytest.mark.django_db
def test_leader_is_told_when_their_post_gets_an_approved_comment(post_a, leader_a, comms_user):
    comment = make_comment(post_a, "Thank you for explaining.", public=False)
    assert not sent_to(leader_a.email)

    moderator = Client()
    moderator.force_login(comms_user)
    moderator.post(f"/admin/comments/{comment.pk}/approve/")

    emails = sent_to(leader_a.email)
    assert len(emails) == 1
    assert "Thank you for explaining." in emails[0].body
    assert f"https://leaders.example{post_a.url}#c{comment.pk}" in emails[0].body


@pytest.mark.django_db
def test_leader_is_told_at_once_on_a_post_moderated_blog(client, blog_a, post_a, leader_a):
    blog_a.publish_comments_before_review = True
    blog_a.save_revision().publish()
    submit(client, post_a)
    client.post(confirmation_link(mail.outbox))
    assert len(sent_to(leader_a.email)) == 1


@pytest.mark.django_db
def test_follower_is_emailed_about_new_comments_and_can_unsubscribe(client, post_a, comms_user):
    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)
    moderator = Client()
    moderator.force_login(comms_user)
    new = make_comment(post_a, "A new thought", public=False)
    moderator.post(f"/admin/comments/{new.pk}/approve/")

    emails = sent_to("fran@residents.example")
    assert len(emails) == 1
    assert "A new thought" in emails[0].body
    mute = re.search(r"https://leaders\.example(/comments/unsubscribe/\S+/)", emails[0].body)
    assert mute

    response = client.post(mute.group(1))

    assert response.status_code == 200
    assert not comments_on(post_a).filter(followup=True).exists()
    another = make_comment(post_a, "Yet another", public=False)
    moderator.post(f"/admin/comments/{another.pk}/approve/")
    assert len(sent_to("fran@residents.example")) == 1


@pytest.mark.django_db
def test_follow_up_opt_in_on_the_form_is_stored(client, post_a):
    submit(client, post_a, followup="on")
    client.post(confirmation_link(mail.outbox))
    assert comments_on(post_a).get().followup is True


@pytest.mark.django_db
def test_tampered_unsubscribe_link_is_refused(client):
    assert client.get("/comments/unsubscribe/forged-token/").status_code == 404
    assert client.post("/comments/unsubscribe/forged-token/").status_code == 404


@pytest.mark.django_db
def test_each_moderator_reads_the_waiting_comment_email_in_their_own_language(
    client, settings, post_a, comms_user
):
    from django.utils import translation
    from wagtail.users.models import UserProfile

    from tests import factories
    from tests.workflow.conftest import comms_member

    settings.LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
    welsh_moderator = comms_member("gwen.comms", "Gwen")
    profile = UserProfile.get_for_user(welsh_moderator)
    profile.preferred_language = "cy"
    profile.save()
    factories.UserFactory(username="unrelated")  # not a moderator: told nothing

    submit(client, post_a)
    client.post(confirmation_link(mail.outbox))

    with translation.override("cy"):
        welsh_subject = translation.gettext("A comment is waiting for moderation on “%(title)s”")
    [english] = sent_to(comms_user.email)
    [welsh] = sent_to(welsh_moderator.email)
    assert "waiting for moderation" in english.subject
    assert welsh.subject == welsh_subject % {"title": post_a.title}
    assert "Lleisiau Arwain" in welsh.body and "Leadership Voices" in english.body
