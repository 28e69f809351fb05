"""Following a leader through HTTP, in English and Welsh: double opt-in, manage, stop."""

import pytest
from django.core import mail
from django.test import Client

from follows.models import ConsentRequest, FollowedLeader, Follower
from tests.follows.conftest import follow, last_links, links

pytestmark = pytest.mark.django_db


def _state():
    """Everything following stores, to prove a request changed nothing."""
    return (
        list(Follower.objects.order_by("pk").values()),
        list(FollowedLeader.objects.order_by("pk").values()),
        list(ConsentRequest.objects.order_by("pk").values()),
    )


@pytest.mark.parametrize("prefix, language", [("", "en-gb"), ("/cy", "cy")])
def test_follow_confirm_manage_and_stop(client, leaders, prefix, language):
    blog_url = leaders["ada_cy" if prefix else "ada"].url
    response = follow(client, blog_url)
    assert response.status_code == 200
    assert not FollowedLeader.objects.exists()  # nothing before confirmation
    [email] = mail.outbox
    assert email.to == ["nia@residents.example"]
    assert "Ada Lovell" in email.body

    [confirm] = last_links("confirm")
    assert confirm.startswith(f"{prefix}/follow/confirm/")
    before = _state()
    page = client.get(confirm)
    assert page.status_code == 200 and b'<form method="post"' in page.content
    assert _state() == before  # opening the link changes nothing

    assert client.post(confirm).status_code == 200
    follower = Follower.objects.get()
    assert follower.language == language and follower.confirmed_at
    assert list(follower.follows.values_list("blog_key", flat=True)) == [
        leaders["ada"].translation_key
    ]
    consent = follower.consents.get()
    assert consent.confirmed_at and consent.page_url == f"https://leaders.example{blog_url}"
    assert consent.blog_keys == [str(leaders["ada"].translation_key)]
    assert client.post(confirm).status_code == 200  # a second click: "already confirmed"
    assert follower.follows.count() == 1


def test_all_leaders_form_on_home_page_then_manage(client, leaders):
    keys = [str(leaders["ada"].translation_key), str(leaders["bryn"].translation_key)]
    assert follow(client, "/", leaders=keys).status_code == 200
    client.post(last_links("confirm")[0])
    follower = Follower.objects.get()
    assert follower.follows.count() == 2

    # The manage page: drop one leader and switch to Welsh, by POST only.
    from follows import tokens

    manage = f"/follow/manage/{tokens.manage_token(follower)}/"
    before = _state()
    assert client.get(manage).status_code == 200
    assert _state() == before
    response = client.post(manage, {"action": "save", "leaders": [keys[1]], "language": "cy"})
    assert response.status_code == 200
    follower.refresh_from_db()
    assert follower.language == "cy"
    assert [str(k) for k in follower.follows.values_list("blog_key", flat=True)] == [keys[1]]

    response = client.post(manage, {"action": "save", "leaders": ["nonsense"], "language": "cy"})
    assert response.status_code == 400 and follower.follows.count() == 1

    assert client.post(manage, {"action": "stop_all"}).status_code == 200
    assert not Follower.objects.exists() and not ConsentRequest.objects.exists()


