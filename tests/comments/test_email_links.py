"""No link in a comment email changes anything when it is merely opened: mail scanners open
every link before the person does. Only the button on the page a link opens acts, and the
reply emails' one-click unsubscribe (RFC 8058) works from a mail program with no cookie."""

import re

import pytest
from django.apps import apps
from django.core import mail
from django.test import Client

from comments.notifications import mute_token

from .conftest import comments_on, confirmation_link, make_comment, submit

LINK = re.compile(r"https?://[^\s<>\"]+")


def database_state() -> dict:
    """Every row of every table, to compare before and after."""
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models()
    }


def scan_every_link(messages) -> list[str]:
    """What a mail scanner does: open (HEAD, then GET, following redirects) every link in
    every email, with no cookie. Returns the links it opened."""
    links = sorted({link for message in messages for link in LINK.findall(message.body)})
    for link in links:
        assert link.startswith("https://leaders.example/"), link
        path = link.removeprefix("https://leaders.example")
        scanner = Client()
        assert scanner.head(path).status_code in (200, 302)
        assert scanner.get(path, follow=True).status_code < 500
    return links


def follower_email(address):
    [message] = [message for message in mail.outbox if message.to == [address]]
    return message


@pytest.mark.django_db
def test_a_scanner_opening_every_link_of_every_comment_email_changes_nothing(
    client, post_a, comms_user
):
    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)
    submit(client, post_a, followup="on")
    before = database_state()
    assert scan_every_link(mail.outbox)
    assert database_state() == before
    assert not comments_on(post_a).filter(user_email="carys@residents.example").exists()

    client.post(confirmation_link(mail.outbox))
    [held] = comments_on(post_a).filter(user_email="carys@residents.example")
    moderator = Client()
    moderator.force_login(comms_user)
    moderator.post(f"/admin/comments/{held.pk}/approve/")
    kinds = {message.subject.split("“")[0] for message in mail.outbox}
    assert kinds == {
        "Confirm your comment on ",
        "A comment is waiting for moderation on ",
        "New comment on your post ",
        "New reply on ",
    }

    before = database_state()
    links = scan_every_link(mail.outbox)
    assert database_state() == before
    assert any("/comments/unsubscribe/" in link for link in links)
    assert any("/comments/confirm/" in link for link in links)
    assert comments_on(post_a).get(user_email="fran@residents.example").followup is True


@pytest.mark.django_db
def test_the_unsubscribe_link_opens_a_page_whose_button_stops_the_emails(post_a, comms_user):
    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)
    moderator = Client()
    moderator.force_login(comms_user)
    moderator.post(f"/admin/comments/{make_comment(post_a, public=False).pk}/approve/")
    message = follower_email("fran@residents.example")
    path = re.search(r"https://leaders\.example(/comments/unsubscribe/\S+/)", message.body)[1]
    reader = Client()

    page = reader.get(path)

    html = page.content.decode()
    assert page.status_code == 200
    assert "Stop these emails" in html and post_a.title in html
    assert comments_on(post_a).get(user_email="fran@residents.example").followup is True
    assert reader.post(path).status_code == 200
    assert comments_on(post_a).get(user_email="fran@residents.example").followup is False


@pytest.mark.django_db
def test_one_click_unsubscribe_needs_no_cookie_and_does_only_that(post_a, comms_user):
    fran = make_comment(post_a, "Mine", user_email="fran@residents.example", followup=True)
    other = make_comment(post_a, "Theirs", user_email="gwen@residents.example", followup=True)
    moderator = Client()
    moderator.force_login(comms_user)
    moderator.post(f"/admin/comments/{make_comment(post_a, public=False).pk}/approve/")
    message = follower_email("fran@residents.example")
    mute_url = re.search(r"(https://leaders\.example/comments/unsubscribe/\S+/)", message.body)[1]
    assert message.extra_headers == {
        "List-Unsubscribe": f"<{mute_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    before = database_state()
    # A mail program: a bare POST, no cookie, no session, no CSRF token; CSRF checks enforced.
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(
        mute_url.removeprefix("https://leaders.example"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    after = database_state()
    changed = {label for label in before if before[label] != after[label]}
    assert changed == {"django_comments_xtd.XtdComment"}
    fran.refresh_from_db()
    other.refresh_from_db()
    assert fran.followup is False
    assert other.followup is True
    assert not response.cookies


@pytest.mark.django_db
def test_the_confirmation_button_still_needs_its_csrf_token(client, post_a):
    """Only the unsubscribe endpoint is exempt from CSRF checks."""
    submit(client, post_a)

    response = Client(enforce_csrf_checks=True).post(confirmation_link(mail.outbox))

    assert response.status_code == 403
    assert not comments_on(post_a).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_unsubscribe_link_gets_a_clear_page_and_changes_nothing(method, post_a):
    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)

    response = getattr(Client(), method)("/comments/unsubscribe/forged-token/")

    assert response.status_code == 404
    assert "This link is not valid" in response.content.decode()
    assert comments_on(post_a).get().followup is True


@pytest.mark.django_db
def test_the_pages_the_links_open_are_in_welsh_under_cy(client, post_a):
    from tests.comments.test_welsh_comments import in_welsh

    make_comment(post_a, "I follow this", user_email="fran@residents.example", followup=True)
    submit(client, post_a)
    welsh_confirm = "/cy" + confirmation_link(mail.outbox)
    welsh_mute = f"/cy/comments/unsubscribe/{mute_token('fran@residents.example', post_a.pk)}/"

    for path, button in ((welsh_confirm, "Confirm my comment"), (welsh_mute, "Stop these emails")):
        html = client.get(path).content.decode()
        assert 'lang="cy"' in html
        assert in_welsh(button) in html and button not in html
