"""Optional TOTP second factor (django-otp), enforceable by a setting, kept at every door: a
session that has not passed it is not signed in anywhere on the site."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from comments.models import PendingConfirmation
from tests import factories
from tests.comments.conftest import comments_on, submit
from tests.production.test_signin import (
    ELSEWHERE,
    HOME,
    LOCKED,
    NEW_PASSWORD,
    STRANGER,
    locked_by_a_stranger,
    reset_password,
)


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()


@pytest.fixture(autouse=True)
def _instant_forms(settings):
    """Comment forms may be sent at once; django-otp's wait after a wrong code is off (the
    lockout counters still count it), so no test waits on a clock."""
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


@pytest.fixture
def editor(db):
    return factories.UserFactory(
        username="editor", first_name="Amira", last_name="Hassan", is_superuser=True
    )


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def code(device, ahead=0) -> str:
    """The device's code now, or `ahead` steps on (django-otp accepts one step either side,
    and never the same step twice)."""
    t0 = device.t0 - ahead * device.step
    return f"{totp(device.bin_key, device.step, t0, device.digits, device.drift):06d}"


def sign_in(client, door="/admin/login/", ip="127.0.0.1", **extra):
    data = {"username": "editor", "password": factories.PASSWORD, **extra}
    return client.post(door, data, REMOTE_ADDR=ip)


def comment_as_signed_in(client, post, user) -> bool:
    """Post a comment through the real form; True if it was kept as `user`'s own comment,
    False if it was treated as an anonymous reader's (held for email confirmation)."""
    text = submit(client, post, name="Someone", email="someone@residents.example").content
    if comments_on(post).filter(user=user).exists():
        return True
    assert "Check your email" in text.decode()
    assert not comments_on(post).exists()
    assert PendingConfirmation.objects.count() == 1
    assert mail.outbox[-1].to == ["someone@residents.example"]
    return False


def admin_refuses(client) -> bool:
    response = client.get("/admin/")
    return response.status_code == 302 and response["Location"].startswith(
        ("/admin/login/", "/admin/two-factor/")
    )


def test_login_page_offers_the_code_field(client, db):
    assert 'name="otp_token"' in client.get("/admin/login/").content.decode()


def test_user_with_a_device_cannot_sign_in_without_its_code(client, device):
    for extra in ({}, {"otp_token": "000000"}):
        response = sign_in(client, **extra)
        assert response.status_code == 200
        assert "Enter the 6-digit code your authenticator app shows now" in (
            response.content.decode()
        )
        assert client.get("/admin/").status_code == 302


def test_user_with_a_device_signs_in_with_its_current_code(client, device):
    response = sign_in(client, otp_token=code(device))
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_wrong_codes_count_towards_the_lockout(client, device):
    for _ in range(5):
        sign_in(client, otp_token="123456")
    response = sign_in(client, otp_token=code(device))
    assert "Too many failed sign-in attempts" in response.content.decode()


def test_a_session_opened_without_the_code_is_signed_out(client, editor, device):
    client.force_login(editor)  # e.g. a session from before the device was set up
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_second_factor_is_optional_by_default(client, editor):
    assert sign_in(client).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_required_second_factor_sends_users_to_set_it_up_first(client, editor, settings):
    settings.WAGTAILADMIN_REQUIRE_TOTP = True
    assert sign_in(client).status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/"

    page = client.get("/admin/two-factor/").content.decode()
    secret = re.search(r"<code>([A-Z2-7 ]+)</code>", page).group(1)
    assert "otpauth://totp/" in page
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert secret.replace(" ", "") in pending.config_url

    wrong = client.post("/admin/two-factor/", {"code": "000000"})
    assert "That code is not right" in wrong.content.decode()
    assert client.post("/admin/two-factor/", {"code": code(pending)}).status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_account_page_links_to_the_set_up(client, editor):
    client.force_login(editor)
    assert "/admin/two-factor/" in client.get("/admin/account/").content.decode()