def test_one_click_unsubscribe_needs_no_cookie_and_stops_only_that_follow(leaders):
    from follows import tokens

    follower = Follower.objects.create(email="a@b.example", language="en-gb")
    for blog in (leaders["ada"], leaders["bryn"]):
        FollowedLeader.objects.create(follower=follower, blog_key=blog.translation_key)
    stop = f"/follow/stop/{tokens.stop_token(follower, leaders['ada'].translation_key)}/"
    mail_program = Client(enforce_csrf_checks=True)
    assert mail_program.get(stop).status_code == 200
    assert follower.follows.count() == 2
    response = mail_program.post(stop, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert list(follower.follows.values_list("blog_key", flat=True)) == [
        leaders["bryn"].translation_key
    ]
    assert Follower.objects.filter(pk=follower.pk).exists()


def test_the_follow_form_carries_no_token_so_the_blog_page_stays_shareable(leaders):
    """The form borrows no authority (no cookie, no account), so it needs no CSRF token; a
    page without a per-reader token is compressed by the page cache and kept by a CDN."""
    reader = Client(enforce_csrf_checks=True)
    page = reader.get(leaders["ada"].url)
    assert b"csrfmiddlewaretoken" not in page.content
    assert page.headers["Cache-Control"].startswith("public")
    assert follow(reader, leaders["ada"].url).status_code == 200
    assert len(mail.outbox) == 1


def test_same_answer_whether_or_not_the_address_follows(client, leaders):
    first = follow(client, leaders["ada"].url, email="known@residents.example")
    client.post(last_links("confirm")[0])
    known = follow(client, leaders["ada"].url, email="known@residents.example")
    unknown = follow(client, leaders["ada"].url, email="other@residents.example")
    assert first.status_code == known.status_code == unknown.status_code == 200

    def main(response, email):
        html = response.content.decode()
        return html[html.index("<main") : html.index("</main>")].replace(email, "EMAIL")

    assert main(known, "known@residents.example") == main(unknown, "other@residents.example")


REFUSALS = [
    ({"honeypot": "x"}, "Leave this field empty"),
    ({"email": "not-an-address"}, "correct format"),
    ({"timestamp": "forged"}, "could not be checked"),
    ({"leaders": "00000000-0000-0000-0000-000000000000"}, "Choose at least one leader"),
]


def test_refusals_change_nothing_and_say_why_in_both_languages(client, leaders, settings):
    for values, message in REFUSALS:
        response = follow(client, leaders["ada"].url, **values)
        assert response.status_code == 400, values
        assert message in response.content.decode()
        welsh = follow(client, leaders["ada_cy"].url, **values)
        assert welsh.status_code == 400 and 'lang="cy"' in welsh.content.decode()
        assert message not in welsh.content.decode()
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 60}
    response = follow(client, leaders["ada"].url)
    assert response.status_code == 400 and "very quickly" in response.content.decode()
    assert not Follower.objects.exists() and not mail.outbox


def test_rate_limits_per_address_and_per_client(client, leaders, settings):
    settings.LEADERS_FOLLOWS = {"RATE_LIMITS": [(3600, 2)]}
    for _attempt in range(2):
        assert follow(client, leaders["ada"].url, email="same@x.example").status_code == 200
    refused = follow(client, leaders["ada"].url, email="same@x.example")
    assert refused.status_code == 429 and refused["Retry-After"]
    assert ConsentRequest.objects.count() == 2 and len(mail.outbox) == 2
    # Another address from another client: allowed; the same client with a third address: not.
    other = Client(REMOTE_ADDR="127.0.0.9")
    assert follow(other, leaders["ada"].url, email="new@x.example").status_code == 200
    assert follow(client, leaders["ada"].url, email="third@x.example").status_code == 429


def test_expired_and_revoked_links(client, leaders, settings):
    follow(client, leaders["ada"].url)
    client.post(last_links("confirm")[0])
    follower = Follower.objects.get()
    from follows import tokens

    manage = f"/follow/manage/{tokens.manage_token(follower)}/"
    settings.LEADERS_FOLLOWS = {"MANAGE_LINK_DAYS": 0}
    assert client.get(manage).status_code == 410
    assert client.post(manage, {"action": "stop_all"}).status_code == 410
    settings.LEADERS_FOLLOWS = {}
    assert client.post(manage, {"action": "new_link"}).status_code == 200
    assert client.get(manage).status_code == 404  # revoked
    assert client.post(manage, {"action": "stop_all"}).status_code == 404
    assert Follower.objects.exists()
    [fresh] = last_links("manage")
    assert client.get(fresh).status_code == 200
    assert client.get("/follow/manage/forged/").status_code == 404


def test_a_mail_scanner_opening_every_link_changes_nothing(client, leaders):
    follow(client, leaders["ada"].url)
    client.post(last_links("confirm")[0])
    from follows import tokens

    manage = f"/follow/manage/{tokens.manage_token(Follower.objects.get())}/"
    client.post(manage, {"action": "new_link"})  # an email with a manage link
    follow(client, leaders["ada_cy"].url, email="other@residents.example")  # left unconfirmed
    every_link = {link for message in mail.outbox for link in links(message)}
    assert {link.split("/")[-3] for link in every_link} == {"confirm", "manage"}
    before = _state()
    scanner = Client()
    for link in every_link:
        assert scanner.get(link).status_code in (200, 404)
        assert scanner.head(link).status_code in (200, 404)
    assert _state() == before
