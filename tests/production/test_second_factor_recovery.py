"""Second factors beside the authenticator app: backup codes that work once each, a reset of
someone else's second factor by the communications team or a superuser (in the audit log, never
by a leader), and the setting that requires a second factor, under its new and its old name."""

import importlib
import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential
from wagtail.models import ModelLogEntry

from leaders.roles import COMMS_GROUP, LEADERS_GROUP
from site_config.second_factor_reset import LOG_ACTION
from tests import factories
from tests.production.test_signin import LOCKED
from tests.production.test_two_factor import code, sign_in

WRONG_CODE = "Enter the 6-digit code your authenticator app shows now"
STEP = "/admin/two-factor/step/"


@pytest.fixture(autouse=True)
def _fresh_counters(settings):
    cache.clear()
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="editor", first_name="Amira", is_superuser=True)


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def add_passkey(user) -> WebAuthnCredential:
    """A passkey as registration stores it (the browser tests make real ones)."""
    return WebAuthnCredential.objects.create(
        user=user,
        name="passkey",
        confirmed=True,
        credential_id=f"credential-of-{user.pk}".encode(),
        public_key=b"not used here",
    )


def make_codes(client) -> list[str]:
    page = client.post("/admin/two-factor/backup-codes/").content.decode()
    return re.findall(r"<li><code>([a-z2-7]+)</code></li>", page)


def signed_in_with_totp(device) -> Client:
    client = Client()
    assert sign_in(client, otp_token=code(device)).status_code == 302
    return client


# --- Backup codes ---


def test_backup_codes_are_shown_once_and_a_new_set_replaces_the_old(device):
    client = signed_in_with_totp(device)
    first = make_codes(client)
    assert len(first) == 10 and len(set(first)) == 10
    page = client.get("/admin/two-factor/backup-codes/").content.decode()
    assert not any(c in page for c in first)
    assert "You have 10 unused backup codes." in page
    second = make_codes(client)
    assert not set(first) & set(second)
    assert StaticDevice.objects.get(user=device.user).token_set.count() == 10


def test_a_backup_code_signs_in_with_the_password_once_and_not_twice(device):
    backup = make_codes(signed_in_with_totp(device))[0]
    client = Client()
    assert sign_in(client, otp_token=backup.upper()).status_code == 302
    assert client.get("/admin/").status_code == 200
    again = Client()
    response = sign_in(again, otp_token=backup)
    assert WRONG_CODE in response.content.decode()
    assert again.get("/admin/").status_code == 302


