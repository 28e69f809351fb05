"""What must be refused: forged publishing, approving your own words, other leaders' blogs, and
drafts shown to anyone outside the admin."""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, PageLogEntry

from leaders.models import BlogPostPage
from leaders.roles import COMMS_GROUP
from tests import factories
from tests.workflow.helpers import (
    act,
    awaiting_review,
    create_post,
    edit_post,
    edit_url,
    fresh,
    post_form,
    refused,
)


def submitted_by_leader(client, leader, blog, title="Submitted post"):
    create_post(client, leader, blog, title, submit=True)
    return BlogPostPage.objects.child_of(blog).get(title=title)


def test_forged_publish_post_by_a_leader_leaves_the_post_unpublished(client, blog_a, leader_a):
    create_post(client, leader_a, blog_a, "Draft only")
    post = BlogPostPage.objects.child_of(blog_a).get(slug="draft-only")
    data = post_form("Draft only, changed", slug=post.slug)
    data["action-publish"] = "1"
    response = client.post(edit_url(post), data)
    post = fresh(post)
    assert response.status_code == 302
    assert not post.live
    assert not PageLogEntry.objects.filter(page=post, action__startswith="wagtail.publish").exists()
    # Nothing the leader wrote is lost: it is saved as a draft.
    assert post.get_latest_revision_as_object().title == "Draft only, changed"


def test_forged_publish_by_a_communications_member_leaves_the_post_unpublished(
    client, blog_a, comms
):
    post = factories.blog_post(blog_a, title="Waiting", publish=False)
    client.force_login(comms)
    data = post_form(post.title, slug=post.slug)
    data["action-publish"] = "1"
    client.post(edit_url(post), data)
    assert not fresh(post).live


def test_superuser_may_publish_directly_and_it_is_logged(client, blog_a, superuser):
    post = factories.blog_post(blog_a, title="Emergency notice", publish=False)
    client.force_login(superuser)
    data = post_form(post.title, slug=post.slug)
    data["action-publish"] = "1"
    client.post(edit_url(post), data)
    assert fresh(post).live
    assert PageLogEntry.objects.get(page=post, action="wagtail.publish").user == superuser


def test_a_member_who_changed_the_words_cannot_approve_them_alone(
    client, blog_a, leader_a, comms, comms_2
):
    post = submitted_by_leader(client, leader_a, blog_a)
    # Cara tidies the wording (saving a draft), then presses Approve on her own words: they are
    # no longer the leader's, so they go back to the leader's sign-off instead of going live.
    edit_post(client, comms, post, summary="Tidied by Cara.")
    assert "Submitted post" in awaiting_review(client, comms)
    assert act(client, comms, post, "approve").status_code == 302
    post = fresh(post)
    assert not post.live
    assert post.current_workflow_task.name == "Leader sign-off"
    # Her approval says what she changed and where it went.
    approval = PageLogEntry.objects.filter(page=post, action="wagtail.workflow.approve").latest(
        "timestamp"
    )
    assert approval.user == comms
    assert "Changed Summary, so it goes back to Ada Lovell to sign off." in approval.data["comment"]
    # Nobody on the team can pass the leader's step for her.
    for member in (comms, comms_2):
        assert refused(act(client, member, post, "approve"))
    assert fresh(post).current_workflow_task.name == "Leader sign-off"


