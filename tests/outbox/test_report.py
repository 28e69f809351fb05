"""The communications team's report of outgoing email: states, tries and errors, never
addresses, and only for those who hold its permission; old records are purged."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from leaders.roles import COMMS_GROUP
from outbox.models import OutgoingEmail
from tests import factories

REPORT = "/admin/reports/outgoing-email/"


@pytest.fixture
def emails(db):
    message = {"to": ["ann@residents.example"], "subject": "Waiting"}
    return [
        OutgoingEmail.objects.create(subject="Waiting", message=message),
        OutgoingEmail.objects.create(subject="Delivered", state="sent", attempts=1),
        OutgoingEmail.objects.create(
            subject="Given up",
            state="failed",
            attempts=6,
            last_error="Every recipient refused (SMTP 451)",
        ),
    ]


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_communications_team_sees_each_email_state_without_addresses(emails):
    comms = factories.UserFactory(username="comms.report")
    comms.groups.add(Group.objects.get(name=COMMS_GROUP))
    client = signed_in(comms)

    html = client.get(REPORT).content.decode()

    for subject in ("Waiting", "Delivered", "Given up"):
        assert subject in html
    assert "Every recipient refused (SMTP 451)" in html
    assert "residents.example" not in html
    failed = client.get(REPORT, {"state": "failed"}).content.decode()
    assert "Given up" in failed and "Delivered" not in failed
    assert REPORT in client.get("/admin/").content.decode()  # the Reports menu's entry


@pytest.mark.django_db
def test_a_leader_cannot_open_the_report(emails, leader_a, blog_a):
    client = signed_in(leader_a)

    response = client.get(REPORT)

    assert response.status_code in (302, 403)
    assert "Given up" not in response.content.decode()
    assert REPORT not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_finished_records_are_purged_after_the_retention_period(emails):
    long_ago = timezone.now() - datetime.timedelta(days=91)
    OutgoingEmail.objects.filter(subject="Given up").update(finished_at=long_ago)
    OutgoingEmail.objects.filter(subject="Delivered").update(finished_at=timezone.now())

    call_command("purge_outgoing_email", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert set(OutgoingEmail.objects.values_list("subject", flat=True)) == {"Waiting", "Delivered"}
