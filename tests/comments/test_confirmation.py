"""Confirmation links: https from SITE_URL, expire after 7 days, work exactly once, and only
through the button on the page they open (opening the link changes nothing)."""

import datetime
import re
import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone

from comments.models import PendingConfirmation

from .conftest import comments_on, confirmation_link, submit


@pytest.mark.django_db
def test_confirmation_link_is_https_from_the_site_url(client, post_a):
    submit(client, post_a)
    body = mail.outbox[-1].body
    assert "https://leaders.example/comments/confirm/" in body
    assert "http://" not in body
    assert "testserver" not in body


@pytest.mark.django_db
def test_confirmation_email_carries_nothing_the_commenter_wrote(client, post_a):
    """It goes to any address typed in the form: it must not carry a stranger's text or links."""
    text = "Cheap watches at https://offers.example/deal and www.deals.example — Zanzibar"
    submit(client, post_a, text=text, name="Prize www.win.example", email="victim@example.org")

    [message] = mail.outbox
    assert message.to == ["victim@example.org"]
    everything = message.subject + "\n" + message.body
    for written in (
        "offers.example",
        "deals.example",
        "win.example",
        "Zanzibar",
        "watches",
        "Prize",
    ):
        assert written not in everything
    assert post_a.title in message.subject and post_a.title in message.body
    links = re.findall(r"(?:https?://|www\.)\S+", everything)
    assert links == [f"https://leaders.example{confirmation_link(mail.outbox)}"]


@pytest.mark.django_db
def test_confirmation_row_keeps_only_a_hash_of_the_token(client, post_a):
    submit(client, post_a)
    token = confirmation_link(mail.outbox).split("/")[-2]
    pending = PendingConfirmation.objects.get()
    assert token not in pending.token_hash
    assert len(pending.token_hash) == 64


@pytest.mark.django_db
def test_opening_the_link_shows_a_button_and_stores_nothing(client, post_a):
    submit(client, post_a)
    link = confirmation_link(mail.outbox)

    response = client.get(link)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Confirm my comment" in html and post_a.title in html
    assert re.search(r'<form method="post">', html)
    assert not comments_on(post_a).exists()
    assert PendingConfirmation.objects.get().confirmed_at is None


@pytest.mark.django_db
def test_confirming_twice_stores_one_comment(client, post_a):
    submit(client, post_a)
    link = confirmation_link(mail.outbox)

    first = client.post(link)
    second = client.post(link)

    assert first.status_code == second.status_code == 200
    assert "already confirmed" in second.content.decode()
    assert comments_on(post_a).count() == 1
    assert PendingConfirmation.objects.get().user_email == ""


@pytest.mark.django_db
def test_expired_link_is_refused_and_stores_nothing(client, post_a):
    submit(client, post_a)
    PendingConfirmation.objects.update(
        created_at=timezone.now() - datetime.timedelta(days=7, seconds=1)
    )

    link = confirmation_link(mail.outbox)

    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert "expired" in response.content.decode()
    assert not comments_on(post_a).exists()


@pytest.mark.django_db
def test_tampered_link_is_refused_and_stores_nothing(client, post_a):
    submit(client, post_a)
    link = confirmation_link(mail.outbox)
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]

    for response in (client.get(tampered), client.post(tampered)):
        assert response.status_code == 404
        assert "This link is not valid" in response.content.decode()
    assert not comments_on(post_a).exists()
    assert client.get("/comments/confirm/not-a-token/").status_code == 404


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ten_concurrent_confirmations_of_one_link_store_exactly_one_comment(post_a):
    submit(Client(), post_a)
    link = confirmation_link(mail.outbox)
    barrier = threading.Barrier(10)
    statuses, errors = [], []

    def open_link():
        try:
            barrier.wait(timeout=600)  # safety stops, not targets: a busy machine is slow
            statuses.append(Client().post(link).status_code)
        except Exception as error:  # reported below: a failed thread must fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=open_link) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)

    assert errors == []
    assert statuses == [200] * 10
    assert comments_on(post_a).count() == 1
