"""Groups and per-leader rights: set up without clicking, idempotent, and following the blog's
`leader` and `left_office_on` wherever they are changed."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from leaders.models import BlogPostPage, LeaderBlogPage
from leaders.roles import COMMS_GROUP, LEADERS_GROUP, ensure_roles
from tests.workflow.helpers import (
    awaiting_review,
    blog_form,
    create_post,
    edit_url,
    fresh,
    refused,
)

User = get_user_model()


def in_group(user, name):
    return user.groups.filter(name=name).exists()


def snapshot():
    return [
        sorted(Group.objects.values_list("name", flat=True)),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        sorted(
            Group.objects.get(name=LEADERS_GROUP).permissions.values_list("codename", flat=True)
        ),
        Task.objects.count(),
        Workflow.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
        sorted(User.objects.filter(groups__isnull=False).values_list("username", "groups__name")),
    ]


def test_ensure_roles_twice_changes_nothing(blog_a, blog_b):
    ensure_roles()
    before = snapshot()
    ensure_roles()
    assert snapshot() == before
    assert {LEADERS_GROUP, COMMS_GROUP} <= set(before[0])


def test_leaders_and_communications_team_may_open_the_admin_and_upload_and_choose_images(
    client, blog_a, leader_a, comms
):
    for user in (leader_a, comms):
        client.force_login(user)
        assert client.get("/admin/").status_code == 200
        assert client.get("/admin/images/multiple/add/").status_code == 200
        assert client.get("/admin/images/chooser/").status_code == 200


def test_rights_follow_the_leader_set_in_code(client, blog_a, leader_a, leader_b, post_a):
    assert in_group(leader_a, LEADERS_GROUP)
    blog_a.leader = leader_b
    blog_a.save()
    client.force_login(leader_b)
    assert client.get(edit_url(post_a)).status_code == 200
    client.force_login(leader_a)
    assert refused(client.get(edit_url(post_a)))
    assert not in_group(leader_a, LEADERS_GROUP)

    blog_a.leader = None
    blog_a.save()
    client.force_login(leader_b)
    assert refused(client.get(edit_url(post_a)))
    assert not in_group(leader_b, LEADERS_GROUP)


def test_rights_follow_the_leader_changed_in_the_admin(
    client, blog_a, leader_a, leader_b, post_a, superuser
):
    client.force_login(superuser)
    data = blog_form(blog_a, leader=leader_b.pk)
    data["action-publish"] = "1"
    assert client.post(edit_url(blog_a), data).status_code == 302
    assert fresh(blog_a).leader == leader_b
    client.force_login(leader_b)
    assert client.get(edit_url(post_a)).status_code == 200
    client.force_login(leader_a)
    assert refused(client.get(edit_url(post_a)))


def test_a_leader_change_saved_as_draft_moves_no_rights_until_published(
    client, blog_a, leader_a, leader_b, post_a, superuser
):
    client.force_login(superuser)
    assert client.post(edit_url(blog_a), blog_form(blog_a, leader=leader_b.pk)).status_code == 302
    assert fresh(blog_a).get_latest_revision_as_object().leader == leader_b
    client.force_login(leader_a)
    assert client.get(edit_url(post_a)).status_code == 200
    client.force_login(leader_b)
    assert refused(client.get(edit_url(post_a)))


def test_former_leader_loses_rights_and_the_blog_takes_no_new_posts(
    client, blog_a, leader_a, post_a, comms, superuser
):
    today = timezone.localdate()
    client.force_login(comms)
    data = blog_form(blog_a, left_office_on=today.isoformat())
    data["action-publish"] = "1"
    assert client.post(edit_url(blog_a), data).status_code == 302
    assert fresh(blog_a).left_office_on == today

    # The account loses its rights: no admin, no editing.
    assert not in_group(leader_a, LEADERS_GROUP)
    client.force_login(leader_a)
    assert refused(client.get("/admin/"))
    assert refused(client.get(edit_url(post_a)))
    # Nobody adds a post to a former leader's blog, not even a superuser.
    for user in (comms, superuser):
        assert refused(create_post(client, user, blog_a, "One more post"))
    assert not BlogPostPage.objects.child_of(blog_a).filter(slug="one-more-post").exists()
    # Posts stay readable, with a note that the blog is a record.
    client.logout()
    assert client.get(post_a.url).status_code == 200
    assert "until" in client.get(blog_a.url).content.decode()


def test_a_leaving_date_in_the_future_is_refused_with_a_message(client, blog_a, leader_a, comms):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    client.force_login(comms)
    data = blog_form(blog_a, left_office_on=tomorrow.isoformat())
    data["action-publish"] = "1"
    response = client.post(edit_url(blog_a), data)
    assert response.status_code == 200
    assert "cannot be in the future" in response.content.decode()
    assert fresh(blog_a).left_office_on is None
    assert in_group(leader_a, LEADERS_GROUP)


def test_demo_logins_show_the_roles(client, db):
    call_command("load_demo", stdout=io.StringIO())
    comms = User.objects.get(username="comms")
    assert in_group(comms, COMMS_GROUP)
    english = LeaderBlogPage.objects.filter(locale__language_code="en-gb")
    blogs = {blog.leader.username: blog for blog in english}
    assert set(blogs) == {"amira.hassan", "rhiannon.price", "marcus.bell"}
    for username, blog in blogs.items():
        leader = User.objects.get(username=username)
        assert in_group(leader, LEADERS_GROUP)
        client.force_login(leader)
        # Each leader sees only their own blog in the page explorer.
        response = client.get("/admin/pages/", follow=True)
        assert response.redirect_chain[-1][0] == f"/admin/pages/{blog.pk}/"
        explorer = response.content.decode()
        for other in blogs.values():
            if other != blog:
                assert f"/admin/pages/{other.pk}/" not in explorer
                # Wagtail sends them back to their own blog's listing.
                assert client.get(f"/admin/pages/{other.pk}/").url == f"/admin/pages/{blog.pk}/"
                assert refused(client.get(edit_url(other)))
        assert client.get(edit_url(blog)).status_code == 200
    # comms sees the post waiting for approval; Rhiannon sees the one waiting for her sign-off.
    assert "What the residents" in awaiting_review(client, comms)
    rhiannon = User.objects.get(username="rhiannon.price")
    assert "Smoke alarm checks this winter" in awaiting_review(client, rhiannon)
    assert "Smoke alarm checks this winter" not in awaiting_review(client, comms)


@pytest.mark.flushes_database
def test_roles_are_set_up_again_after_a_database_flush(transactional_db):
    call_command("flush", "--noinput", verbosity=0)
    assert Group.objects.filter(name__in=[LEADERS_GROUP, COMMS_GROUP]).count() == 2


def test_a_leader_cannot_hand_their_blog_to_someone_else(client, blog_a, leader_a, leader_b):
    client.force_login(leader_a)
    form_page = client.get(edit_url(blog_a)).content.decode()
    assert 'name="leader"' not in form_page and 'name="left_office_on"' not in form_page
    data = blog_form(blog_a, leader=leader_b.pk, left_office_on="2026-01-01")
    client.post(edit_url(blog_a), data)
    revision = fresh(blog_a).get_latest_revision_as_object()
    assert revision.leader == leader_a and revision.left_office_on is None
    client.force_login(leader_b)
    assert refused(client.get(edit_url(blog_a)))
