"""load_demo builds a complete demo site, twice over without changing anything."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, TaskState, WorkflowState

from leaders.models import BlogPostPage, LeaderBlogPage


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "images": get_image_model().objects.count(),
        "posts": BlogPostPage.objects.live().count(),
        "workflows": WorkflowState.objects.count(),
        "tasks": TaskState.objects.count(),
    }


@pytest.mark.django_db
def test_load_demo_twice_gives_the_same_counts():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == first
    assert first["posts"] >= 9


@pytest.mark.django_db
def test_demo_has_three_leaders_with_accounts_portraits_and_posts(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    blogs = LeaderBlogPage.objects.live()
    assert blogs.count() >= 3
    for blog in blogs:
        assert blog.leader is not None and blog.leader.check_password("test-demo-password")
        assert blog.portrait is not None and blog.portrait_alt_text
        assert BlogPostPage.objects.child_of(blog).live().count() >= 3
        assert client.get(blog.url).status_code == 200
    for post in BlogPostPage.objects.live():
        assert client.get(post.url).status_code == 200, post.url
    kinds = {block.block_type for post in BlogPostPage.objects.all() for block in post.body}
    assert {"video", "diagram", "quote", "heading", "paragraph"} <= kinds
    assert get_user_model().objects.get(username="admin").is_superuser
    assert get_user_model().objects.filter(username="comms").exists()


@pytest.mark.django_db
def test_demo_draws_a_bitmap_and_an_svg_diagram():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    names = [image.file.name for image in get_image_model().objects.all()]
    assert any(name.endswith(".svg") for name in names)
    assert any(name.endswith(".png") for name in names)


@pytest.mark.django_db
def test_load_demo_refuses_without_a_demo_password(settings):
    del settings.DEMO_PASSWORD
    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        call_command("load_demo")
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_each_demo_login_finds_work_waiting_on_the_dashboard(client):
    """The communications team has comments to moderate, a report to look at and a post to
    approve; a leader has a post drafted for them to sign off."""
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = get_user_model().objects

    client.force_login(users.get(username="comms"))
    html = client.get("/admin/").content.decode()
    assert "3 comments are waiting for approval." in html  # one of them in Welsh
    assert "1 published comment has been reported." in html
    assert "What the residents&#x27; panel changed" in html  # awaiting the team's approval

    client.force_login(users.get(username="rhiannon.price"))
    html = client.get("/admin/").content.decode()
    assert "Smoke alarm checks this winter" in html  # drafted by comms, awaiting her sign-off


def approve(client, user, post):
    """Press Approve on the post's current step, as the dashboard's button does."""
    client.force_login(user)
    state = Page.objects.get(pk=post.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", state.pk))
    return client.post(url)


@pytest.mark.django_db
def test_demo_posts_wait_at_each_step_and_the_team_of_one_can_finish_both(client):
    """One post waits for the communications team, one (drafted by the team) for its leader's
    sign-off; the demo's one-member team can take both live, after the leader signs hers off."""
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = get_user_model().objects
    comms = users.get(username="comms")
    assert comms.groups.count() == 1  # the whole communications team
    waiting = BlogPostPage.objects.get(title="What the residents' panel changed")
    drafted = BlogPostPage.objects.get(title="Smoke alarm checks this winter")
    assert waiting.current_workflow_task.name == "Communications approval"
    assert drafted.current_workflow_task.name == "Leader sign-off"
    assert not waiting.live and not drafted.live

    assert approve(client, comms, waiting).status_code == 302
    assert BlogPostPage.objects.get(pk=waiting.pk).live

    assert approve(client, users.get(username="rhiannon.price"), drafted).status_code == 302
    assert BlogPostPage.objects.get(pk=drafted.pk).current_workflow_task.name == (
        "Communications approval"
    )
    assert approve(client, comms, drafted).status_code == 302
    assert BlogPostPage.objects.get(pk=drafted.pk).live
