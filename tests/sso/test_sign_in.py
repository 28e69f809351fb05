"""Single sign-on over HTTP against a real OpenID Connect provider: accounts by subject, roles
from the groups claim, and every forged, replayed or foreign answer refused with no session."""

import base64
import hashlib
import logging
import time
from urllib.parse import quote

import pytest
import requests
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from django_otp_webauthn.models import WebAuthnCredential

from site_config.sso.models import Identity
from site_config.sso.templatetags.sso_tags import button_label
from tests import factories
from tests.oidc_provider import resigned_with_another_key
from tests.production.conftest import closed_port
from tests.sso.conftest import CLIENT_ID, come_back, query, sign_in, signed_in, start

COMMS, LEADERS = "Communications team", "Leaders"
PAGE = "/admin/account/?from=editor"


def roles(user) -> set[str]:
    return set(user.groups.filter(name__in=[COMMS, LEADERS]).values_list("name", flat=True))


def account(sub):
    return Identity.objects.select_related("user").get(subject=sub).user


# --- Switched off, and the sign-in page ---


def test_without_an_issuer_the_site_signs_in_as_before(client, db):
    page = client.get("/admin/login/").content.decode()
    assert 'name="password"' in page
    assert "/admin/sso/start/" not in page
    assert client.get("/admin/sso/start/").status_code == 404
    assert client.get("/admin/sso/callback/?state=x&code=y").status_code == 404


def test_sign_in_page_offers_the_button_beside_the_password_form(client, sso):
    page = client.get("/admin/login/?next=/admin/pages/").content.decode()
    assert "Sign in with your Eastmoor Council account" in page
    assert 'href="/admin/sso/start/?next=%2Fadmin%2Fpages%2F"' in page
    assert 'name="password"' in page


def test_the_button_sends_the_browser_to_the_provider_with_state_nonce_and_pkce(client, sso):
    params = query(start(client))
    assert params["client_id"] == CLIENT_ID
    assert params["redirect_uri"] == "http://testserver/admin/sso/callback/"
    assert params["code_challenge_method"] == "S256"
    assert len(params["state"]) >= 32 and len(params["nonce"]) >= 32
    again = query(start(client))
    assert {again["state"], again["nonce"]}.isdisjoint({params["state"], params["nonce"]})


def test_the_code_is_redeemed_with_the_verifier_of_its_challenge(client, sso):
    challenge = query(location := start(client))["code_challenge"]
    come_back(client, sso.approve(location, "pkce-person"))
    verifier = sso.token_requests[-1]["code_verifier"]
    digest = hashlib.sha256(verifier.encode()).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == challenge


def test_an_unreachable_issuer_gives_a_clear_page(client, sso, settings):
    settings.OIDC_OP_ISSUER = f"http://127.0.0.1:{closed_port()}"
    response = client.get("/admin/sso/start/")
    assert response.status_code == 503
    assert "The sign-in service cannot be reached" in response.content.decode()


# --- Accounts and roles ---


def test_first_sign_in_creates_the_account_with_its_mapped_role(client, sso, caplog):
    sso.set_user(
        "0b1c-amira",
        email="amira.hassan@eastmoor.example",
        given_name="Amira",
        family_name="Hassan",
        groups=["sg-blog-comms", "sg-unrelated"],
    )
    with caplog.at_level(logging.INFO, logger="site_config.sso"):
        response = sign_in(client, sso, "0b1c-amira")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    user = account("0b1c-amira")
    assert user.sso_identity.issuer == sso.issuer
    assert (user.first_name, user.last_name) == ("Amira", "Hassan")
    assert not user.has_usable_password()
    assert roles(user) == {COMMS}
    assert client.get("/admin/").status_code == 200
    assert f"user {user.pk} signed in" in caplog.text
    user.refresh_from_db()
    assert user.last_login is not None  # Django's user_logged_in, as for a password sign-in


def test_accounts_are_matched_on_the_subject_never_the_email(client, sso):
    local = factories.UserFactory(username="comms", email="comms@eastmoor.example")
    sso.set_user("subject-1", email="comms@eastmoor.example", groups=["sg-blog-comms"])
    sign_in(client, sso, "subject-1")
    first = account("subject-1")
    assert first != local and not Identity.objects.filter(user=local).exists()
    # The address is given to someone else at the provider: a new person, a new account.
    sso.set_user("subject-2", email="comms@eastmoor.example", groups=["sg-blog-comms"])
    sign_in(Client(), sso, "subject-2")
    assert account("subject-2") not in (first, local)


def test_roles_follow_the_groups_claim_at_every_sign_in(client, sso):
    sso.set_user("marcus", email="marcus@eastmoor.example", groups=["sg-blog-comms"])
    sign_in(client, sso, "marcus")
    user = account("marcus")
    blog_group = Group.objects.create(name="Leader blog: marcus-bell")
    user.groups.add(blog_group)  # the comms team's blog assignment
    sso.set_user("marcus", email="marcus@eastmoor.example", groups=["sg-blog-leaders"])
    sign_in(Client(), sso, "marcus")
    assert roles(user) == {LEADERS}
    assert user.groups.filter(pk=blog_group.pk).exists()  # not the provider's to take