def test_a_passkey_user_uses_a_backup_code_at_the_second_factor_step(editor):
    add_passkey(editor)
    [backup, *_rest] = _codes_for(editor)
    client = Client()
    assert sign_in(client).status_code == 302  # the password: the step comes next
    response = client.get("/admin/pages/")
    assert response["Location"] == f"{STEP}?next=/admin/pages/"
    assert "Use your passkey" in client.get(response["Location"]).content.decode()
    answer = client.post(STEP, {"code": backup, "next": "/admin/pages/"})
    assert answer["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200

    again = Client()
    sign_in(again)
    refused = again.post(STEP, {"code": backup})
    assert "That backup code is not right, or it has been used already." in (
        refused.content.decode()
    )
    assert again.get("/admin/")["Location"].startswith(STEP)


def test_the_step_sends_only_to_this_site(editor):
    add_passkey(editor)
    [backup, *_rest] = _codes_for(editor)
    client = Client()
    sign_in(client)
    answer = client.post(STEP, {"code": backup, "next": "https://elsewhere.example/"})
    assert answer["Location"] == "/admin/"


def test_wrong_backup_codes_at_the_step_lock_the_account(editor):
    add_passkey(editor)
    [backup, *_rest] = _codes_for(editor)
    client = Client()
    sign_in(client)
    for _ in range(5):
        client.post(STEP, {"code": "aaaaaaaa"})
    response = client.post(STEP, {"code": backup})
    assert "Too many wrong codes" in response.content.decode()
    assert LOCKED in sign_in(Client()).content.decode()


def test_backup_codes_need_another_factor_first(editor):
    client = Client()
    client.force_login(editor)
    assert make_codes(client) == []
    assert not StaticDevice.objects.filter(user=editor).exists()


def test_removing_the_last_passkey_removes_the_backup_codes(editor, settings):
    passkey = add_passkey(editor)
    _codes_for(editor)
    client = Client()
    sign_in(client)
    client.post(STEP, {"code": StaticDevice.objects.get().token_set.first().token})
    assert client.post("/admin/two-factor/passkeys/", {"remove": passkey.pk}).status_code == 302
    assert not WebAuthnCredential.objects.exists()
    assert not StaticDevice.objects.exists()


@pytest.mark.parametrize("bad", ["", "abc", "99999999999999999999999", "-1"])
def test_removing_a_passkey_that_is_not_there_changes_nothing(editor, bad):
    add_passkey(editor)
    client = Client()
    client.force_login(editor)
    client.post(STEP, {"code": _codes_for(editor)[0]})
    response = client.post("/admin/two-factor/passkeys/", {"remove": bad}, follow=True)
    assert "That passkey is not on your account any more." in response.content.decode()
    assert WebAuthnCredential.objects.count() == 1


def _codes_for(user) -> list[str]:
    from site_config.backup_codes import new_codes

    return new_codes(user)


# --- Reset by the communications team or a superuser ---


def member(username, group_name, **fields):
    user = factories.UserFactory(username=username, **fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def leader_with_every_factor(db):
    leader = member("leader", LEADERS_GROUP)
    TOTPDevice.objects.create(user=leader, name="phone", confirmed=True)
    add_passkey(leader)
    _codes_for(leader)
    return leader


def refused(response) -> bool:
    """Wagtail's answer to PermissionDenied in an admin view: back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def factors_of(user) -> int:
    return sum(
        model.objects.filter(user=user).count()
        for model in (TOTPDevice, WebAuthnCredential, StaticDevice)
    )


def test_the_communications_team_resets_a_second_factor_in_the_audit_log(
    leader_with_every_factor,
):
    comms = member("comms", COMMS_GROUP)
    client = Client()
    client.force_login(comms)
    reset_url = f"/admin/two-factor/reset/{leader_with_every_factor.pk}/"
    assert reset_url in client.get("/admin/users/").content.decode()
    assert client.get(reset_url).status_code == 200
    assert client.post(reset_url)["Location"] == "/admin/users/"
    assert factors_of(leader_with_every_factor) == 0
    entry = ModelLogEntry.objects.get(action=LOG_ACTION)
    assert entry.user == comms
    assert entry.object_id == str(leader_with_every_factor.pk)
    # Signed in with the password alone now, the leader may use the admin again.
    assert sign_in(Client(), **{"username": "leader"}).status_code == 302


def test_a_leader_cannot_reset_anyones_second_factor(leader_with_every_factor):
    other = member("other-leader", LEADERS_GROUP)
    client = Client()
    client.force_login(other)
    reset_url = f"/admin/two-factor/reset/{leader_with_every_factor.pk}/"
    assert refused(client.get(reset_url))
    assert refused(client.post(reset_url))
    assert factors_of(leader_with_every_factor) == 3
    assert not ModelLogEntry.objects.filter(action=LOG_ACTION).exists()


def test_the_communications_team_cannot_reset_a_superusers_second_factor(device):
    comms = member("comms", COMMS_GROUP)
    client = Client()
    client.force_login(comms)
    reset_url = f"/admin/two-factor/reset/{device.user.pk}/"
    assert reset_url not in client.get("/admin/users/").content.decode()
    assert refused(client.post(reset_url))
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_a_superuser_resets_anyones_but_their_own(device, leader_with_every_factor):
    client = signed_in_with_totp(device)
    assert client.post(f"/admin/two-factor/reset/{leader_with_every_factor.pk}/").status_code == 302
    assert factors_of(leader_with_every_factor) == 0
    assert refused(client.post(f"/admin/two-factor/reset/{device.user.pk}/"))
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


# --- A required second factor: either kind satisfies it; the old name still works ---


@pytest.mark.parametrize(
    "setting", ["WAGTAILADMIN_REQUIRE_SECOND_FACTOR", "WAGTAILADMIN_REQUIRE_TOTP"]
)
def test_a_required_second_factor_may_be_a_passkey(editor, settings, setting):
    setattr(settings, setting, True)
    client = Client()
    sign_in(client)
    assert client.get("/admin/pages/")["Location"] == "/admin/two-factor/"
    assert "/admin/two-factor/passkeys/" in client.get("/admin/two-factor/").content.decode()
    assert client.get("/admin/two-factor/passkeys/").status_code == 200
    begin = client.post("/admin/passkeys/registration/begin/")
    assert begin.status_code == 200 and begin.json()["rp"]["id"] == "leaders.example"
    # With a passkey, the step asks for it instead of the set-up.
    add_passkey(editor)
    assert client.get("/admin/pages/")["Location"] == f"{STEP}?next=/admin/pages/"


def test_a_required_second_factor_is_met_by_an_authenticator_app(device, settings):
    settings.WAGTAILADMIN_REQUIRE_SECOND_FACTOR = True
    assert signed_in_with_totp(device).get("/admin/pages/").status_code == 200


@pytest.mark.parametrize("name", ["ADMIN_REQUIRE_SECOND_FACTOR", "ADMIN_REQUIRE_TOTP"])
def test_either_environment_variable_requires_the_second_factor(monkeypatch, name):
    from site_config.settings import base

    monkeypatch.delenv("ADMIN_REQUIRE_SECOND_FACTOR", raising=False)
    monkeypatch.delenv("ADMIN_REQUIRE_TOTP", raising=False)
    assert importlib.reload(base).WAGTAILADMIN_REQUIRE_SECOND_FACTOR is False
    monkeypatch.setenv(name, "true")
    try:
        assert importlib.reload(base).WAGTAILADMIN_REQUIRE_SECOND_FACTOR is True
    finally:
        monkeypatch.delenv(name)
        importlib.reload(base)


def test_the_old_name_is_reported_as_deprecated(monkeypatch, capsys):
    from django.core.management import call_command

    monkeypatch.delenv("ADMIN_REQUIRE_TOTP", raising=False)
    call_command("check")
    assert "site_config.W001" not in capsys.readouterr().err
    monkeypatch.setenv("ADMIN_REQUIRE_TOTP", "true")
    call_command("check")
    assert "ADMIN_REQUIRE_TOTP (WAGTAILADMIN_REQUIRE_TOTP) is deprecated" in (
        capsys.readouterr().err
    )
