"""Spam and abuse rules, by local means only: each refusal stores nothing."""

import time

import pytest
from django.core import mail
from django.core.cache import caches
from django.utils import timezone

from comments.forms import CitizenCommentForm
from comments.models import CommentReport, PendingConfirmation

from .conftest import comments_on, confirmation_link, make_comment, submit


def nothing_stored(post):
    return not comments_on(post).exists() and not PendingConfirmation.objects.exists()


def signed_timestamp(post, seconds_ago):
    timestamp = int(time.time()) - seconds_ago
    form = CitizenCommentForm(post)
    return {"timestamp": str(timestamp), "security_hash": form.initial_security_hash(timestamp)}


@pytest.fixture
def post_moderated(blog_a, post_a):
    blog_a.publish_comments_before_review = True
    blog_a.save_revision().publish()
    return post_a


@pytest.mark.django_db
def test_filled_honeypot_is_refused(client, post_a):
    response = submit(client, post_a, honeypot="http://spam.example")
    assert response.status_code == 400
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_form_sent_back_within_three_seconds_is_refused(client, post_a, settings):
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 3}
    response = submit(client, post_a)
    assert response.status_code == 400
    assert "sent very quickly" in response.content.decode()
    assert nothing_stored(post_a)

    response = submit(client, post_a, **signed_timestamp(post_a, 5))
    assert response.status_code == 200


@pytest.mark.django_db
def test_form_older_than_two_hours_is_refused(client, post_a):
    response = submit(client, post_a, **signed_timestamp(post_a, 2 * 60 * 60 + 5))
    assert response.status_code == 400
    assert "over two hours" in response.content.decode()
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_forged_timestamp_is_refused(client, post_a):
    response = submit(client, post_a, timestamp=str(int(time.time()) - 60))
    assert response.status_code == 400
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_rate_limit_per_email_answers_429_with_when_to_retry(client, post_a):
    for number in range(5):
        assert submit(client, post_a, text=f"Comment number {number}").status_code == 200

    response = submit(client, post_a, text="One too many")

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Please try again in 1 minute" in response.content.decode()
    assert PendingConfirmation.objects.count() == 5


@pytest.mark.django_db
def test_rate_limit_per_ip_counts_every_email(client, post_a):
    for number in range(5):
        submit(client, post_a, text=f"Comment {number}", email=f"person{number}@residents.example")
    response = submit(client, post_a, text="Another", email="someone.else@residents.example")
    assert response.status_code == 429
    assert PendingConfirmation.objects.count() == 5


class Clock:
    """The time the site reads (time.time), from 01:00 UTC on a day to come, moved on by tests.

    Real seconds still pass on top of it, so nothing that waits on the clock stalls; starting
    early in a day keeps a test's few simulated minutes inside one daily window.
    """

    def __init__(self, monkeypatch):
        real_time = time.time
        started = real_time()
        origin = (int(started) // 86400 + 1) * 86400 + 3600
        self.offset = 0
        monkeypatch.setattr(time, "time", lambda: origin + (real_time() - started) + self.offset)

    def advance(self, seconds):
        self.offset += seconds


@pytest.mark.django_db
@pytest.mark.parametrize("counted_by", ["address", "email"])
def test_thirty_comments_a_day_then_429_until_the_day_is_over(
    client, post_a, monkeypatch, settings, counted_by
):
    # Counters and cached pages expire by the cache's own clock: a memory cache reads the clock
    # this test moves forward, where Redis (in the PostgreSQL run) keeps time on its server.
    settings.CACHES = {
        name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
        for name in ("default", "pages")
    }
    for name in ("default", "pages"):
        caches[name].clear()  # memory caches outlive a test: start from nothing
    clock = Clock(monkeypatch)

    def send(number):
        if counted_by == "address":  # one address, a new email address each time
            return submit(client, post_a, text=f"Comment {number}", email=f"p{number}@r.example")
        client.defaults["REMOTE_ADDR"] = f"192.0.2.{number}"  # one email, many addresses
        return submit(client, post_a, text=f"Comment {number}")

    for minute in range(6):  # five a minute, the most the per-minute limit allows
        for number in range(minute * 5, minute * 5 + 5):
            assert send(number).status_code == 200, number
        clock.advance(61)

    response = send(30)

    assert response.status_code == 429
    wait = int(response["Retry-After"])
    assert 60 < wait <= 24 * 60 * 60
    assert PendingConfirmation.objects.count() == 30
    clock.advance(wait)
    assert send(31).status_code == 200


@pytest.mark.django_db
def test_reports_of_a_comment_are_rate_limited_per_address(client, post_a):
    comment = make_comment(post_a, "Something to report")
    url = f"/comments/report/{comment.pk}/"
    for _ in range(5):
        assert client.post(url, {"reason": "spam"}).status_code == 200

    response = client.post(url, {"reason": "spam", "details": "Once more"})

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Please try again in 1 minute" in response.content.decode()
    assert CommentReport.objects.count() == 5
    # A reader on another address can still report it.
    assert client.post(url, {"reason": "spam"}, REMOTE_ADDR="198.51.100.7").status_code == 200
    assert CommentReport.objects.count() == 6


@pytest.mark.django_db
def test_identical_text_from_the_same_email_within_ten_minutes_is_refused(client, post_a):
    submit(client, post_a, text="Same words")
    response = submit(client, post_a, text="Same words")
    assert response.status_code == 400
    assert "already sent this comment" in response.content.decode()
    assert PendingConfirmation.objects.count() == 1

    PendingConfirmation.objects.update(created_at=timezone.now() - timezone.timedelta(minutes=11))
    assert submit(client, post_a, text="Same words").status_code == 200


@pytest.mark.django_db
def test_two_links_hold_a_comment_even_on_a_post_moderated_blog(client, post_moderated):
    submit(client, post_moderated, text="See https://a.example and www.b.example for more.")
    client.post(confirmation_link(mail.outbox))
    assert comments_on(post_moderated).get().is_public is False


@pytest.mark.django_db
def test_one_link_is_published_on_a_post_moderated_blog(client, post_moderated):
    submit(client, post_moderated, text="See https://a.example for more.")
    client.post(confirmation_link(mail.outbox))
    assert comments_on(post_moderated).get().is_public is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text", ["This is a SCAM, honestly", "Mae hyn yn sgam llwyr", "Rhywbeth am y bwrdd iechyd"]
)
def test_hold_list_words_in_english_or_welsh_hold_the_comment(
    client, post_moderated, comment_settings, text
):
    comment_settings.hold_words = "scam\nsgam\nbwrdd iechyd"
    comment_settings.save()
    submit(client, post_moderated, text=text)
    client.post(confirmation_link(mail.outbox))
    assert comments_on(post_moderated).get().is_public is False


@pytest.mark.django_db
def test_hold_words_match_whole_words_only(client, post_moderated, comment_settings):
    comment_settings.hold_words = "scam"
    comment_settings.save()
    submit(client, post_moderated, text="The scampi at the market was excellent.")
    client.post(confirmation_link(mail.outbox))
    assert comments_on(post_moderated).get().is_public is True


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["You are a Crook.", "Rwyt ti'n ffŵl"])
def test_deny_list_words_refuse_the_comment_outright(client, post_a, comment_settings, text):
    comment_settings.deny_words = "crook\nffŵl"
    comment_settings.save()
    response = submit(client, post_a, text=text)
    assert response.status_code == 400
    assert "comment policy" in response.content.decode()
    assert nothing_stored(post_a)
    assert not mail.outbox