def test_changing_the_words_and_approving_in_one_go_sends_them_to_the_leader(
    client, blog_a, leader_a, comms
):
    post = submitted_by_leader(client, leader_a, blog_a)
    response = edit_post(
        client,
        comms,
        post,
        action="action-workflow-action",
        summary="Rewritten by Cara.",
        **{"workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
    )
    assert response.status_code == 302
    post = fresh(post)
    assert not post.live
    assert post.get_latest_revision_as_object().summary == "Rewritten by Cara."
    assert post.current_workflow_task.name == "Leader sign-off"


def test_without_a_serving_leader_nobody_approves_their_own_words(
    client, directory, comms, comms_2
):
    vacant = factories.leader_blog(directory, name="Vacant post", slug="vacant", leader=None)
    create_post(client, comms, vacant, "Interim update", submit=True)
    post = BlogPostPage.objects.child_of(vacant).get(slug="interim-update")
    # No leader to sign off: the team's step follows, and Cara wrote the words.
    assert post.current_workflow_task.name == "Communications approval"
    assert "Interim update" not in awaiting_review(client, comms)
    assert refused(act(client, comms, post, "approve"))
    # The editor does not offer her Approve: pressing it anyway only saves her draft.
    edit_post(
        client,
        comms,
        post,
        action="action-workflow-action",
        **{"workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
    )
    assert not fresh(post).live
    assert fresh(post).current_workflow_task.name == "Communications approval"
    assert act(client, comms_2, post, "approve").status_code == 302
    assert fresh(post).live


def test_a_leader_on_the_team_cannot_approve_their_own_post(client, blog_a, leader_a, comms):
    leader_a.groups.add(Group.objects.get(name=COMMS_GROUP))
    post = submitted_by_leader(client, leader_a, blog_a)
    # Their submission is their sign-off; it is not also the team's approval.
    assert post.current_workflow_task.name == "Communications approval"
    assert refused(act(client, leader_a, post, "approve"))
    assert not fresh(post).live
    assert act(client, comms, post, "approve").status_code == 302
    assert fresh(post).live


def test_words_changed_after_the_leaders_sign_off_go_back_to_the_leader(
    client, blog_a, leader_a, comms, comms_2
):
    create_post(client, comms, blog_a, "Ghost written", submit=True)
    post = BlogPostPage.objects.child_of(blog_a).get(slug="ghost-written")
    act(client, leader_a, post, "approve")
    # After the sign-off, Dev changes the words and Cara (no longer the last editor) approves.
    edit_post(client, comms_2, post, summary="Changed after the leader signed off.")
    assert act(client, comms, post, "approve").status_code == 302
    post = fresh(post)
    assert not post.live
    assert post.current_workflow_task.name == "Leader sign-off"


def test_leader_b_cannot_open_or_change_leader_a_posts(client, blog_a, blog_b, leader_b, post_a):
    client.force_login(leader_b)
    assert refused(client.get(edit_url(post_a)))
    response = client.post(edit_url(post_a), post_form("Hijacked", slug=post_a.slug))
    assert refused(response)
    assert fresh(post_a).get_latest_revision_as_object().title == "Listening first"
    assert refused(client.get(edit_url(blog_a)))
    assert refused(create_post(client, leader_b, blog_a, "Not my blog"))
    assert not BlogPostPage.objects.child_of(blog_a).filter(slug="not-my-blog").exists()


def test_leader_cannot_edit_during_the_communications_step(client, blog_a, leader_a):
    post = submitted_by_leader(client, leader_a, blog_a)
    edit_post(client, leader_a, post, summary="Sneaky change while in review.")
    assert fresh(post).get_latest_revision_as_object().summary != "Sneaky change while in review."


def test_anonymous_users_never_see_drafts_or_previews(client, blog_a, leader_a):
    post = submitted_by_leader(client, leader_a, blog_a, title="Not public yet")
    client.logout()
    assert client.get("/leaders/ada-lovell/not-public-yet/").status_code == 404
    assert b"Not public yet" not in client.get("/leaders/ada-lovell/").content
    task = post.current_workflow_task
    for url in [
        reverse("wagtailadmin_pages:view_draft", args=(post.pk,)),
        reverse("wagtailadmin_pages:preview_on_edit", args=(post.pk,)),
        reverse("wagtailadmin_pages:workflow_preview", args=(post.pk, task.pk)),
        reverse("wagtailadmin_pages:revisions_index", args=(post.pk,)),
    ]:
        response = client.get(url)
        assert refused(response), url
        assert b"Not public yet" not in response.content


def test_wagtail_default_groups_have_no_rights_on_the_leaders_blogs(client, blog_a, post_a):
    directory = Page.objects.get(pk=blog_a.get_parent().pk)
    covering = GroupPagePermission.objects.filter(
        group__name__in=["Editors", "Moderators"],
        page__in=Page.objects.ancestor_of(directory, inclusive=True),
    )
    assert not covering.exists()
    moderator = factories.UserFactory(username="old.moderator")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    assert refused(client.get(edit_url(post_a)))


def test_communications_member_cannot_create_and_publish_a_post_in_one_go(client, blog_a, comms):
    client.force_login(comms)
    data = post_form("Straight out")
    data["action-publish"] = "1"
    client.post(
        reverse("wagtailadmin_pages:add", args=("leaders", "blogpostpage", blog_a.pk)), data
    )
    post = BlogPostPage.objects.child_of(blog_a).get(slug="straight-out")
    assert not post.live


def test_communications_member_cannot_publish_by_copying_a_post(client, blog_a, post_a, comms):
    client.force_login(comms)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=(post_a.pk,)),
        {
            "new_title": "Copied",
            "new_slug": "copied",
            "new_parent_page": blog_a.pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code in (200, 302)
    assert not BlogPostPage.objects.child_of(blog_a).filter(slug="copied", live=True).exists()


def test_last_editor_may_still_send_a_post_back(client, blog_a, leader_a, comms):
    post = submitted_by_leader(client, leader_a, blog_a)
    edit_post(client, comms, post, summary="Tidied by Cara.")
    assert act(client, comms, post, "reject", comment="Needs a date.").status_code == 302
    assert fresh(post).workflow_states.get().status == "needs_changes"
