"""New-post emails: once per follower and post, in the follower's language, retried, and
never an action on a GET of any of their links."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from demo.welsh import translate, welsh_locale
from follows import tasks
from follows.models import Announcement, Delivery, FollowedLeader, Follower
from tests import factories
from tests.follows.conftest import links

pytestmark = pytest.mark.django_db


def _follower(email, language, *blogs, confirmed=True):
    follower = Follower.objects.create(
        email=email, language=language, confirmed_at=timezone.now() if confirmed else None
    )
    for blog in blogs:
        FollowedLeader.objects.create(follower=follower, blog_key=blog.translation_key)
    return follower


@pytest.fixture
def followers(leaders):
    return {
        "en": _follower("en@x.example", "en-gb", leaders["ada"]),
        "cy": _follower("cy@x.example", "cy", leaders["ada"], leaders["bryn"]),
        "other": _follower("bryn-only@x.example", "en-gb", leaders["bryn"]),
        "unconfirmed": _follower("maybe@x.example", "en-gb", leaders["ada"], confirmed=False),
    }


def _publish(page, callbacks):
    """An edit and publish as the admin makes it: of the page as it is in the database."""
    page = type(page).objects.get(pk=page.pk)
    with callbacks(execute=True):
        page.save_revision().publish()


def _recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_new_post_is_emailed_once_in_each_followers_language(
    leaders, followers, django_capture_on_commit_callbacks
):
    post = factories.blog_post(leaders["ada"], "Libraries stay open", publish=False)
    _publish(post, django_capture_on_commit_callbacks)
    assert _recipients() == ["en@x.example"]  # the Welsh follower waits for the Welsh version
    [email] = mail.outbox
    assert "Libraries stay open" in email.subject and "https://leaders.example" in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.extra_headers["List-Unsubscribe"].startswith("<https://leaders.example/follow/")
    html = email.alternatives[0][0]
    assert '<html lang="en-GB">' in html and "<img" not in html

    # A later edit, a republish, an unpublish then publish: nothing more.
    _publish(post, django_capture_on_commit_callbacks)
    type(post).objects.get(pk=post.pk).unpublish()
    _publish(post, django_capture_on_commit_callbacks)
    tasks.deliver_new_posts.enqueue()
    assert _recipients() == ["en@x.example"]

    # The Welsh version is published: the Welsh follower gets it, nobody gets a second email.
    with django_capture_on_commit_callbacks(execute=True):
        translate(post, welsh_locale(), {"title": "Llyfrgelloedd ar agor", "summary": "Cryno."})
    assert _recipients() == ["cy@x.example", "en@x.example"]
    welsh = mail.outbox[-1]
    assert "Llyfrgelloedd ar agor" in welsh.subject and "/cy/" in welsh.body
    assert '<html lang="cy">' in welsh.alternatives[0][0]
    tasks.deliver_new_posts.enqueue()
    assert len(mail.outbox) == 2
    assert set(Delivery.objects.values_list("state", flat=True)) == {"sent"}

    # A post published before following existed has no announcement: republishing it is not
    # its first publication either.
    Announcement.objects.all().delete()
    _publish(post, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2 and not Announcement.objects.exists()

    # A mail scanner opens every link of every email: nothing changes.
    before = list(FollowedLeader.objects.values_list("pk", flat=True))
    scanner = Client()
    for link in {link for message in mail.outbox for link in links(message)}:
        assert scanner.get(link).status_code == 200
    assert list(FollowedLeader.objects.values_list("pk", flat=True)) == before


def test_without_a_welsh_version_in_time_a_welsh_follower_is_told_in_welsh(
    leaders, followers, django_capture_on_commit_callbacks, settings
):
    settings.LEADERS_FOLLOWS = {"TRANSLATION_WAIT_HOURS": 0}
    post = factories.blog_post(leaders["ada"], "Bins on Tuesdays", publish=False)
    _publish(post, django_capture_on_commit_callbacks)
    assert _recipients() == ["cy@x.example", "en@x.example"]
    welsh = next(message for message in mail.outbox if message.to == ["cy@x.example"])
    assert "Bins on Tuesdays" in welsh.body and "https://leaders.example/leaders/" in welsh.body
    assert "ar gael yn Gymraeg eto" in welsh.body  # "not yet available in Welsh"
    # The Welsh version published later sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        translate(post, welsh_locale(), {"title": "Biniau ddydd Mawrth"})
    assert len(mail.outbox) == 2


def test_publishing_a_post_with_a_welsh_alias_does_not_release_the_welsh_follower(
    leaders, followers, django_capture_on_commit_callbacks
):
    """Publishing a post republishes its aliases, and Wagtail signals each as published: the
    Welsh alias only repeats the English page, so the Welsh follower keeps waiting for a real
    Welsh version, however often the English one is corrected."""
    post = factories.blog_post(leaders["ada"], "Parks at night", publish=False)
    post.copy_for_translation(welsh_locale(), alias=True)
    _publish(post, django_capture_on_commit_callbacks)
    assert post.get_translation(welsh_locale()).live  # the alias was published with the post
    assert _recipients() == ["en@x.example"]
    # A correction to the English post, once the emails are queued, republishes the alias.
    _publish(post, django_capture_on_commit_callbacks)
    tasks.deliver_new_posts.enqueue()
    assert _recipients() == ["en@x.example"]
    waiting = Delivery.objects.get(follower=followers["cy"])
    assert (waiting.state, waiting.attempts) == ("queued", 0)
    assert waiting.next_attempt_at > timezone.now()
    assert Announcement.objects.get().first_page_id == post.pk


def test_a_mail_server_that_refuses_is_retried_then_the_email_is_marked_failed(
    leaders, followers, django_capture_on_commit_callbacks, settings
):
    settings.OUTBOX_DELIVERY_BACKEND = "tests.readers.failing_email.MailServerDownBackend"
    settings.LEADERS_FOLLOWS = {"MAX_ATTEMPTS": 2, "RETRY_SECONDS": 600}
    post = factories.blog_post(leaders["ada"], "Roads", publish=False)
    _publish(post, django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get(follower=followers["en"])
    assert (delivery.state, delivery.attempts) == ("queued", 1)
    assert "Connection unexpectedly closed" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=590)  # backoff
    Delivery.objects.update(next_attempt_at=timezone.now())  # ten minutes later
    tasks.deliver_new_posts.enqueue()
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == ("failed", 2)
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    tasks.deliver_new_posts.enqueue()
    assert not any(message.to == ["en@x.example"] for message in mail.outbox)
