"""A communications team of one runs the whole workflow through the editor's own buttons.

Pressing Approve in the editor saves the form before acting, and Wagtail saves a new revision
whenever its form sees a change: here, as in the browser, the same words come back re-encoded
(new paragraph keys, new block ids). That must neither make the reviewer their author nor start
the workflow again; changed words go back to the leader, and once the leader has signed them off
the same member may approve them.
"""

from django.core import mail
from wagtail.models import PageLogEntry, Revision
from wagtail.test.utils.form_data import rich_text

from leaders.models import BlogPostPage
from leaders.revision_words import words_author_id
from tests.workflow.helpers import (
    act,
    awaiting_review,
    create_post,
    edit_post,
    edit_url,
    editor_action,
    fresh,
    refused,
)


def submitted(client, author, blog, title="Bin rounds"):
    create_post(client, author, blog, title, submit=True)
    return BlogPostPage.objects.child_of(blog).get(title=title)


def approvals(post):
    entries = PageLogEntry.objects.filter(page=post, action="wagtail.workflow.approve")
    return [entry.user.username for entry in entries.order_by("timestamp", "pk")]


def revisions(post):
    return Revision.page_revisions.filter(object_id=str(post.pk)).count()


def test_approve_in_the_editor_without_changes_publishes(client, blog_a, leader_a, comms):
    post = submitted(client, leader_a, blog_a)
    before = revisions(post)
    response = editor_action(client, comms, post, "approve")
    assert response.status_code == 302
    # Wagtail saved the re-encoded form as Cara's revision, but the words are still Ada's.
    assert revisions(post) == before + 1
    assert words_author_id(post) == leader_a.pk
    post = fresh(post)
    assert post.live
    assert approvals(post) == ["leader.a", "cara.comms"]


def test_approve_with_comment_in_the_editor_without_changes_publishes(
    client, blog_a, leader_a, comms
):
    post = submitted(client, leader_a, blog_a)
    assert editor_action(client, comms, post, "approve", comment="Lovely.").status_code == 302
    assert fresh(post).live
    entry = PageLogEntry.objects.filter(page=post, action="wagtail.workflow.approve").latest("pk")
    assert (entry.user, entry.data["comment"]) == (comms, "Lovely.")


def test_saving_a_draft_without_changes_leaves_the_post_waiting_for_the_reviewer(
    client, blog_a, leader_a, comms
):
    post = submitted(client, leader_a, blog_a)
    edit_post(client, comms, post)  # Save draft, nothing changed
    assert words_author_id(post) == leader_a.pk
    assert "Bin rounds" in awaiting_review(client, comms)
    assert act(client, comms, post, "approve").status_code == 302
    assert fresh(post).live


def test_changes_approved_in_the_editor_go_to_the_leader_then_back_to_the_same_member(
    client, blog_a, leader_a, comms
):
    post = submitted(client, leader_a, blog_a)
    mail.outbox.clear()
    response = editor_action(
        client, comms, post, "approve", comment="Added the date.", summary="From 2 March."
    )
    assert response.status_code == 302
    post = fresh(post)
    assert not post.live
    assert post.current_workflow_task.name == "Leader sign-off"

    # The leader is told what changed, with a link to compare the revisions.
    [message] = [message for message in mail.outbox if message.to == [leader_a.email]]
    assert "changes" in message.subject
    assert 'Cara Comms has changed "Bin rounds" (Summary).' in message.body
    compare = f"/admin/pages/{post.pk}/revisions/compare/"
    assert compare in message.body
    # The editor says so too, and the comparison opens for the leader.
    client.force_login(leader_a)
    editor = client.get(edit_url(post)).content.decode()
    assert "Cara Comms has changed: Summary." in editor
    link = message.body[message.body.index(compare) :].split()[0]
    assert client.get(link).status_code == 200
    assert "Bin rounds" in awaiting_review(client, leader_a)

    # The leader signs off in the editor (re-encoded, unchanged), and the post comes back.
    assert editor_action(client, leader_a, post, "approve").status_code == 302
    post = fresh(post)
    assert not post.live
    assert post.current_workflow_task.name == "Communications approval"
    assert "Bin rounds" in awaiting_review(client, comms)

    # Cara wrote the new summary, but the leader has accepted it: she may approve it now.
    assert editor_action(client, comms, post, "approve").status_code == 302
    post = fresh(post)
    assert post.live
    assert post.summary == "From 2 March."
    assert approvals(post) == ["leader.a", "cara.comms", "leader.a", "cara.comms"]


def test_a_changed_link_is_a_change(client, blog_a, leader_a, comms):
    """Only the editor's own re-encoding is ignored: a new link address is new words."""
    body = [("paragraph", rich_text('<p>See <a href="https://council.example/bins">bins</a>.</p>'))]
    create_post(client, leader_a, blog_a, "Bin rounds", body=body, submit=True)
    post = BlogPostPage.objects.child_of(blog_a).get(title="Bin rounds")
    forged = [("paragraph", rich_text('<p>See <a href="https://scam.example/">bins</a>.</p>'))]
    assert editor_action(client, comms, post, "approve", body=forged).status_code == 302
    post = fresh(post)
    assert not post.live
    assert post.current_workflow_task.name == "Leader sign-off"
    assert words_author_id(post) == comms.pk


def test_ghost_written_post_is_signed_off_then_approved_by_its_writer(
    client, blog_a, leader_a, comms
):
    post = submitted(client, comms, blog_a, title="Library hours")
    assert post.current_workflow_task.name == "Leader sign-off"
    # Cara cannot pass the leader's step, nor approve before the leader has signed off.
    assert refused(act(client, comms, post, "approve"))
    assert editor_action(client, leader_a, post, "approve", comment="Happy.").status_code == 302
    assert fresh(post).current_workflow_task.name == "Communications approval"
    assert editor_action(client, comms, post, "approve").status_code == 302
    assert fresh(post).live
    assert approvals(post) == ["leader.a", "cara.comms"]


def test_request_changes_then_resubmit_then_approve(client, blog_a, leader_a, comms):
    post = submitted(client, leader_a, blog_a)
    response = editor_action(client, comms, post, "reject", comment="Say when it starts.")
    assert response.status_code == 302
    assert fresh(post).workflow_states.get().status == "needs_changes"
    edit_post(client, leader_a, post, action="action-submit", summary="Starts on 2 March.")
    assert fresh(post).current_workflow_task.name == "Communications approval"
    assert editor_action(client, comms, post, "approve").status_code == 302
    post = fresh(post)
    assert post.live
    assert post.summary == "Starts on 2 March."


def test_leader_who_changes_the_words_at_sign_off_sends_them_to_the_team(
    client, blog_a, leader_a, comms
):
    post = submitted(client, comms, blog_a, title="Library hours")
    response = editor_action(client, leader_a, post, "approve", summary="In my own words.")
    assert response.status_code == 302
    post = fresh(post)
    assert post.current_workflow_task.name == "Communications approval"
    assert words_author_id(post) == leader_a.pk
    assert editor_action(client, comms, post, "approve").status_code == 302
    post = fresh(post)
    assert post.live
    assert post.summary == "In my own words."
