"""Passkeys end to end, with Chromium's virtual authenticator standing in for a phone or a
security key (DevTools' WebAuthn domain): register one, sign in with it alone or after the
password, and be refused once it is removed, from the account or from the authenticator."""

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache

from site_config import signin
from tests import factories
from tests.browser.helpers import assert_accessible

ADD = "#passkey-register-button"
USE = "#passkey-verification-button"
STATUS = "#passkey-verification-status-message"


@pytest.fixture
def site_on_live_server(live_server, settings):
    """The relying party is SITE_URL: here, the live server (http://localhost is a secure
    context for WebAuthn)."""
    settings.SITE_URL = live_server.url.replace("127.0.0.1", "localhost")
    return settings.SITE_URL


@pytest.fixture
def editor(db):
    factories.home_page()  # the admin's dashboard needs the tree an earlier live test flushed
    return factories.UserFactory(
        username="editor", first_name="Amira", last_name="Hassan", is_superuser=True
    )


def authenticator(page):
    """A platform authenticator that holds passkeys and verifies the person (as a fingerprint
    reader does), attached to this page."""
    session = page.context.new_cdp_session(page)
    session.send("WebAuthn.enable")
    found = session.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return session, found["authenticatorId"]


def sign_in_with_password(page):
    page.goto("/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", factories.PASSWORD)
    page.click("form.login-form button[type=submit]")


def arrived(page, path):
    """Wait until the page is at `path` (a glob would also match it in a `?next=` query)."""
    page.wait_for_url(lambda url: urlsplit(url).path == path)


def signed_out(page):
    page.context.clear_cookies()
    page.goto("/admin/login/")


def test_a_passkey_registers_signs_in_and_stops_working_once_removed(
    browser, site_on_live_server, editor, settings
):
    from django_otp_webauthn.models import WebAuthnCredential

    context = browser.new_context(base_url=site_on_live_server)
    context.set_default_timeout(60_000)
    page = context.new_page()
    session, authenticator_id = authenticator(page)

    # Register, from the account's Passkeys page.
    sign_in_with_password(page)
    arrived(page, "/admin/")
    page.goto("/admin/two-factor/passkeys/")
    assert_accessible(page, "the passkeys page")
    page.click(ADD)
    page.wait_for_selector("[data-passkeys] tbody tr")
    assert WebAuthnCredential.objects.filter(user=editor, confirmed=True).count() == 1
    assert_accessible(page, "the passkeys page with a passkey")

    # The sign-in throttle holds for passkeys too: from a locked-out address, refused.
    signed_out(page)
    assert_accessible(page, "the sign-in page")
    for address in ("127.0.0.1", "::1"):
        cache.set(signin._key("ip", address), settings.SIGNIN_MAX_FAILURES_PER_IP)
    page.click(USE)
    page.wait_for_selector(f"{STATUS}[data-status-enum=server-error]")
    assert "Too many failed sign-in attempts" in page.text_content(STATUS)
    page.goto("/admin/")
    assert "/admin/login/" in page.url
    cache.clear()

    # The passkey alone signs in: no username, no password.
    signed_out(page)
    page.click(USE)
    arrived(page, "/admin/")
    assert page.locator("text=Amira >> visible=true").count() > 0

    # After the password, the passkey is the second factor.
    signed_out(page)
    sign_in_with_password(page)
    arrived(page, "/admin/two-factor/step/")
    assert_accessible(page, "the second-factor step")
    page.goto("/admin/pages/")
    assert "/admin/two-factor/step/" in page.url  # nothing else opens before the passkey
    page.click(USE)
    arrived(page, "/admin/pages/")

    # The recovery pages: backup codes (shown once) and the reset of someone else's factor.
    page.goto("/admin/two-factor/backup-codes/")
    assert_accessible(page, "the backup codes page")
    page.click("main form button[type=submit]")
    page.wait_for_selector("[data-backup-codes] code")
    assert_accessible(page, "the new backup codes")
    colleague = factories.UserFactory(username="colleague")
    page.goto(f"/admin/two-factor/reset/{colleague.pk}/")
    assert_accessible(page, "the reset page")

    # Removed from the authenticator: the browser has nothing to offer, nobody is signed in.
    credentials = session.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})
    session.send("WebAuthn.clearCredentials", {"authenticatorId": authenticator_id})
    signed_out(page)
    page.click(USE)
    page.wait_for_selector(f"{STATUS}[data-status-enum]")
    page.goto("/admin/")
    assert "/admin/login/" in page.url

    # Back on the authenticator but removed from the account: the site refuses it.
    for credential in credentials["credentials"]:
        session.send(
            "WebAuthn.addCredential",
            {"authenticatorId": authenticator_id, "credential": credential},
        )
    page.click(USE)  # still works while the account has it
    arrived(page, "/admin/")
    page.goto("/admin/two-factor/passkeys/")
    page.click("[data-passkeys] button[type=submit]")
    page.wait_for_selector("text=The passkey has been removed from your account.")
    assert not WebAuthnCredential.objects.filter(user=editor).exists()
    signed_out(page)
    page.click(USE)
    page.wait_for_selector(f"{STATUS}[data-status-enum=server-error]")
    page.goto("/admin/")
    assert "/admin/login/" in page.url
    context.close()


def test_passkeys_page_in_welsh(browser, site_on_live_server, editor):
    """The page and the package's script speak the admin user's language."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "cy"
    profile.save()
    context = browser.new_context(base_url=site_on_live_server)
    page = context.new_page()
    sign_in_with_password(page)
    arrived(page, "/admin/")
    page.goto("/admin/two-factor/passkeys/")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.text_content(ADD).strip() == "Ychwanegu allwedd mynediad"
    assert "Wedi ychwanegu!" in page.request.get("/admin/passkeys/jsi18n/").text()
    assert_accessible(page, "the Welsh passkeys page")
    context.close()
