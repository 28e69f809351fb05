"""Who may do what on leader A's blog, each cell asserted through the real admin views.

A cell is "allowed" when the action took effect; "refused" when Wagtail refused it (403, a
redirect to the dashboard or to the login page) and nothing changed.
"""

import pytest
from django.urls import reverse

from leaders.models import BlogPostPage
from tests import factories
from tests.workflow.helpers import act, create_post, edit_url, fresh, post_form, refused

USERS = ["leader_a", "leader_b", "comms", "anonymous", "superuser"]
ACTIONS = ["add", "edit", "publish", "unpublish", "approve", "preview"]
ALLOWED = {
    "leader_a": {"add", "edit", "preview"},
    "leader_b": set(),
    "comms": {"add", "edit", "unpublish", "approve", "preview"},
    "anonymous": set(),
    "superuser": set(ACTIONS),
}


@pytest.fixture
def who(request, blog_a, blog_b):
    name = request.param
    return None if name == "anonymous" else request.getfixturevalue(name)


def login(client, user):
    if user is not None:
        client.force_login(user)


def do_add(client, user, blog_a, leader_a):
    before = BlogPostPage.objects.child_of(blog_a).count()
    login(client, user)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("leaders", "blogpostpage", blog_a.pk)),
        post_form("A new post"),
    )
    done = BlogPostPage.objects.child_of(blog_a).count() == before + 1
    return response, done


def do_edit(client, user, blog_a, leader_a):
    post = factories.blog_post(blog_a, title="Original title", publish=False)
    login(client, user)
    data = post_form("Changed title", slug=post.slug)
    response = client.post(edit_url(post), data)
    return response, fresh(post).get_latest_revision_as_object().title == "Changed title"


def do_publish(client, user, blog_a, leader_a):
    post = factories.blog_post(blog_a, title="Not yet published", publish=False)
    login(client, user)
    data = post_form(post.title, slug=post.slug)
    data["action-publish"] = "1"
    response = client.post(edit_url(post), data)
    return response, fresh(post).live


def do_unpublish(client, user, blog_a, leader_a):
    post = factories.blog_post(blog_a, title="Live post")
    login(client, user)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(post.pk,)))
    return response, not fresh(post).live


def do_approve(client, user, blog_a, leader_a):
    create_post(client, leader_a, blog_a, "Submitted post", submit=True)
    post = BlogPostPage.objects.child_of(blog_a).get(slug="submitted-post")
    client.logout()
    if user is None:
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(post.pk, "approve", post.current_workflow_task_state.pk),
            )
        )
    else:
        response = act(client, user, post, "approve")
    return response, fresh(post).live


def do_preview(client, user, blog_a, leader_a):
    post = factories.blog_post(blog_a, title="Secret draft", publish=False)
    login(client, user)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=(post.pk,)))
    return response, response.status_code == 200 and b"Secret draft" in response.content


DO = {
    "add": do_add,
    "edit": do_edit,
    "publish": do_publish,
    "unpublish": do_unpublish,
    "approve": do_approve,
    "preview": do_preview,
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("who", USERS, indirect=True, ids=USERS)
def test_permission_matrix_on_leader_a_blog(client, who, action, blog_a, leader_a, request):
    name = request.node.callspec.id.split("-")[0]
    response, done = DO[action](client, who, blog_a, leader_a)
    if action in ALLOWED[name]:
        assert done, f"{name} should be able to {action}"
    else:
        assert not done, f"{name} must not be able to {action}"
        if action != "publish" or name in ("leader_b", "anonymous"):
            assert refused(response), (response.status_code, getattr(response, "url", ""))
