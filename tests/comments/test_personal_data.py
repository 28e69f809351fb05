"""Personal data: retention (purge_comment_data) and erasure on request (command and admin)."""

import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from comments.models import PendingConfirmation
from tests import factories

from .conftest import comments_on, make_comment, submit

ERASED = "[removed at the commenter's request]"


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.mark.django_db
def test_purge_clears_old_ips_and_deletes_expired_confirmations_and_old_removed_comments(
    client, post_a
):
    old = make_comment(post_a, "Old", submit_date=days_ago(31))
    recent = make_comment(post_a, "Recent", submit_date=days_ago(29))
    long_removed = make_comment(
        post_a, "Removed long ago", is_removed=True, submit_date=days_ago(91)
    )
    just_removed = make_comment(post_a, "Removed lately", is_removed=True, submit_date=days_ago(10))
    submit(client, post_a)
    PendingConfirmation.objects.update(created_at=days_ago(8))
    submit(client, post_a, text="A fresh one")

    call_command("purge_comment_data", stdout=open("/dev/null", "w"))  # noqa: SIM115

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_address is None
    assert recent.ip_address == "192.0.2.44"
    remaining = set(comments_on(post_a).values_list("pk", flat=True))
    assert long_removed.pk not in remaining
    assert just_removed.pk in remaining
    assert list(PendingConfirmation.objects.values_list("comment", flat=True)) == ["A fresh one"]


@pytest.mark.django_db
def test_purge_keeps_a_removed_comment_that_has_replies_but_empties_it(post_a):
    parent = make_comment(post_a, "Removed parent", submit_date=days_ago(100))
    make_comment(post_a, "Reply", parent=parent)
    type(parent).norel_objects.filter(pk=parent.pk).update(is_removed=True)

    call_command("purge_comment_data", stdout=open("/dev/null", "w"))  # noqa: SIM115

    parent.refresh_from_db()
    assert (parent.comment, parent.user_email) == ("", "")


@pytest.mark.django_db
def test_erase_commenter_blanks_details_keeps_threads_and_logs_it(client, post_a):
    mine = make_comment(post_a, "My words", user_email="Erin@Residents.example", followup=True)
    make_comment(post_a, "A reply to Erin", parent=mine)
    held = make_comment(post_a, "My held words", public=False, user_email="erin@residents.example")
    other = make_comment(post_a, "Someone else")
    submit(client, post_a, email="erin@residents.example", text="Not yet confirmed")

    call_command("erase_commenter", email="erin@residents.example", stdout=open("/dev/null", "w"))  # noqa: SIM115

    mine.refresh_from_db()
    held.refresh_from_db()
    assert (mine.user_name, mine.user_email, mine.ip_address) == ("", "", None)
    assert mine.comment == ERASED
    assert mine.followup is False
    assert held.is_removed and held.comment == ERASED
    assert not PendingConfirmation.objects.exists()
    other.refresh_from_db()
    assert other.user_email == "dai@residents.example"
    html = client.get(post_a.url).content.decode()
    assert escape(ERASED) in html and "A reply to Erin" in html and "My words" not in html
    logged = ModelLogEntry.objects.filter(action="comments.erase")
    assert {entry.object_id for entry in logged} == {str(mine.pk), str(held.pk)}


@pytest.mark.django_db
def test_erase_commenter_refuses_a_value_that_is_not_an_email():
    with pytest.raises(CommandError):
        call_command("erase_commenter", email="not an email")


@pytest.mark.django_db
def test_erasure_from_the_admin(post_a, comms_user):
    comment = make_comment(post_a, "Please delete me", user_email="gwen@residents.example")
    client = Client()
    client.force_login(comms_user)

    response = client.post(f"/admin/comments/{comment.pk}/erase/")

    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.user_email, comment.comment) == ("", ERASED)
    assert ModelLogEntry.objects.get(action="comments.erase").user == comms_user
    assert not mail.outbox


@pytest.mark.django_db
def test_purge_deletes_comments_left_behind_by_a_deleted_post(blog_a, post_a):
    doomed = factories.blog_post(blog_a, title="Withdrawn", slug="withdrawn")
    make_comment(doomed, "On a post that goes")
    kept = make_comment(post_a, "On a post that stays")
    doomed.delete()

    call_command("purge_comment_data", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert list(type(kept).norel_objects.values_list("pk", flat=True)) == [kept.pk]