def test_removed_from_the_group_loses_rights_at_the_next_sign_in(client, sso):
    sso.set_user("rhiannon", email="rhiannon@eastmoor.example", groups=["sg-blog-comms"])
    sign_in(client, sso, "rhiannon")
    assert client.get("/admin/").status_code == 200
    sso.set_user("rhiannon", email="rhiannon@eastmoor.example", groups=["sg-other"])
    again = Client()
    response = sign_in(again, sso, "rhiannon")
    assert response.status_code == 403
    assert "Your account has no role on this site" in response.content.decode()
    assert not signed_in(again)
    assert roles(account("rhiannon")) == set()
    assert again.get("/admin/").status_code == 302


def test_no_account_is_created_when_no_group_maps(client, sso):
    sso.set_user("visitor", email="visitor@eastmoor.example", groups=["sg-everyone"])
    response = sign_in(client, sso, "visitor")
    assert response.status_code == 403
    assert not Identity.objects.filter(subject="visitor").exists()
    assert not signed_in(client)


# --- Forged, replayed and foreign answers ---


@pytest.fixture
def member(sso):
    sso.set_user("member", email="member@eastmoor.example", groups=["sg-blog-comms"])
    return "member"


def refused_without_session(response, client):
    assert response.status_code in (400, 403), response.status_code
    assert "you have not been signed in" in response.content.decode()
    assert not signed_in(client)
    return True


def test_a_forged_state_is_refused(client, sso, member):
    location = start(client)
    callback = sso.approve(location, member)
    forged = callback.replace(f"state={query(callback)['state']}", "state=forged-by-an-attacker")
    assert refused_without_session(come_back(client, forged), client)
    assert not Identity.objects.exists()


def test_an_answer_started_in_another_browser_is_refused(client, sso, member):
    """Login CSRF: the attacker's own code and state, delivered to the victim's browser."""
    attacker = Client()
    callback = sso.approve(start(attacker), member)
    start(client)  # the victim has a sign-in of their own under way
    assert refused_without_session(come_back(client, callback), client)


def test_a_replayed_code_is_refused(client, sso, member):
    location = start(client)
    callback = sso.approve(location, member)
    assert come_back(client, callback).status_code == 302
    # A new code for the same, already answered request: its state is used up.
    assert come_back(client, sso.approve(location, member)).status_code == 400
    client.logout()
    # The same answer again: its state was used up.
    assert refused_without_session(come_back(client, callback), client)
    # The same code with a fresh state of this browser: the provider will not redeem it twice.
    fresh = query(start(client))["state"]
    replay = callback.replace(f"state={query(callback)['state']}", f"state={fresh}")
    assert refused_without_session(come_back(client, replay), client)


def test_an_id_token_signed_by_another_key_is_refused(client, sso, member):
    callback = sso.approve(start(client), member)
    sso.replace_id_token = resigned_with_another_key
    assert refused_without_session(come_back(client, callback), client)
    assert not Identity.objects.exists()


def test_an_id_token_for_another_audience_is_refused(client, sso, member):
    location = start(client)
    nonce = query(location)["nonce"]
    callback = sso.approve(location, member)
    # A genuine token of the same provider, for the same person and nonce, issued to another app.
    sso.replace_id_token = lambda _token: sso.id_token_for("another-app", member, nonce)
    assert refused_without_session(come_back(client, callback), client)


def test_an_id_token_with_another_nonce_is_refused(client, sso, member):
    callback = sso.approve(start(client), member)
    sso.replace_id_token = lambda _token: sso.id_token_for(CLIENT_ID, member, "someone-elses")
    assert refused_without_session(come_back(client, callback), client)


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/admin/",
        "//evil.example/admin/",
        "/\\evil.example/admin/",
        "http:/evil.example",
        "javascript:alert(1)",
        "admin/pages/",
        "/admin/\nLocation: https://evil.example/",
    ],
)
def test_next_is_only_ever_a_path_on_this_site(client, sso, member, target):
    response = sign_in(client, sso, member, next_path=target)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_next_path_on_this_site_is_where_the_sign_in_returns(client, sso, member):
    response = sign_in(client, sso, member, next_path="/admin/account/?from=editor")
    assert response["Location"] == "/admin/account/?from=editor"


# --- The session lasts as long as the provider's token ---


def expire(client):
    session = client.session
    session["oidc_id_token_expiration"] = time.time() - 1
    session.save()


def test_the_session_is_checked_with_the_provider_when_its_token_expires(client, sso, member):
    sign_in(client, sso, member)
    assert client.session["oidc_id_token_expiration"] > time.time() + 300  # the token's exp
    assert client.get(PAGE).status_code == 200
    expire(client)
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith(sso.issuer)
    assert query(response["Location"])["prompt"] == "none"


