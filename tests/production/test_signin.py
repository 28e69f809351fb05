"""Sign-in: throttled per account and per IP at every door, no account enumeration on password
reset, and a stranger's guessing does not lock the owner out."""

import re
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests import factories

LOCKED = "Too many failed sign-in attempts"
STRANGER = "198.51.100.66"  # an address that never signed in to the account
HOME = "192.0.2.10"  # the owner's usual address
ELSEWHERE = "192.0.2.99"  # another address the account never signed in from
NEW_PASSWORD = "a-brand-new-passphrase-2025"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="editor", email="editor@example.org", is_superuser=True)


def sign_in(client, username, password, ip="203.0.113.7", door="/admin/login/", **extra):
    data = {"username": username, "password": password, **extra}
    return client.post(door, data, REMOTE_ADDR=ip)


def front_end_sign_in(client, username, password, ip="203.0.113.7"):
    """Wagtail's front-end login, where login-only pages send readers."""
    return sign_in(client, username, password, ip, door="/_util/login/")


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def opens_the_admin(client) -> bool:
    return client.get("/admin/").status_code == 200


def locked_by_a_stranger(username="editor", failures=12):
    stranger = Client()
    for _ in range(failures):
        sign_in(stranger, username, "wrong-password", ip=STRANGER)
    return stranger


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


def test_lockout_expires_a_window_after_the_latest_failure(client, editor, settings):
    for _ in range(5):
        sign_in(client, "editor", "wrong-password")
    assert LOCKED in sign_in(client, "editor", factories.PASSWORD).content.decode()
    # A short window from here on: each refused attempt restarts it, so an attempt made after
    # a pause longer than the window gets in, however slow the machine.
    settings.SIGNIN_LOCKOUT_SECONDS = 1
    for _ in range(20):
        response = sign_in(client, "editor", factories.PASSWORD)
        if response.status_code == 302:
            break
        assert LOCKED in response.content.decode()
        time.sleep(1.5)
    assert response.status_code == 302


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, editor):
    known = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert client.get(known["Location"]).status_code == 200
    assert len(mail.outbox) == 1  # only the real account gets mail
    assert mail.outbox[0].to == ["editor@example.org"]


# --- Every door: the front-end login and password reset keep the same lockout ---


def test_front_end_login_refuses_the_right_password_while_the_account_is_locked(client, editor):
    for n in range(5):
        sign_in(client, "editor", "wrong-password", ip=f"198.51.100.{n}")
    for ip in ("198.51.100.0", ELSEWHERE):
        response = front_end_sign_in(client, "editor", factories.PASSWORD, ip=ip)
        assert response.status_code == 200
        assert LOCKED in response.content.decode()
        assert not signed_in(client)
        assert not opens_the_admin(client)


def test_wrong_guesses_at_the_front_end_login_lock_the_account_everywhere(client, editor):
    for n in range(8):
        response = front_end_sign_in(client, "editor", "wrong-password", ip=f"198.51.100.{n}")
        assert response.status_code == 200
        assert (LOCKED in response.content.decode()) is (n >= 5)
    for door in ("/_util/login/", "/admin/login/"):
        response = sign_in(client, "editor", factories.PASSWORD, ip=ELSEWHERE, door=door)
        assert LOCKED in response.content.decode()
        assert not signed_in(client)
    assert not opens_the_admin(client)


def test_front_end_login_signs_in_with_the_right_password(client, editor):
    response = front_end_sign_in(client, "editor", factories.PASSWORD)
    assert response.status_code == 302
    assert opens_the_admin(client)


def reset_password(client, email, password=NEW_PASSWORD):
    """Wagtail's password reset, from the request to the new password, as the owner does it."""
    assert client.post("/admin/password_reset/", {"email": email}).status_code == 302
    link = re.search(r"/admin/password_reset/confirm/[^/\s]+/[^/\s]+/", mail.outbox[-1].body)
    form_url = client.get(link.group(0))["Location"]  # the token moves into the session
    response = client.post(form_url, {"new_password1": password, "new_password2": password})
    assert response.status_code == 302
    assert response["Location"] == "/admin/password_reset/complete/"


def test_password_reset_neither_signs_in_nor_lifts_the_lockout(client, editor):
    locked_by_a_stranger()
    reset_password(client, "editor@example.org")
    assert not signed_in(client)
    assert not opens_the_admin(client)
    for door in ("/admin/login/", "/_util/login/"):
        response = sign_in(client, "editor", NEW_PASSWORD, ip=ELSEWHERE, door=door)
        assert LOCKED in response.content.decode()
        assert not signed_in(client)
    assert not opens_the_admin(client)


# --- A stranger's guessing locks the account for strangers, not for its owner ---


def test_a_strangers_failures_do_not_lock_the_owner_out_of_their_usual_address(editor):
    owner = Client()
    assert sign_in(owner, "editor", factories.PASSWORD, ip=HOME).status_code == 302
    owner.logout()

    stranger = locked_by_a_stranger()
    assert LOCKED in sign_in(stranger, "editor", factories.PASSWORD, ip=STRANGER).content.decode()
    for door in ("/admin/login/", "/_util/login/"):
        response = sign_in(Client(), "editor", factories.PASSWORD, ip=ELSEWHERE, door=door)
        assert LOCKED in response.content.decode()

    assert sign_in(owner, "editor", factories.PASSWORD, ip=HOME).status_code == 302
    assert opens_the_admin(owner)
    owner.logout()
    assert front_end_sign_in(owner, "editor", factories.PASSWORD, ip=HOME).status_code == 302
    # The owner signing in does not give the stranger fresh guesses.
    assert LOCKED in sign_in(stranger, "editor", factories.PASSWORD, ip=STRANGER).content.decode()


def test_the_owners_own_failures_lock_their_usual_address(editor):
    owner = Client()
    assert sign_in(owner, "editor", factories.PASSWORD, ip=HOME).status_code == 302
    owner.logout()
    for _ in range(5):
        assert LOCKED not in sign_in(owner, "editor", "typo", ip=HOME).content.decode()
    assert LOCKED in sign_in(owner, "editor", factories.PASSWORD, ip=HOME).content.decode()
    assert not signed_in(owner)


def test_the_address_limit_holds_even_at_the_owners_usual_address(client, editor, settings):
    assert sign_in(client, "editor", factories.PASSWORD, ip=HOME).status_code == 302
    client.logout()
    for n in range(settings.SIGNIN_MAX_FAILURES_PER_IP):
        sign_in(Client(), f"someone{n}", "wrong-password", ip=HOME)
    for door in ("/admin/login/", "/_util/login/"):
        response = sign_in(client, "editor", factories.PASSWORD, ip=HOME, door=door)
        assert LOCKED in response.content.decode()
    assert not signed_in(client)


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
