"""Fixtures for the editorial workflow tests: communications team members and a superuser."""

import pytest
from django.contrib.auth.models import Group

from leaders.roles import COMMS_GROUP
from tests import factories


def comms_member(username, first_name):
    user = factories.UserFactory(username=username, first_name=first_name, last_name="Comms")
    user.groups.add(Group.objects.get(name=COMMS_GROUP))
    return user


@pytest.fixture
def comms(db):
    return comms_member("cara.comms", "Cara")


@pytest.fixture
def comms_2(db):
    return comms_member("dev.comms", "Dev")


@pytest.fixture
def superuser(db):
    user = factories.UserFactory(username="root.admin", first_name="Rita")
    user.is_superuser = True
    user.is_staff = True
    user.save()
    return user
