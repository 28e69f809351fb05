"""The pages the links in comment emails open, in Chromium, in English and Welsh: accessible
(axe), one clearly labelled button reached by keyboard, and nothing done until it is pressed."""

import re

import pytest
from django.core import mail
from django.test import Client

from comments.models import PendingConfirmation
from comments.notifications import mute_token
from tests.browser.helpers import assert_accessible, tab_to
from tests.comments.conftest import confirmation_link, make_comment, submit
from tests.comments.test_welsh_comments import in_welsh, welsh_version

pytestmark = pytest.mark.browser


@pytest.fixture
def links(live_server, home, directory, blog_a, post_a, settings):
    """A confirmation link and an unsubscribe link, with the post in both languages."""
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    for page in (home, directory, blog_a):
        welsh_version(page)
    welsh_version(post_a, title="Gwrando yn gyntaf")
    mail.outbox.clear()
    submit(Client(), post_a)
    make_comment(post_a, user_email="fran@residents.example", followup=True)
    return {
        "confirm": confirmation_link(mail.outbox),
        "mute": f"/comments/unsubscribe/{mute_token('fran@residents.example', post_a.pk)}/",
    }


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_link_pages_are_accessible_and_act_only_on_their_button(
    language, links, new_page, post_a
):
    prefix = "/cy" if language == "cy" else ""
    text = in_welsh if language == "cy" else str
    page = new_page()
    for kind, button in (("confirm", "Confirm my comment"), ("mute", "Stop these emails")):
        page.goto(prefix + links[kind])
        assert page.locator("html").get_attribute("lang").startswith(language)
        assert_accessible(page, f"the {kind} page ({language})")
        label = text(button)
        assert page.get_by_role("button", name=label).count() == 1
        assert re.search(r"\S", page.locator("h1").inner_text())
        tab_to(page, lambda element, label=label: element["text"] == label)

    assert PendingConfirmation.objects.get().confirmed_at is None
    page.goto(prefix + links["confirm"])
    page.get_by_role("button", name=text("Confirm my comment")).click()
    page.wait_for_load_state()
    assert_accessible(page, f"the page after confirming ({language})")
    assert PendingConfirmation.objects.get().confirmed_at is not None
