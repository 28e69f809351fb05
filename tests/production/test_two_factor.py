"""Optional TOTP second factor for the admin (django-otp), enforceable by a setting."""

import re
import time

import pytest
from django.core.cache import cache
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests import factories


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="editor", is_superuser=True)


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def code(device) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def sign_in(client, **extra):
    data = {"username": "editor", "password": factories.PASSWORD, **extra}
    return client.post("/admin/login/", data)


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
    time.sleep(1.1)  # django-otp refuses any code for 1 s after a wrong one (then 2 s, 4 s…)
    assert client.post("/admin/two-factor/", {"code": code(pending)}).status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_account_page_links_to_the_set_up(client, editor):
    client.force_login(editor)
    assert "/admin/two-factor/" in client.get("/admin/account/").content.decode()
