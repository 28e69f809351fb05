"""The accessibility report form follows the comment form's spam rules (comments/antispam.py).

Each refusal sends no mail, says why, and shows the form again with what the reader wrote, so a
legitimate report is never lost.
"""

import time

import pytest
from django.core import mail, signing

from comments import antispam
from comments.models import CommentSettings
from tests.comments.conftest import form_fields

from .conftest import REPORT_URL, send_report

PROBLEM = "The video on the budget post has no captions."


def shown_seconds_ago(seconds):
    """The form's signed timestamp as if the page had been shown `seconds` ago."""
    when = int(time.time()) - seconds
    return signing.Signer(salt=antispam.TIMESTAMP_SALT).sign(str(when))


def refused(response, message):
    """The form came back with `message`, the reader's text kept, and no mail was sent."""
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert PROBLEM in html
    assert mail.outbox == []
    return html


@pytest.mark.django_db
def test_filled_honeypot_is_refused_and_the_form_shown_again_can_be_sent(
    client, site_pages, instant_forms
):
    response = send_report(client, problem=PROBLEM, honeypot="http://spam.example")
    html = refused(response, "“Leave this field empty” was filled in")

    # What came back is a working form: sent as shown (the trap empty), it goes through.
    again = {**form_fields(html, action=""), "problem": PROBLEM}
    assert again["honeypot"] == ""
    assert client.post(REPORT_URL, again).status_code == 302
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_report_sent_sooner_than_the_minimum_time_is_refused(client, site_pages, settings):
    # A minimum far above how long the test takes to send a form it has just fetched.
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 60}
    refused(send_report(client, problem=PROBLEM), "That was sent very quickly")

    response = send_report(client, problem=PROBLEM, timestamp=shown_seconds_ago(65))
    assert response.status_code == 302
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_report_from_a_form_open_over_two_hours_is_refused(client, site_pages, instant_forms):
    response = send_report(client, problem=PROBLEM, timestamp=shown_seconds_ago(2 * 60 * 60 + 5))
    refused(response, "This form was open for over two hours")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "timestamp",
    ["", "1700000000", "1700000000:forged-signature", "not-a-time"],
    ids=["missing", "unsigned", "forged", "garbage"],
)
def test_missing_or_forged_timestamp_is_refused(client, site_pages, instant_forms, timestamp):
    refused(
        send_report(client, problem=PROBLEM, timestamp=timestamp), "The form could not be checked"
    )


@pytest.mark.django_db
def test_fifteen_reports_in_a_row_send_five_then_answer_429_keeping_the_text(
    client, site_pages, instant_forms
):
    statuses = [send_report(client, problem=PROBLEM).status_code for _ in range(14)]
    last = send_report(client, problem=PROBLEM)

    assert statuses == [302] * 5 + [429] * 9
    assert last.status_code == 429
    assert len(mail.outbox) == 5
    assert 0 < int(last["Retry-After"]) <= 60
    html = last.content.decode()
    assert "You have sent several reports in a short time" in html
    assert "send it again in 1 minute, or email it to accessibility@eastmoor.example" in html
    assert PROBLEM in html


@pytest.mark.django_db
def test_rate_limit_per_email_counts_reports_from_every_address(client, site_pages, instant_forms):
    for number in range(5):
        response = send_report(
            client, remote_addr=f"192.0.2.{number}", problem=PROBLEM, email="sam@example.org"
        )
        assert response.status_code == 302

    response = send_report(
        client, remote_addr="198.51.100.9", problem=PROBLEM, email="SAM@example.org"
    )

    assert response.status_code == 429
    assert len(mail.outbox) == 5
    # Another reader on another address is not held back.
    assert send_report(client, remote_addr="198.51.100.10", problem=PROBLEM).status_code == 302


@pytest.mark.django_db
def test_a_reply_address_with_control_characters_is_refused(client, site_pages, instant_forms):
    """It would go in the report's Reply-To, which the mail library cannot write."""
    email = '"s\x0bBcc:v@evil.example"@example.org'
    refused(send_report(client, problem=PROBLEM, email=email), "correct format")


@pytest.mark.django_db
def test_deny_list_words_refuse_the_report_and_keep_the_text(client, site_pages, instant_forms):
    words = CommentSettings.load()
    words.deny_words = "crook"
    words.save()
    response = send_report(client, problem=PROBLEM, name="Crook")
    refused(response, "We cannot send this report because it contains words")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("problem", "reason"),
    [
        (f"{PROBLEM} See https://a.example and www.b.example", "it contains 2 or more links"),
        (f"{PROBLEM} Also: cheap casino bonus", "it contains words on the hold list: casino"),
    ],
)
def test_links_or_hold_words_send_the_report_marked_for_checking(
    client, site_pages, instant_forms, problem, reason
):
    words = CommentSettings.load()
    words.hold_words = "casino"
    words.save()
    assert send_report(client, problem=PROBLEM).status_code == 302
    assert send_report(client, problem=problem).status_code == 302

    plain, marked = mail.outbox
    assert plain.subject == "Accessibility problem reported on Leadership Voices"
    assert "Check this report" not in plain.body
    assert marked.subject == "Check first: Accessibility problem reported on Leadership Voices"
    assert f"Check this report before you act on it or open its links: {reason}." in marked.body


@pytest.mark.django_db
def test_report_form_is_never_kept_in_a_cache(client, site_pages):
    """Its signed timestamp must say when this reader was shown the form, not another reader."""
    first = client.get(REPORT_URL)
    second = client.get(REPORT_URL)
    assert first.status_code == second.status_code == 200
    assert second.get("X-Page-Cache") != "hit"
    assert "no-store" in second["Cache-Control"]
