"""The staff screens of following and the outgoing email report in a real Chromium: each passes
axe (WCAG 2.2 AA) as the communications team sees it, and a leader sees their own counts only."""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from follows.models import Announcement, Delivery, FollowedLeader, Follower
from leaders.roles import COMMS_GROUP
from outbox.models import OutgoingEmail
from tests import factories
from tests.browser.helpers import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def staff_site(live_server):
    """Two leaders with followers, a new post email that failed for one, two outgoing emails."""
    home = factories.home_page()
    directory = factories.directory_page(home)
    ada_user = factories.UserFactory(username="ada", first_name="Ada", last_name="Lovell")
    ada = factories.leader_blog(directory, "Ada Lovell", leader=ada_user)
    bryn = factories.leader_blog(directory, "Bryn Morgan")
    comms = factories.UserFactory(username="comms.officer", first_name="Cai", last_name="Jones")
    comms.groups.add(Group.objects.get(name=COMMS_GROUP))
    for n, (language, blog) in enumerate([("en-gb", ada), ("cy", ada), ("en-gb", bryn)]):
        follower = Follower.objects.create(
            email=f"secret{n}@residents.example", language=language, confirmed_at=timezone.now()
        )
        FollowedLeader.objects.create(follower=follower, blog_key=blog.translation_key)
    announcement = Announcement.objects.create(
        translation_key=bryn.translation_key, blog_key=bryn.translation_key, title="Bryn's post"
    )
    Delivery.objects.create(
        follower=follower, announcement=announcement, state="failed", next_attempt_at=timezone.now()
    )
    OutgoingEmail.objects.create(subject="New post: Bryn's post")
    OutgoingEmail.objects.create(subject="Confirm you want to follow", state="failed", attempts=3)
    return {"ada": ada, "bryn": bryn}


def sign_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", factories.PASSWORD)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/")


def test_followers_screens_and_outgoing_email_pass_axe_and_leaders_see_their_own(
    staff_site, new_page
):
    page = new_page()
    page.set_default_timeout(30_000)
    sign_in(page, "comms.officer")
    page.goto("/admin/followers/")
    counts = page.get_by_role("table").first
    assert counts.get_by_role("row", name="Ada Lovell").count() == 1
    assert counts.get_by_role("row", name="Bryn Morgan").count() == 1
    assert "Bryn's post" in page.inner_text("main")
    assert_accessible(page, "the Followers screen (communications team)")

    page.get_by_role("link", name="Addresses of Ada Lovell's followers").click()
    page.wait_for_url(f"**/admin/followers/{staff_site['ada'].pk}/addresses/")
    assert "secret0@residents.example" in page.inner_text("main")
    assert_accessible(page, "a leader's follower addresses")

    page.goto("/admin/reports/outgoing-email/")
    assert "Confirm you want to follow" in page.inner_text("main")
    assert_accessible(page, "the Outgoing email report")
    page.goto("/admin/reports/outgoing-email/?state=failed")
    assert "New post: Bryn's post" not in page.inner_text("main")
    assert_accessible(page, "the Outgoing email report, filtered")

    leader = new_page()
    leader.set_default_timeout(30_000)
    sign_in(leader, "ada")
    leader.goto("/admin/followers/")
    text = leader.inner_text("main")
    assert "Ada Lovell" in text and "Bryn Morgan" not in text and "secret" not in text
    assert leader.get_by_role("link", name="Addresses of Ada Lovell's followers").count() == 0
    assert_accessible(leader, "the Followers screen (a leader)")
