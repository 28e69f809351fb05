"""Admin sign-in: throttled per account and per IP, no account enumeration on password reset."""

import time

import pytest
from django.core import mail
from django.core.cache import cache

from tests import factories

LOCKED = "Too many failed sign-in attempts"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="editor", email="editor@example.org", is_superuser=True)


def sign_in(client, username, password, ip="203.0.113.7"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_account_is_locked_after_five_failures_even_with_the_right_password(client, editor):
    for _ in range(5):
        response = sign_in(client, "editor", "wrong-password")
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    response = sign_in(client, "editor", factories.PASSWORD)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_applies_to_the_account_from_any_address(client, editor):
    for n in range(5):
        sign_in(client, "editor", "wrong-password", ip=f"198.51.100.{n}")
    response = sign_in(client, "editor", factories.PASSWORD, ip="192.0.2.99")
    assert LOCKED in response.content.decode()


def test_one_address_guessing_many_accounts_is_locked_out(client, editor, settings):
    for n in range(settings.SIGNIN_MAX_FAILURES_PER_IP):
        sign_in(client, f"someone{n}", "wrong-password")
    response = sign_in(client, "editor", factories.PASSWORD)
    assert LOCKED in response.content.decode()
    # Another address is not affected.
    assert sign_in(client, "editor", factories.PASSWORD, ip="192.0.2.1").status_code == 302


def test_unknown_and_known_accounts_get_the_same_lockout_answer(client, editor):
    for username in ("editor", "nobody"):
        for _ in range(5):
            sign_in(client, username, "wrong-password", ip=f"192.0.2.{len(username)}")
    known = sign_in(client, "editor", "x", ip="192.0.2.50").content.decode()
    unknown = sign_in(client, "nobody", "x", ip="192.0.2.51").content.decode()
    assert LOCKED in known and LOCKED in unknown


def test_successful_sign_in_clears_the_account_counter(client, editor):
    for _ in range(4):
        sign_in(client, "editor", "wrong-password")
    assert sign_in(client, "editor", factories.PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "editor", "wrong-password", ip="192.0.2.8")
    assert sign_in(client, "editor", factories.PASSWORD, ip="192.0.2.8").status_code == 302


def test_lockout_expires(client, editor, settings):
    settings.SIGNIN_LOCKOUT_SECONDS = 1
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")
    assert LOCKED in sign_in(client, "editor", factories.PASSWORD).content.decode()
    time.sleep(1.2)
    assert sign_in(client, "editor", factories.PASSWORD).status_code == 302


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, editor):
    known = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).status_code == 200
    assert len(mail.outbox) == 1  # only the real account gets mail
    assert mail.outbox[0].to == ["editor@example.org"]


def test_weak_passwords_are_refused_by_the_validators(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/account/",
        {
            "password-old_password": factories.PASSWORD,
            "password-new_password1": "password123",
            "password-new_password2": "password123",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "This password is too short" in text
    assert "This password is too common" in text
