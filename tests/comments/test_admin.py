"""The Comments area of the Wagtail admin: queue, filters, actions, replies, dashboard, audit."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from wagtail.models import GroupPagePermission, ModelLogEntry

from leaders.roles import COMMS_GROUP
from tests import factories

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
    entry = ModelLogEntry.objects.get(action="comments.approve")
    assert entry.user == comms_user
    assert entry.object_id == str(held.pk)


@pytest.fixture
def moderator(client, comms_user):
    client.force_login(comms_user)
    return client


@pytest.mark.django_db
def test_filters_by_status_and_leader(moderator, post_a, blog_b):
    post_b = factories.blog_post(blog_b, title="Fire safety", slug="fire-safety")
    make_comment(post_a, "Waiting on Ada", public=False)
    make_comment(post_b, "Waiting on Ben", public=False)
    make_comment(post_a, "Approved on Ada")
    make_comment(post_a, "Removed on Ada", is_removed=True)

    def listed(query):
        return moderator.get(INDEX + query).content.decode()

    queue = listed("")
    assert "Waiting on Ada" in queue and "Waiting on Ben" in queue
    assert "Approved on Ada" not in queue and "Removed on Ada" not in queue
    assert "Approved on Ada" in listed("?status=approved")
    assert "Removed on Ada" in listed("?status=removed")
    by_ben = listed(f"?status=all&leader={blog_b.pk}")
    assert "Waiting on Ben" in by_ben and "Waiting on Ada" not in by_ben


@pytest.mark.django_db
def test_remove_and_restore_take_a_comment_off_and_back_on(moderator, post_a):
    comment = make_comment(post_a, "Borderline remark")
    moderator.post(f"{INDEX}{comment.pk}/remove/")
    assert "Borderline remark" not in Client().get(post_a.url).content.decode()
    moderator.post(f"{INDEX}{comment.pk}/restore/")
    assert "Borderline remark" in Client().get(post_a.url).content.decode()
    actions = list(ModelLogEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == ["comments.remove", "comments.restore"]


@pytest.mark.django_db
def test_restoring_a_parent_does_not_publish_its_held_replies(moderator, post_a):
    parent = make_comment(post_a, "Parent")
    make_comment(post_a, "Held reply", public=False, parent=parent)
    moderator.post(f"{INDEX}{parent.pk}/remove/")
    moderator.post(f"{INDEX}{parent.pk}/restore/")
    assert "Held reply" not in Client().get(post_a.url).content.decode()


@pytest.mark.django_db
def test_approving_a_reported_comment_clears_its_reports(moderator, client, post_a):
    comment = make_comment(post_a, "Reported but fine")
    Client().post(f"/comments/report/{comment.pk}/", {"reason": "spam"})
    assert "Reported but fine" in moderator.get(INDEX).content.decode()
    moderator.post(f"{INDEX}{comment.pk}/approve/")
    assert "Reported but fine" not in moderator.get(INDEX).content.decode()


@pytest.mark.django_db
def test_bulk_approve_and_bulk_remove(moderator, post_a):
    first = make_comment(post_a, "Bulk one", public=False)
    second = make_comment(post_a, "Bulk two", public=False)
    third = make_comment(post_a, "Bulk three", public=False)
    bulk = "/admin/bulk/django_comments_xtd/xtdcomment/"

    confirm = moderator.get(f"{bulk}approve/?id={first.pk}&id={second.pk}")
    assert confirm.status_code == 200
    assert "Bulk one" in confirm.content.decode()
    response = moderator.post(f"{bulk}approve/?id={first.pk}&id={second.pk}&next={INDEX}")
    assert response.status_code == 302
    moderator.post(f"{bulk}remove/?id={third.pk}")

    page = Client().get(post_a.url).content.decode()
    assert "Bulk one" in page and "Bulk two" in page and "Bulk three" not in page
    assert ModelLogEntry.objects.filter(action="comments.approve").count() == 2
    assert ModelLogEntry.objects.filter(action="comments.remove").count() == 1


@pytest.mark.django_db
def test_moderator_reply_is_published_at_once_as_the_leaders(
    moderator, comms_user, post_a, leader_a
):
    question = make_comment(post_a, "When will the library reopen?")

    response = moderator.post(f"{INDEX}{question.pk}/reply/", {"reply": "In March."})

    assert response.status_code == 302
    reply = XtdComment.objects.get(comment="In March.")
    assert (reply.user, reply.user_name, reply.is_public) == (leader_a, "Ada Lovell", True)
    assert reply.parent_id == question.pk
    page = Client().get(post_a.url).content.decode()
    assert "In March." in page and "author of this blog" in page
    entry = ModelLogEntry.objects.get(action="comments.reply")
    assert entry.user == comms_user


@pytest.mark.django_db
def test_leader_may_reply_on_their_own_blog_only(client, post_a, blog_b, leader_a, leader_b):
    # Leaders reach the admin through their own group (`leaders.roles`); here, directly.
    access_admin = Permission.objects.get(codename="access_admin")
    for leader in (leader_a, leader_b):
        leader.user_permissions.add(access_admin)
    question = make_comment(post_a, "A question for Ada")
    client.force_login(leader_b)
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert client.get(f"{INDEX}{question.pk}/").url == "/admin/"
    assert client.post(f"{INDEX}{question.pk}/reply/", {"reply": "Not mine"}).url == "/admin/"
    assert not XtdComment.objects.filter(comment="Not mine").exists()

    client.force_login(leader_a)
    assert client.get(f"{INDEX}{question.pk}/").status_code == 200
    assert client.post(f"{INDEX}{question.pk}/reply/", {"reply": "Ada here."}).status_code == 302
    assert client.post(f"{INDEX}{question.pk}/remove/").url == "/admin/"
    question.refresh_from_db()
    assert question.is_removed is False
    assert XtdComment.objects.filter(comment="Ada here.", is_public=True).exists()


@pytest.mark.django_db
def test_empty_reply_is_refused_with_a_message(moderator, post_a):
    question = make_comment(post_a, "A question")
    response = moderator.post(f"{INDEX}{question.pk}/reply/", {"reply": ""})
    assert response.status_code == 400
    assert XtdComment.objects.count() == 1


@pytest.mark.django_db
def test_people_without_moderation_rights_cannot_open_the_comments_area(client, leader_a, held):
    client.force_login(leader_a)
    assert client.get(INDEX).status_code == 302
    assert client.post(f"{INDEX}{held.pk}/approve/").status_code == 302
    held.refresh_from_db()
    assert held.is_public is False


@pytest.mark.django_db
def test_dashboard_shows_how_many_wait_and_the_oldest_age(moderator, post_a):
    make_comment(post_a, "Old", public=False, submit_date=timezone.now() - timedelta(days=3))
    make_comment(post_a, "New", public=False)
    html = moderator.get("/admin/").content.decode()
    assert "2 comments are waiting for approval." in html
    assert "The oldest has waited 3\xa0days" in html


@pytest.mark.django_db
def test_communications_team_pauses_commenting_from_the_settings_screen(moderator, post_a):
    response = moderator.get("/admin/settings/comments/commentsettings/", follow=True)
    assert response.status_code == 200
    edit_url = response.redirect_chain[-1][0]

    response = moderator.post(
        edit_url,
        {
            "paused": "on",
            "paused_message": "Paused for the election.",
            "close_after_days": "",
            "hold_words": "",
            "deny_words": "",
        },
    )

    assert response.status_code == 302
    page = Client().get(post_a.url).content.decode()
    assert "Paused for the election." in page
    assert "/comments/post/" not in page


@pytest.mark.django_db
def test_audit_log_entries_do_not_copy_the_commenters_name_or_words(moderator, post_a):
    comment = make_comment(post_a, "Private words", user_name="Sian Private")
    moderator.post(f"{INDEX}{comment.pk}/approve/")
    entry = ModelLogEntry.objects.get(action="comments.approve")
    assert entry.label == f"Comment {comment.pk}"
    history = moderator.get("/admin/reports/site-history/").content.decode()
    assert "Comment approved" in history


@pytest.mark.django_db
def test_comments_menu_item_is_shown_to_moderators_only(moderator, client, leader_a):
    menu_item = '"icon_name": "comment", "classname": "", "attrs": {}, "url": "/admin/comments/"'
    assert menu_item in moderator.get("/admin/").content.decode()
    leader_a.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(leader_a)
    assert menu_item not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_detail_says_why_a_comment_is_held(moderator, post_a, comment_settings):
    comment_settings.hold_words = "council tax"
    comment_settings.save()
    comment = make_comment(
        post_a, "About council tax: https://a.example https://b.example", public=False
    )
    html = moderator.get(f"{INDEX}{comment.pk}/").content.decode()
    assert "every comment on this blog is reviewed first" in html
    assert "it contains 2 or more links" in html
    assert "words on the hold list: council tax" in html


@pytest.mark.django_db
def test_only_moderators_see_the_publish_comments_before_review_switch(client, blog_a, leader_a):
    editors = Group.objects.create(name="Blog editors (test)")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=blog_a, permission=Permission.objects.get(codename="change_page")
    )
    leader_a.groups.add(editors)
    edit_url = f"/admin/pages/{blog_a.pk}/edit/"

    client.force_login(leader_a)
    response = client.get(edit_url)
    assert response.status_code == 200
    assert 'name="publish_comments_before_review"' not in response.content.decode()

    leader_a.groups.add(Group.objects.get(name=COMMS_GROUP))
    assert 'name="publish_comments_before_review"' in client.get(edit_url).content.decode()


def comment_state():
    return list(XtdComment.objects.order_by("pk").values()), ModelLogEntry.objects.count()


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["approve", "remove", "restore", "erase"])
def test_comment_actions_refuse_get_and_change_nothing(moderator, post_a, action):
    """A link or an image tag pointing at an action must not act (a cross-site GET)."""
    comment = make_comment(post_a, "Left as it was", public=False, user_name="Kept Name")
    if action == "restore":
        XtdComment.objects.filter(pk=comment.pk).update(is_removed=True)
    before = comment_state()

    response = moderator.get(f"{INDEX}{comment.pk}/{action}/")

    assert response.status_code == 405
    assert comment_state() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        INDEX + "{pk}/reply/",
        "/admin/bulk/django_comments_xtd/xtdcomment/approve/?id={pk}",
        "/admin/bulk/django_comments_xtd/xtdcomment/remove/?id={pk}",
    ],
)
def test_reply_and_bulk_action_screens_change_nothing_on_get(moderator, post_a, url):
    comment = make_comment(post_a, "Left as it was", public=False)
    before = comment_state()

    response = moderator.get(url.format(pk=comment.pk))

    assert response.status_code == 200  # the screen to write on or to confirm, nothing more
    assert comment_state() == before
