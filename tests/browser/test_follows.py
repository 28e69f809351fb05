"""The follower's pages in a real Chromium, in English and Welsh: the form on a blog, its error
page, "check your email", the confirmation page and its result, the manage page and the
one-leader stop page each pass axe (WCAG 2.2 AA)."""

import re

import pytest
from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext, override

from demo.welsh import translate, welsh_locale
from follows import tokens
from follows.models import Follower
from tests import factories
from tests.browser.helpers import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def blogs(live_server, settings):
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    home = factories.home_page()
    directory = factories.directory_page(home)
    blog = factories.leader_blog(directory, "Ada Lovell")
    cy = welsh_locale()
    translate(home, cy, {"title": "Lleisiau Arwain"})
    translate(directory, cy, {"title": "Ein harweinwyr"})
    blog_cy = translate(blog, cy, {"title": "Ada Lovell", "name": "Ada Lovell"})[0]
    return {"en-gb": blog, "cy": blog_cy}


@pytest.mark.parametrize("language", ["en-gb", "cy"])
def test_the_follow_pages_pass_axe_in_both_languages(blogs, new_page, language):
    page = new_page()
    page.set_default_timeout(20_000)
    blog = blogs[language]
    with override(language):
        follow_button, confirm_button = gettext("Follow"), gettext("Confirm and start the emails")
        manage_link = gettext("Manage your emails")
    page.goto(blog.url)
    assert_accessible(page, f"{language} blog with the follow form")
    page.get_by_role("button", name=follow_button, exact=True).click()
    page.wait_for_selector(".error-summary")
    assert_accessible(page, f"{language} follow form with errors")
    page.fill("input[type=email]", "nia@residents.example")
    page.get_by_role("button", name=follow_button, exact=True).click()
    page.wait_for_selector("h1")
    assert_accessible(page, f"{language} check your email")

    confirm = re.search(r"https://[^/\s]+(/\S+/confirm/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(confirm)
    assert_accessible(page, f"{language} confirmation page")
    page.get_by_role("button", name=confirm_button).click()
    page.get_by_role("link", name=manage_link).click()
    page.wait_for_url("**/follow/manage/**")
    assert_accessible(page, f"{language} manage page")

    follower = Follower.objects.get()
    assert follower.confirmed_at <= timezone.now() and follower.language == language
    prefix = "/cy" if language == "cy" else ""
    page.goto(f"{prefix}/follow/stop/{tokens.stop_token(follower, blog.translation_key)}/")
    assert_accessible(page, f"{language} stop page")
