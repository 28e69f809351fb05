"""Hostile requests to the follow form and the pages its emails link to: forged, swapped and
malformed tokens, missing CSRF tokens, padded one-click bodies, odd addresses, forged ids."""

import pytest
from django.core import mail
from django.test import Client

from follows import tokens
from follows.models import ConsentRequest, FollowedLeader, Follower
from tests.follows.conftest import follow

pytestmark = pytest.mark.django_db


def _state():
    return (
        list(Follower.objects.order_by("pk").values()),
        list(FollowedLeader.objects.order_by("pk").values()),
        list(ConsentRequest.objects.order_by("pk").values()),
    )


@pytest.fixture
def follower(leaders):
    """Nia, confirmed, following both leaders in English."""
    nia = Follower.objects.create(email="nia@residents.example", language="en-gb")
    for blog in (leaders["ada"], leaders["bryn"]):
        FollowedLeader.objects.create(follower=nia, blog_key=blog.translation_key)
    return nia


def test_forged_swapped_and_malformed_tokens_and_other_methods_change_nothing(leaders, follower):
    other = Follower.objects.create(email="other@residents.example", language="cy")
    consent = ConsentRequest.objects.create(
        follower=follower, blog_keys=[], language="en-gb", page_url="https://x.example/"
    )
    stop = tokens.stop_token(follower, leaders["ada"].translation_key)
    manage = tokens.manage_token(follower)
    confirm = tokens.confirm_token(consent)
    urls = [
        f"/follow/manage/{stop}/",  # a token used for another purpose
        f"/follow/manage/{confirm}/",
        f"/follow/stop/{manage}/",
        f"/follow/confirm/{manage}/",
        f"/follow/stop/{tokens.make(other, 'manage')}/",
        f"/follow/manage/{manage[:-3]}/",  # truncated
        f"/follow/manage/{manage[:-1]}{'A' if manage[-1] != 'A' else 'B'}/",  # tampered
        f"/follow/manage/{manage.replace(':', 'é:', 1)}/",  # non-ASCII
        f"/follow/stop/{'x' * 100_000}/",  # huge
        f"/cy/follow/manage/{'ŵ' * 2_000}:{'ŷ' * 20}/",
    ]
    before = _state()
    client = Client()
    for url in urls:
        for method in (client.get, client.head, client.post):
            response = method(url, {"action": "stop_all"} if method == client.post else {})
            assert response.status_code == 404, (url[:60], method)
    # A genuine link: any other method is refused, and a GET with a query acts on nothing.
    for url in (f"/follow/stop/{stop}/", f"/follow/manage/{manage}/"):
        assert client.options(url).status_code == 405
        assert client.put(url, "action=stop_all").status_code == 405
        assert client.delete(url).status_code == 405
        assert client.get(url, {"action": "stop_all"}).status_code == 200
    assert _state() == before


def test_the_manage_page_posts_need_their_csrf_token(leaders, follower):
    manage = f"/follow/manage/{tokens.manage_token(follower)}/"
    browser = Client(enforce_csrf_checks=True)
    assert browser.get(manage).status_code == 200
    before = _state()
    for data in (
        {"action": "stop_all"},
        {"action": "new_link"},
        {"action": "save", "leaders": [], "language": "cy"},
    ):
        assert browser.post(manage, data).status_code == 403
    assert _state() == before and not mail.outbox


def test_one_click_post_carrying_manage_fields_stops_only_that_follow(leaders, follower):
    stop = f"/follow/stop/{tokens.stop_token(follower, leaders['ada'].translation_key)}/"
    body = {
        "List-Unsubscribe": "One-Click",
        "action": ["stop_all", "new_link", "save"],
        "leaders": [],
        "language": "cy",
    }
    assert Client(enforce_csrf_checks=True).post(stop, body).status_code == 200
    follower.refresh_from_db()
    assert follower.language == "en-gb" and follower.link_version == 1
    assert list(follower.follows.values_list("blog_key", flat=True)) == [
        leaders["bryn"].translation_key
    ]
    assert not mail.outbox


def test_forged_duplicated_and_foreign_leader_ids_are_refused_or_folded(client, leaders):
    ada, bryn = str(leaders["ada"].translation_key), str(leaders["bryn"].translation_key)
    leaders["bryn"].unpublish()
    refused = [
        ["not-a-uuid"],
        ["00000000-0000-0000-0000-000000000000"],
        [bryn],  # unpublished
        [str(leaders["ada_cy"].pk)],
        [ada, "x" * 10_000],
    ]
    for chosen in refused:
        assert follow(client, "/", leaders=chosen).status_code == 400, chosen[:1]
    assert not Follower.objects.exists() and not mail.outbox
    # The same leader thousands of times is one leader: one name in the email, one follow.
    assert follow(client, "/", leaders=[ada] * 5_000).status_code == 200
    assert ConsentRequest.objects.get().blog_keys == [ada]
    [message] = mail.outbox
    assert message.body.count("Ada Lovell") == 1


def test_an_address_with_control_characters_is_refused_not_mailed(client, leaders):
    """Django's EmailField accepts quoted local parts with control characters; the mail
    library later reads some of them as line breaks (a header injection it refuses with an
    error at sending time, after the person was told an email was on its way)."""
    for email in ('"a\x0bBcc:v@evil.example"@residents.example', '"a\x01b"@residents.example'):
        response = follow(client, leaders["ada"].url, email=email)
        assert response.status_code == 400
        assert "correct format" in response.content.decode()
    assert not Follower.objects.exists() and not mail.outbox


def test_the_address_limit_counts_one_mailbox_however_it_is_written(client, leaders, settings):
    settings.LEADERS_FOLLOWS = {"RATE_LIMITS": [(3600, 2)]}
    variants = ["nia@residents.example", " NIA@Residents.Example ", "nia+1@residents.example"]
    answers = [
        follow(Client(REMOTE_ADDR=f"127.0.0.{n}"), leaders["ada"].url, email=email).status_code
        for n, email in enumerate(variants, start=2)
    ]
    assert answers == [200, 200, 429]