# --- Every door: the password alone is not a signed-in session anywhere ---


@pytest.mark.parametrize("required", [True, False], ids=["totp-required", "totp-optional"])
def test_password_alone_at_the_front_end_login_is_not_signed_in(
    client, device, editor, post_a, settings, required
):
    settings.WAGTAILADMIN_REQUIRE_TOTP = required
    response = sign_in(client, door="/_util/login/")
    assert response.status_code == 200
    assert "Enter the 6-digit code your authenticator app shows now" in response.content.decode()
    assert not comment_as_signed_in(client, post_a, editor)
    assert admin_refuses(client)


def test_front_end_login_with_the_code_signs_in_everywhere(client, device, editor, post_a):
    assert sign_in(client, door="/_util/login/", otp_token=code(device)).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert comment_as_signed_in(client, post_a, editor)


@pytest.mark.parametrize("required", [True, False], ids=["totp-required", "totp-optional"])
def test_a_session_opened_without_the_code_is_anonymous_on_the_public_site(
    client, device, editor, post_a, settings, required
):
    """Whatever door opens a session without asking for the code (force_login stands for one
    added later), the public site does not treat it as signed in."""
    settings.WAGTAILADMIN_REQUIRE_TOTP = required
    PageViewRestriction.objects.create(page=post_a, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(editor)
    assert client.get(post_a.url)["Location"].startswith("/_util/login/")
    PageViewRestriction.objects.all().delete()
    assert not comment_as_signed_in(client, post_a, editor)
    assert admin_refuses(client)


def test_a_session_owing_a_required_set_up_is_anonymous_on_the_public_site(
    client, editor, post_a, settings
):
    settings.WAGTAILADMIN_REQUIRE_TOTP = True
    assert sign_in(client, door="/_util/login/").status_code == 302  # no device yet
    assert not comment_as_signed_in(client, post_a, editor)
    assert client.get("/admin/")["Location"] == "/admin/two-factor/"


def test_password_reset_does_not_skip_the_second_factor(client, device):
    reset_password(client, "editor@example.org")
    assert "_auth_user_id" not in client.session
    for door in ("/admin/login/", "/_util/login/"):
        response = sign_in(client, door=door, password=NEW_PASSWORD)
        assert "Enter the 6-digit code your authenticator app shows now" in (
            response.content.decode()
        )
        assert "_auth_user_id" not in client.session
    assert admin_refuses(client)


# --- The code opens a stranger's lockout; wrong codes lock the account everywhere ---


def test_the_code_signs_the_owner_in_while_a_stranger_holds_the_lockout(client, device):
    stranger = locked_by_a_stranger()
    response = sign_in(stranger, ip=STRANGER, password="a-guess", otp_token="123456")
    assert LOCKED in response.content.decode()
    device.refresh_from_db()
    assert device.throttling_failure_count == 0  # a stranger's guess never reaches the device

    assert LOCKED in sign_in(client, ip=ELSEWHERE).content.decode()  # the password alone
    response = sign_in(client, ip=ELSEWHERE, otp_token=code(device))
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    # The owner getting in does not give the stranger fresh guesses.
    assert LOCKED in sign_in(stranger, ip=STRANGER).content.decode()


def test_wrong_codes_lock_the_account_even_at_the_owners_usual_address(client, device):
    assert sign_in(client, ip=HOME, otp_token=code(device)).status_code == 302
    client.logout()
    someone_with_the_password = Client()
    for _ in range(5):
        sign_in(someone_with_the_password, ip=STRANGER, otp_token="000000")
    response = sign_in(client, ip=HOME, otp_token=code(device, ahead=1))
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_sign_in_still_owing_the_second_factor_does_not_make_the_address_usual(
    client, editor, settings
):
    settings.WAGTAILADMIN_REQUIRE_TOTP = True
    assert sign_in(client, ip=HOME).status_code == 302  # password only, set-up still owed
    client.logout()
    locked_by_a_stranger()
    assert LOCKED in sign_in(client, ip=HOME).content.decode()
