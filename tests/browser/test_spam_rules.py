"""The spam rules through the real forms in Chromium: the honeypot and the minimum time.

A bot fills in every field and sends at once; a person never sees the honeypot and takes more
than a few seconds. Waits are for a condition (the browser's clock past the form's signed
timestamp), never a fixed sleep, and no duration is asserted.
"""

import pytest
from django.core import mail
from django.core.cache import caches

from comments.conf import option
from comments.models import PendingConfirmation

pytestmark = pytest.mark.browser

POST = "/leaders/amira-hassan/video-and-diagram/"
REPORT = "/accessibility/report/"
PATIENCE_MS = 60_000


@pytest.fixture
def site(demo_site):
    """The demo site with no page kept from an earlier test: each form is rendered afresh."""
    caches["pages"].clear()
    mail.outbox.clear()


def fill_comment(page, text="The new bus timetable works well for me."):
    form = page.locator("form.comment-form")
    form.get_by_label("Your name").fill("Carys Jones")
    form.get_by_label("Email address").fill("carys@residents.example")
    form.get_by_label("Your comment").fill(text)
    return form


def wait_until_old_enough(page, form):
    """Wait until the form's signed timestamp is more than the minimum time in the past."""
    seconds = option("MIN_SECONDS_TO_SUBMIT") + 1
    shown = form.locator("input[name=timestamp]").input_value()
    if ":" in shown:  # a plain form's timestamp is signed: "<seconds>:<signature>"
        shown = shown.split(":")[0]
    page.wait_for_function(
        "([shown, seconds]) => Date.now() / 1000 - shown > seconds",
        arg=[int(shown), seconds],
        timeout=PATIENCE_MS,
    )


def test_a_filled_honeypot_is_refused_with_a_message_and_nothing_is_kept(site, new_page):
    page = new_page()
    page.goto(POST)
    form = fill_comment(page)
    # The trap is off screen, hidden from assistive technology and out of the Tab order.
    trap = form.locator("input[name=honeypot]")
    assert trap.get_attribute("tabindex") == "-1"
    assert form.locator(".form-trap").get_attribute("aria-hidden") == "true"
    trap.fill("http://spam.example", force=True)  # as a bot fills every field it finds
    wait_until_old_enough(page, form)  # so only the honeypot can be the reason

    form.get_by_role("button", name="Send comment").click()

    page.wait_for_selector("h1:has-text('Your comment was not accepted')")
    assert "Your comment could not be sent. Reload the post and try again." in page.content()
    assert not PendingConfirmation.objects.exists()
    assert mail.outbox == []


def test_a_comment_sent_too_fast_is_refused_with_a_message(site, new_page, settings):
    # Far above how long the browser takes to fill in and send the form.
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 120}
    page = new_page()
    page.goto(POST)
    form = fill_comment(page)

    form.get_by_role("button", name="Send comment").click()

    summary = page.locator(".comment-form .error-summary")
    summary.wait_for()
    assert "That was sent very quickly" in summary.inner_text()
    # What the reader wrote is still there to send again.
    assert "The new bus timetable" in page.get_by_label("Your comment").input_value()
    assert not PendingConfirmation.objects.exists()
    assert mail.outbox == []


def test_a_comment_sent_after_a_few_seconds_is_held_for_confirmation(site, new_page):
    page = new_page()
    page.goto(POST)
    form = fill_comment(page)
    wait_until_old_enough(page, form)

    form.get_by_role("button", name="Send comment").click()

    page.wait_for_selector("h1:has-text('Check your email')")
    pending = PendingConfirmation.objects.get()
    assert pending.comment == "The new bus timetable works well for me."
    assert [message.to for message in mail.outbox] == [["carys@residents.example"]]


def test_the_report_form_refuses_a_bot_and_sends_a_person_s_report(site, new_page):
    page = new_page()
    page.goto(REPORT)
    form = page.locator("main form")
    form.get_by_label("What is the problem?").fill("The play button has no visible focus.")
    form.locator("input[name=honeypot]").fill("http://spam.example", force=True)
    wait_until_old_enough(page, form)
    form.get_by_role("button", name="Send report").click()

    summary = page.locator(".error-summary")
    summary.wait_for()
    assert "“Leave this field empty” was filled in" in summary.inner_text()
    assert mail.outbox == []

    # The form came back with the text kept and the trap empty: a person just sends it again.
    form = page.locator("main form")
    assert form.get_by_label("What is the problem?").input_value().startswith("The play button")
    wait_until_old_enough(page, form)
    form.get_by_role("button", name="Send report").click()

    page.wait_for_url("**/accessibility/report/sent/")
    [message] = mail.outbox
    assert "The play button has no visible focus." in message.body