def test_refused_at_the_check_signs_out_and_signing_in_returns_to_the_page(client, sso, member):
    """The provider answers a silent check `login_required` (signed out there, or the account
    disabled): the session ends here, and the next sign-in comes back to the same page."""
    sign_in(client, sso, member)
    expire(client)
    check = client.get(PAGE)["Location"]
    answer = requests.get(check, allow_redirects=False, timeout=10)
    assert query(answer.headers["Location"])["error"] == "login_required"
    response = come_back(client, answer.headers["Location"])
    assert response["Location"] == f"/admin/login/?next={quote(PAGE, safe='')}"
    assert not signed_in(client)
    assert client.get(PAGE).status_code == 302
    login_page = client.get(response["Location"]).content.decode()
    assert f"/admin/sso/start/?next={quote(PAGE, safe='')}" in login_page
    assert sign_in(client, sso, member, next_path=PAGE)["Location"] == PAGE
    assert client.get(PAGE).status_code == 200


def test_a_save_after_the_token_expired_is_not_interrupted(client, sso, member):
    sign_in(client, sso, member)
    expire(client)
    response = client.post("/admin/account/", {})  # any form post: it reaches its view
    assert not response.get("Location", "").startswith(sso.issuer)


def test_an_account_disabled_here_is_out_at_its_next_request(client, sso, member):
    sign_in(client, sso, member)
    user = account(member)
    user.is_active = False
    user.save()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_second_factor_is_the_providers(client, sso, member, settings):
    settings.WAGTAILADMIN_REQUIRE_TOTP = True
    sign_in(client, sso, member)
    assert client.get("/admin/").status_code == 200


# --- OIDC_ONLY ---


def test_sso_only_hides_the_password_form_except_for_break_glass(client, sso_only, db):
    page = client.get("/admin/login/").content.decode()
    assert "/admin/sso/start/" in page and 'name="password"' not in page
    assert 'name="password"' in client.get("/admin/login/?break-glass").content.decode()
    assert client.get("/admin/password_reset/").status_code == 404


def password_sign_in(username):
    client = Client()
    client.post("/admin/login/?break-glass", {"username": username, "password": factories.PASSWORD})
    return signed_in(client)


def test_sso_only_lets_a_password_open_only_break_glass_accounts(sso_only, member):
    factories.UserFactory(username="break-glass", is_superuser=True)
    factories.UserFactory(username="comms-local", is_superuser=False)
    assert password_sign_in("break-glass")
    assert not password_sign_in("comms-local")
    sign_in(Client(), sso_only, member)
    linked = account(member)
    linked.is_superuser = True
    linked.set_password(factories.PASSWORD)
    linked.save()
    assert not password_sign_in(linked.username)  # a provider's account is the provider's


def test_sso_only_lets_a_passkey_alone_open_only_break_glass_accounts(sso_only, rf):
    """Passwordless passkey sign-in obeys the same rule as the password form."""
    for username, is_superuser, allowed in (("break-glass", True, True), ("local", False, False)):
        user = factories.UserFactory(username=username, is_superuser=is_superuser)
        passkey = WebAuthnCredential.objects.create(
            user=user, name="passkey", confirmed=True, credential_id=username.encode()
        )
        request = rf.post("/admin/passkeys/authenticate/complete/")
        assert (authenticate(request, webauthn_credential=passkey) == user) is allowed


def test_sso_only_ends_the_password_sessions_of_other_accounts(client, sso_only):
    user = factories.UserFactory(username="comms-local", is_superuser=True)
    user.groups.add(Group.objects.get_or_create(name=COMMS)[0])
    client.force_login(user, backend="site_config.signin.ThrottledModelBackend")
    assert client.get("/admin/").status_code == 200  # a superuser with a password: break-glass
    user.is_superuser = False
    user.save()
    assert client.get("/admin/").status_code == 302


def test_admin_forms_may_end_at_the_provider_after_a_save(client, sso, member):
    """A save redirected to the session check goes on to the provider: the admin's CSP
    form-action (which covers redirects) names its origin, and nothing else is added."""
    sign_in(client, sso, member)
    policy = client.get(PAGE)["Content-Security-Policy"]
    assert policy.endswith(f"form-action 'self' {sso.issuer}")
    assert client.get("/")["Content-Security-Policy"].endswith("form-action 'self'")


def test_the_button_speaks_welsh_where_the_admin_does(sso, settings):
    """The admin's sign-in page is in the admin's language; in Welsh the button reads
    OIDC_BUTTON_LABEL_CY, or the site's own Welsh words when that is not set."""
    with translation.override("cy"):
        assert button_label() == "Mewngofnodi gyda chyfrif eich sefydliad"
        settings.OIDC_BUTTON_LABEL_CY = "Mewngofnodi gyda'ch cyfrif Cyngor Eastmoor"
        assert button_label() == "Mewngofnodi gyda'ch cyfrif Cyngor Eastmoor"
    assert button_label() == "Sign in with your Eastmoor Council account"
