"""`manage.py add_leader` onboards a working leader in one step, and refuses bad input clearly."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from leaders.models import BlogPostPage, LeaderBlogPage
from leaders.roles import LEADERS_GROUP
from tests import factories
from tests.workflow.helpers import create_post, edit_url, fresh, post_form, refused

User = get_user_model()
ARGS = {
    "username": "nia.patel",
    "email": "nia.patel@eastmoor.example",
    "name": "Nia Patel",
    "role": "Director of Housing",
    "organisation": "Eastmoor Borough Council",
}


def add_leader(**overrides):
    options = {**ARGS, **overrides}
    return call_command("add_leader", *[f"--{key}={value}" for key, value in options.items()])


def test_add_leader_creates_a_leader_who_can_submit_a_post_and_nothing_more(
    client, directory, blog_b
):
    add_leader()
    user = User.objects.get(username="nia.patel")
    blog = LeaderBlogPage.objects.get(leader=user)
    assert blog.live and blog.role == "Director of Housing"
    assert not user.has_usable_password()
    assert user.groups.filter(name=LEADERS_GROUP).exists()

    # The leader chooses a password from the e-mailed link (on the public site URL).
    assert [message.to for message in mail.outbox] == [[ARGS["email"]]]
    link = re.search(
        r"https://leaders\.example(/admin/password_reset/confirm/\S+)", mail.outbox[0].body
    )
    response = client.get(link.group(1), follow=True)
    assert response.status_code == 200
    new_password = "a-long-new-password-for-nia"
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert response.status_code == 302
    assert client.login(username="nia.patel", password=new_password)

    # They can draft and submit a post on their own blog...
    user.refresh_from_db()
    assert create_post(client, user, blog, "My first post", submit=True).status_code == 302
    post = BlogPostPage.objects.child_of(blog).get()
    assert post.current_workflow_task.name == "Communications approval"
    # ...and nothing more: no publishing, no other blog, no directory.
    data = post_form(post.title, slug=post.slug)
    data["action-publish"] = "1"
    client.post(edit_url(post), data)
    assert not fresh(post).live
    assert refused(client.get(edit_url(blog_b)))
    assert refused(client.get(edit_url(directory)))
    assert refused(create_post(client, user, blog_b, "Not mine"))
    assert not BlogPostPage.objects.child_of(blog_b).exists()


def test_add_leader_twice_changes_nothing(directory):
    add_leader()
    add_leader()
    assert User.objects.filter(username="nia.patel").count() == 1
    assert LeaderBlogPage.objects.filter(leader__username="nia.patel").count() == 1
    assert len(mail.outbox) == 1


def test_add_leader_refuses_a_username_taken_by_someone_else(directory):
    factories.UserFactory(username="nia.patel", email="someone.else@example.org")
    with pytest.raises(CommandError, match="already taken"):
        add_leader()
    assert not LeaderBlogPage.objects.exists()


@pytest.mark.parametrize("email", ["not-an-address", "nia@", ""])
def test_add_leader_refuses_a_bad_email_address(directory, email):
    with pytest.raises(CommandError, match="not a valid e-mail address"):
        add_leader(email=email)
    assert not User.objects.filter(username="nia.patel").exists()
    assert not LeaderBlogPage.objects.exists()
