"""The Comments area of the Wagtail admin: queue, filters, actions, replies, dashboard, audit."""

import pytest
from wagtail.models import ModelLogEntry

from .conftest import make_comment

INDEX = "/admin/comments/"


@pytest.fixture
def held(post_a):
    return make_comment(post_a, "Please fix the potholes on Mill Lane.", public=False)


@pytest.mark.django_db
def test_queue_lists_held_comments_with_post_and_leader(client, comms_user, held, post_a):
    client.force_login(comms_user)
    response = client.get(INDEX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please fix the potholes" in html
    assert post_a.title in html
    assert "Ada Lovell" in html


@pytest.mark.django_db
def test_approving_in_the_admin_publishes_the_comment_and_logs_it(client, comms_user, held, post_a):
    client.force_login(comms_user)
    assert "Please fix the potholes" not in client.get(post_a.url).content.decode()

    response = client.post(f"{INDEX}{held.pk}/approve/")

    assert response.status_code == 302
    assert "Please fix the potholes" in client.get(post_a.url).content.decode()
    entry = ModelLogEntry.objects.get(action="leaders.comment.approve")
    assert entry.user == comms_user
    assert entry.object_id == str(held.pk)
