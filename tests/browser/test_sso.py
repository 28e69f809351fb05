"""Single sign-on in Chromium, end to end with a real OpenID Connect provider: the sign-in page
(axe), the provider's page, back to the page asked for; and an editor whose token runs out while
editing keeps the save and is brought back to the editor after signing in again."""

from django.contrib.sessions.backends.db import SessionStore

from tests import factories
from tests.browser.helpers import assert_accessible
from tests.sso.conftest import sso  # noqa: F401 - the fixture, shared with the HTTP tests

BUTTON = "Sign in with your Eastmoor Council account"


def sign_in_at_the_provider(page, sub):
    page.wait_for_selector("input[name=sub]")  # the provider's own page
    page.fill("input[name=sub]", sub)
    page.get_by_role("button", name="Authorize").click()


def expire_the_token(page):
    """What the clock does when the provider's token lifetime has passed."""
    key = next(c["value"] for c in page.context.cookies() if c["name"] == "sessionid")
    session = SessionStore(session_key=key)
    session["oidc_id_token_expiration"] = 0
    session.save()


def test_an_editor_signs_in_with_the_provider_and_keeps_their_work(sso, new_page):  # noqa: F811
    home = factories.home_page()
    blog = factories.leader_blog(factories.directory_page(home))
    post = factories.blog_post(blog, title="Bins and buses", publish=False)
    sso.set_user("cerys-sub", email="cerys@eastmoor.example", groups=["sg-blog-comms"])
    edit = f"/admin/pages/{post.pk}/edit/"

    page = new_page()
    page.goto(edit)
    page.wait_for_url(lambda url: "/admin/login/?next=" in url)
    assert page.locator("input[name=password]").count() == 1
    assert_accessible(page, "the admin sign-in page with the single sign-on button")
    page.get_by_role("link", name=BUTTON).click()
    sign_in_at_the_provider(page, "cerys-sub")
    page.wait_for_url(f"**{edit}")

    # The token runs out while Cerys edits: her save goes through...
    expire_the_token(page)
    page.fill("input[name=title]", "Bins, buses and libraries")
    page.locator("footer").get_by_role("button", name="Save draft", exact=True).click()
    # ...and the page after it asks the provider, which no longer vouches for her (signed out
    # there): she signs in again and is back in the editor, her words saved.
    page.wait_for_url(lambda url: "/admin/login/?next=" in url)
    post.refresh_from_db()
    assert post.get_latest_revision_as_object().title == "Bins, buses and libraries"
    page.get_by_role("link", name=BUTTON).click()
    sign_in_at_the_provider(page, "cerys-sub")
    page.wait_for_url(f"**{edit}")
    assert page.locator("input[name=title]").input_value() == "Bins, buses and libraries"
