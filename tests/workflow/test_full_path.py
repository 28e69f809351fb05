"""A post from draft to live through the real admin views: each step, its e-mails and its log."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState

from leaders.models import BlogPostPage
from tests.workflow.helpers import (
    act,
    awaiting_review,
    create_post,
    diagram_image,
    edit_post,
    fresh,
    refused,
    video_and_diagram_body,
)

SITE = "https://leaders.example"


def logged(page, since=0):
    """(action, username) of the page's audit-log entries, oldest first, from index `since`."""
    entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
    return [(entry.action, entry.user.username if entry.user else None) for entry in entries][
        since:
    ]


def recipients(messages):
    return sorted(address for message in messages for address in message.to)


def workflow_state(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()


def test_leader_post_goes_live_after_changes_requested_and_a_second_approval(
    client, blog_a, leader_a, comms, comms_2
):
    # 1. The leader writes a post with a video and a diagram and submits it.
    body = video_and_diagram_body(diagram_image())
    response = create_post(client, leader_a, blog_a, "Weekly recycling", body=body, submit=True)
    assert response.status_code == 302
    post = BlogPostPage.objects.child_of(blog_a).get(slug="weekly-recycling")
    assert not post.live

    # Their own submission is their sign-off: the post waits for the communications team.
    state = workflow_state(post)
    assert state.current_task_state.task.name == "Communications approval"
    sign_off = TaskState.objects.get(workflow_state=state, task__name="Leader sign-off")
    assert (sign_off.status, sign_off.finished_by) == ("approved", leader_a)
    assert recipients(mail.outbox) == [comms.email, comms_2.email]
    assert all("Communications approval" in message.subject for message in mail.outbox)
    assert f"{SITE}/admin/pages/{post.pk}/edit/" in mail.outbox[0].body
    assert logged(post) == [
        ("wagtail.create", "leader.a"),
        ("wagtail.edit", "leader.a"),
        ("wagtail.workflow.approve", "leader.a"),
        ("wagtail.workflow.start", "leader.a"),
    ]

    # 2. A communications member asks for changes, with a comment.
    mail.outbox.clear()
    response = act(client, comms, post, "reject", comment="Please give the start date.")
    assert response.status_code == 302
    assert workflow_state(post).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not fresh(post).live
    assert recipients(mail.outbox) == [leader_a.email]
    assert "rejected" in mail.outbox[0].subject
    assert "Please give the start date." in mail.outbox[0].body
    assert f"{SITE}/admin/pages/{post.pk}/edit/" in mail.outbox[0].body
    rejection = PageLogEntry.objects.get(page=post, action="wagtail.workflow.reject")
    assert rejection.user == comms
    assert rejection.data["comment"] == "Please give the start date."

    # 3. The leader edits and resubmits: the step that asked for changes starts again.
    mail.outbox.clear()
    seen = len(logged(post))
    response = edit_post(
        client,
        leader_a,
        post,
        action="action-submit",
        body=body,
        summary="Weekly recycling from 2 March.",
    )
    assert response.status_code == 302
    state = workflow_state(post)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Communications approval"
    assert recipients(mail.outbox) == [comms.email, comms_2.email]
    assert logged(post, seen) == [
        ("wagtail.edit", "leader.a"),
        ("wagtail.workflow.resume", "leader.a"),
    ]

    # 4. Another communications member approves: the post is live, the leader is told.
    mail.outbox.clear()
    seen = len(logged(post))
    response = act(client, comms_2, post, "approve")
    assert response.status_code == 302
    post = fresh(post)
    assert post.live
    assert post.summary == "Weekly recycling from 2 March."
    assert workflow_state(post).status == WorkflowState.STATUS_APPROVED
    assert recipients(mail.outbox) == [leader_a.email]
    assert "approved" in mail.outbox[0].subject
    assert f"{SITE}{post.url}" in mail.outbox[0].body
    entries = logged(post, seen)
    assert entries[0] == ("wagtail.workflow.approve", "dev.comms")
    assert ("wagtail.publish", "dev.comms") in entries

    # The published page shows the video (behind its privacy facade) and the diagram.
    page = client.get(post.url)
    assert page.status_code == 200
    assert "Our new recycling rounds, explained" in page.content.decode()
    assert "recycling rates rose from 40% to 52%" in page.content.decode()

    # The page's history in the admin lists the workflow.
    client.force_login(comms)
    history = client.get(f"/admin/pages/{post.pk}/history/")
    assert history.status_code == 200
    assert "Approved" in history.content.decode()


def test_ghost_written_post_needs_the_leaders_sign_off_then_the_teams_approval(
    client, blog_a, leader_a, comms, comms_2
):
    # A communications member drafts under leader A's blog and submits.
    response = create_post(client, comms, blog_a, "Library hours", submit=True)
    assert response.status_code == 302
    post = BlogPostPage.objects.child_of(blog_a).get(slug="library-hours")
    state = workflow_state(post)
    assert state.current_task_state.task.name == "Leader sign-off"
    # The leader is asked for their sign-off, by e-mail, with links to the public site URL.
    sign_off_mail = [message for message in mail.outbox if message.to == [leader_a.email]]
    assert len(sign_off_mail) == 1
    assert "sign-off" in sign_off_mail[0].subject
    assert f"{SITE}/admin/pages/{post.pk}/edit/" in sign_off_mail[0].body
    # Nobody on the communications team can pass the leader's step.
    assert refused(act(client, comms_2, post, "approve"))
    assert workflow_state(post).current_task_state.task.name == "Leader sign-off"

    # The leader's editor offers the approval; the leader signs off.
    client.force_login(leader_a)
    editor = client.get(f"/admin/pages/{post.pk}/edit/")
    assert editor.status_code == 200
    mail.outbox.clear()
    assert act(client, leader_a, post, "approve", comment="Happy with this.").status_code == 302
    state = workflow_state(post)
    assert state.current_task_state.task.name == "Communications approval"
    # The team is asked. The leader has accepted the words, so even the member who wrote them
    # may approve now: two people (writer and leader) have agreed to them.
    assert {comms.email, comms_2.email} <= set(recipients(mail.outbox))
    assert "Library hours" in awaiting_review(client, comms)
    assert not fresh(post).live

    assert act(client, comms_2, post, "approve").status_code == 302
    assert fresh(post).live
    approvals = PageLogEntry.objects.filter(page=post, action="wagtail.workflow.approve")
    assert [entry.user for entry in approvals.order_by("timestamp", "pk")] == [leader_a, comms_2]


def tomorrow_at_nine():
    return (timezone.localtime() + datetime.timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )


def approved_for(client, go_live, blog, leader, approver):
    """A post the leader submitted with a go-live time, approved by `approver`."""
    create_post(client, leader, blog, "Budget day", submit=False)
    post = BlogPostPage.objects.child_of(blog).get(slug="budget-day")
    response = edit_post(
        client, leader, post, action="action-submit", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    assert response.status_code == 302
    assert act(client, approver, post, "approve").status_code == 302
    return post


def test_approved_post_with_a_future_go_live_goes_live_when_publish_scheduled_runs(
    client, blog_a, leader_a, comms
):
    go_live = tomorrow_at_nine()
    post = approved_for(client, go_live, blog_a, leader_a, comms)

    # Approved, but not yet live: Wagtail holds the approved revision until its time.
    post = fresh(post)
    assert not post.live
    revision = Revision.page_revisions.get(
        object_id=str(post.pk), approved_go_live_at__isnull=False
    )
    assert revision.approved_go_live_at == go_live
    assert PageLogEntry.objects.filter(page=post, action="wagtail.publish.schedule").exists()
    call_command("publish_scheduled")
    assert not fresh(post).live

    # The clock reaches the go-live time (simulated by moving the go-live time to a minute ago);
    # the next run of publish_scheduled publishes it.
    due = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    assert fresh(post).live
    assert client.get(fresh(post).url).status_code == 200


def test_communications_team_can_cancel_a_scheduled_go_live_but_the_leader_cannot(
    client, blog_a, leader_a, comms
):
    post = approved_for(client, tomorrow_at_nine(), blog_a, leader_a, comms)
    revision = Revision.page_revisions.get(
        object_id=str(post.pk), approved_go_live_at__isnull=False
    )
    url = reverse("wagtailadmin_pages:revisions_unschedule", args=(post.pk, revision.pk))
    client.force_login(leader_a)
    assert refused(client.post(url))
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None

    client.force_login(comms)
    assert client.post(url).status_code == 302
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None
    call_command("publish_scheduled")
    assert not fresh(post).live
    assert PageLogEntry.objects.get(page=post, action="wagtail.schedule.cancel").user == comms


def test_leader_sends_a_ghost_written_post_back_and_signs_off_the_rewrite(
    client, blog_a, leader_a, comms, comms_2
):
    create_post(client, comms, blog_a, "Library hours", submit=True)
    post = BlogPostPage.objects.child_of(blog_a).get(slug="library-hours")
    mail.outbox.clear()
    response = act(client, leader_a, post, "reject", comment="I would not say it like that.")
    assert response.status_code == 302
    assert workflow_state(post).status == WorkflowState.STATUS_NEEDS_CHANGES
    # The author (the communications member who drafted it) is told, with the leader's comment.
    assert recipients(mail.outbox) == [comms.email]
    assert "I would not say it like that." in mail.outbox[0].body

    # The rewrite restarts the leader's step, and the leader is asked again.
    mail.outbox.clear()
    edit_post(client, comms, post, action="action-submit", summary="Rewritten for Ada.")
    assert fresh(post).current_workflow_task.name == "Leader sign-off"
    assert leader_a.email in recipients(mail.outbox)
    assert act(client, leader_a, post, "approve").status_code == 302
    assert fresh(post).current_workflow_task.name == "Communications approval"
    assert act(client, comms_2, post, "approve").status_code == 302
    assert fresh(post).live
    assert fresh(post).summary == "Rewritten for Ada."
