"""Retention of following's personal data: the purge of unconfirmed follows and erasure."""

import uuid
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from follows.models import ConsentRequest, Follower

pytestmark = pytest.mark.django_db


def _follower(email, age_days, confirmed):
    follower = Follower.objects.create(
        email=email, language="cy", confirmed_at=timezone.now() if confirmed else None
    )
    consent = ConsentRequest.objects.create(
        follower=follower, blog_keys=[str(uuid.uuid4())], language="cy", page_url="https://x/"
    )
    then = timezone.now() - timedelta(days=age_days)
    Follower.objects.filter(pk=follower.pk).update(created_at=then)
    ConsentRequest.objects.filter(pk=consent.pk).update(requested_at=then)
    return follower


def test_unconfirmed_follows_are_purged_after_seven_days():
    _follower("old@x.example", 8, confirmed=False)
    _follower("new@x.example", 6, confirmed=False)
    _follower("kept@x.example", 30, confirmed=True)  # its unconfirmed request goes, not it
    call_command("purge_follow_data", stdout=StringIO())
    assert set(Follower.objects.values_list("email", flat=True)) == {
        "new@x.example",
        "kept@x.example",
    }
    assert ConsentRequest.objects.count() == 1


def test_erase_person_deletes_every_follow_record():
    _follower("person@x.example", 1, confirmed=True)
    _follower("other@x.example", 1, confirmed=True)
    out = StringIO()
    call_command("erase_person", "Person@X.example", stdout=out)
    assert list(Follower.objects.values_list("email", flat=True)) == ["other@x.example"]
    assert "follow record" in out.getvalue()
