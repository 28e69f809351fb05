"""The staff side: counts per leader and language, recent sends, and follower addresses only
for the communications team, each view of them in the audit log."""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageLogEntry

from follows.models import Announcement, Delivery, FollowedLeader, Follower
from leaders.roles import COMMS_GROUP
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_site(leaders):
    ada_user = factories.UserFactory(username="ada", email="ada@council.example")
    leaders["ada"].leader = ada_user
    leaders["ada"].save_revision().publish()
    comms = factories.UserFactory(username="comms.officer", email="comms@council.example")
    comms.groups.add(Group.objects.get(name=COMMS_GROUP))
    for n, (language, blog) in enumerate(
        [("en-gb", "ada"), ("cy", "ada"), ("cy", "ada"), ("en-gb", "bryn")]
    ):
        follower = Follower.objects.create(
            email=f"secret{n}@residents.example", language=language, confirmed_at=timezone.now()
        )
        FollowedLeader.objects.create(follower=follower, blog_key=leaders[blog].translation_key)
    announcement = Announcement.objects.create(
        translation_key=leaders["bryn"].translation_key,  # any key: only the counts matter here
        blog_key=leaders["bryn"].translation_key,
        title="Bryn's first post",
    )
    Delivery.objects.create(
        follower=follower, announcement=announcement, state="failed", next_attempt_at=timezone.now()
    )
    return {"ada_user": ada_user, "comms": comms, **leaders}


def test_comms_see_counts_and_sends_and_may_open_addresses_which_is_logged(client, staff_site):
    client.force_login(staff_site["comms"])
    page = client.get("/admin/followers/").content.decode()
    assert "Ada Lovell</th><td>1</td><td>2</td>" in page
    assert "Bryn Morgan</th><td>1</td><td>0</td>" in page
    assert "Bryn&#x27;s first post" in page and "secret" not in page
    url = f"/admin/followers/{staff_site['ada'].pk}/addresses/"
    response = client.get(url)
    assert response.status_code == 200
    assert "secret0@residents.example" in response.content.decode()
    entry = PageLogEntry.objects.get(action="follows.view_addresses")
    assert entry.user == staff_site["comms"] and entry.page_id == staff_site["ada"].pk


def test_a_leader_sees_only_their_own_counts_and_no_addresses(client, staff_site):
    client.force_login(staff_site["ada_user"])
    page = client.get("/admin/followers/").content.decode()
    assert "Ada Lovell</th><td>1</td><td>2</td>" in page and "Bryn Morgan" not in page
    assert "secret" not in page
    response = client.get(f"/admin/followers/{staff_site['ada'].pk}/addresses/")
    assert response.status_code in (302, 403)
    assert not PageLogEntry.objects.filter(action="follows.view_addresses").exists()
