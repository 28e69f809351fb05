"""Hostile requests to the comment form and the pages its emails link to: odd addresses,
rate limits dodged by rewriting one address, forged and stale unsubscribe links."""

import pytest
from django.core import mail
from django.test import Client

from comments.notifications import mute_token

from .conftest import comments_on, make_comment, submit

pytestmark = pytest.mark.django_db


def test_an_address_with_control_characters_is_refused_not_mailed(client, post_a):
    response = submit(client, post_a, email='"c\x0bBcc:v@evil.example"@residents.example')
    assert response.status_code == 400
    assert "correct format" in response.content.decode()
    assert not mail.outbox


def test_the_address_limit_counts_one_mailbox_however_it_is_written(post_a, settings):
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "RATE_LIMITS": [(3600, 2)]}
    variants = ["carys@residents.example", "CARYS@residents.example", "carys+x@residents.example"]
    answers = [
        submit(Client(REMOTE_ADDR=f"127.0.0.{n}"), post_a, f"Point {n}", email=email).status_code
        for n, email in enumerate(variants, start=2)
    ]
    assert answers == [200, 200, 429]


def test_malformed_unsubscribe_and_confirmation_tokens_get_a_clear_page(post_a):
    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)
    good = mute_token("fran@residents.example", post_a.pk)
    client = Client()
    for path in (
        f"/comments/unsubscribe/{good[:-2]}/",
        f"/comments/unsubscribe/{good.replace(':', 'ŵ:', 1)}/",
        f"/comments/unsubscribe/{'x' * 100_000}/",
        f"/comments/confirm/{good}/",  # an unsubscribe token is no confirmation
        f"/cy/comments/confirm/{'ŷ' * 2_000}:{'a' * 40}/",
    ):
        for method in (client.get, client.head, client.post):
            assert method(path).status_code == 404, (path[:50], method)
    assert comments_on(post_a).get().followup is True


def test_an_unsubscribe_link_outliving_its_post_still_answers(post_a):
    """A reply email can be older than the post's deletion: its link must not break."""
    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)
    path = f"/comments/unsubscribe/{mute_token('fran@residents.example', post_a.pk)}/"
    post_a.delete()
    client = Client(enforce_csrf_checks=True)
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200
