"""Email through the real queue: gunicorn stores the message, a real `manage.py db_worker`
delivers it to a real SMTP server (aiosmtpd), retries a server that refuses for a while, and
gives up visibly; a confirmation link changes nothing when a scanner opens it, and the reply
emails' one-click unsubscribe works with a bare POST.

The site server, the worker and the SMTP server are shared by the session; each test tells its
emails apart by recipient address. Each `manage.py shell` costs seconds, so one sets up the
whole module (`sent`).
"""

import re
import time
import urllib.request
import uuid

import pytest

from tests.production.httpload import Client
from tests.production.test_comment_concurrency import MIN_FORM_AGE, fresh_form, shell, sign_in

pytestmark = pytest.mark.usefixtures("outbox_worker")


# A post of the demo site that takes comments.
DEMO_POST = "/leaders/amira-hassan/why-i-started-writing/"


def address(name: str) -> str:
    return f"{name}.{uuid.uuid4().hex[:8]}@residents.example"


SETUP = """
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from comments import actions
from leaders.models import BlogPostPage

post = BlogPostPage.objects.live().public().filter(allow_comments=True).first()
for subject, to in {emails}:
    send_mail(subject, "A test of the queue.", None, [to])

def comment(email, text, public):
    c = XtdComment(
        content_type=ContentType.objects.get_for_model(BlogPostPage), object_pk=str(post.pk),
        site_id=1, user_name="Fran", user_email=email, comment=text,
        submit_date=timezone.now(), is_public=public, followup=True,
    )
    c.save()
    return c

comment({follower!r}, "I follow this thread.", True)
new = comment("gwen@residents.example", "A new thought.", False)
actions.approve(new, get_user_model().objects.get(username="comms"))
"""


@pytest.fixture(scope="module")
def sent(site_server, smtp_server):
    """What site code sends outside a request, as a command would: an email to a mailbox the
    SMTP server refuses twice, one to a mailbox it always refuses, and the reply notification to
    a reader following a thread where a moderator approved a new comment."""
    emails = {
        "retried": (f"Retried {uuid.uuid4().hex[:8]}", address("dai")),
        "refused": (f"Refused {uuid.uuid4().hex[:8]}", address("ffion")),
    }
    follower = address("fran")
    smtp_server.refuse(emails["retried"][1], times=2)
    smtp_server.refuse(emails["refused"][1], times=None)
    shell(site_server, SETUP.format(emails=list(emails.values()), follower=follower))
    return {**emails, "follower": follower}


@pytest.fixture(scope="module")
def comment_form(site_server):
    """The comment form of a post (and the client that fetched it), requested before `sent`:
    the form is old enough to send by the time the setup is done."""
    client = Client(site_server.url())
    return client, fresh_form(client, DEMO_POST), time.monotonic()


@pytest.fixture(scope="module")
def comms(site_server):
    """A member of the communications team, signed in to the admin."""
    client = Client(site_server.url())
    sign_in(client, "comms")
    return client


def report_row(comms, subject: str, state: str, timeout: float = 60) -> list[str]:
    """The cells of the outgoing-email report's row for `subject`, once it shows `state` (what
    the communications team sees; the timeout is a safety stop, not a target)."""
    deadline = time.monotonic() + timeout
    while True:
        report = comms.get(f"/admin/reports/outgoing-email/?state={state}")
        assert report.status == 200
        if subject in report.body:
            row = report.body[report.body.index(subject) :].split("</tr>")[0]
            return [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in row.split("</td>")]
        assert time.monotonic() < deadline, f"{subject!r} never showed as {state}"
        time.sleep(0.2)


def test_a_comment_confirmation_travels_from_the_request_through_the_worker_to_smtp(
    site_server, smtp_server, comment_form, comms, sent
):
    to = address("carys")
    client, data, fetched = comment_form
    time.sleep(max(0, fetched + MIN_FORM_AGE - time.monotonic()))
    data.update(name="Carys Jones", email=to, comment="A question sent through the queue.")

    assert client.post("/comments/post/", data).status == 200

    [message] = smtp_server.wait_for(to)
    subject = message["Subject"].strip()  # the parser keeps the space of a folded header
    assert message["To"] == to
    assert message["From"] == "Leadership Voices <noreply@localhost>"
    assert subject.startswith("Confirm your comment on “")
    assert message["Message-ID"] and message["Date"]
    body = message.get_body(("plain",)).get_content()
    link = re.search(r"http://127\.0\.0\.1(/comments/confirm/[^/\s]+/)", body)[1]
    assert report_row(comms, subject, "sent")[1:4] == ["Sent", "1", ""]

    # A mail scanner opens the link: a page with a button, and the link is still unused.
    scanner = Client(site_server.url())
    assert scanner.request("HEAD", link).status == 200
    page = scanner.get(link)
    assert page.status == 200 and "Confirm my comment" in page.body

    # The person presses the button: the comment is stored, and only once.
    assert client.get(link).status == 200
    assert "Thank you for your comment" in client.post(link, {}).body
    assert "Comment already confirmed" in client.post(link, {}).body


def test_a_mail_server_that_refuses_for_a_while_gets_the_email_on_a_later_try(
    smtp_server, comms, sent
):
    subject, to = sent["retried"]

    [message] = smtp_server.wait_for(to)

    assert message["Subject"] == subject
    assert smtp_server.refused(to) == 2
    assert report_row(comms, subject, "sent")[1:4] == [
        "Sent",
        "3",
        "Every recipient refused (SMTP 451)",
    ]


def test_an_email_refused_at_every_try_shows_as_failed_in_the_communications_report(
    site_server, smtp_server, comms, sent
):
    subject, to = sent["refused"]

    row = report_row(comms, subject, "failed")

    assert row[1:4] == ["Failed", "3", "Every recipient refused (SMTP 451)"]
    assert smtp_server.refused(to) == 3 and smtp_server.for_address(to) == []
    report = comms.get("/admin/reports/outgoing-email/")
    assert subject in report.body and "residents.example" not in report.body
    leader = Client(site_server.url())
    sign_in(leader, "amira.hassan")
    assert leader.get("/admin/reports/outgoing-email/").status in (302, 403)


def test_one_click_unsubscribe_works_with_a_bare_post_from_a_mail_program(
    site_server, smtp_server, sent
):
    [message] = smtp_server.wait_for(sent["follower"])
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = message["List-Unsubscribe"].strip()  # the parser keeps the folding space
    unsubscribe = re.fullmatch(r"<http://127\.0\.0\.1(/comments/unsubscribe/[^/\s]+/)>", header)
    assert unsubscribe, header
    unsubscribe = unsubscribe[1]
    assert unsubscribe in message.get_body(("plain",)).get_content()

    # What a mail program sends: no cookie, no session, no CSRF token, no Referer.
    request = urllib.request.Request(  # noqa: S310 - the test server on 127.0.0.1
        site_server.url(unsubscribe),
        data=b"List-Unsubscribe=One-Click",
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        assert response.status == 200
        assert "Set-Cookie" not in response.headers

    following = shell(
        site_server,
        "from django_comments_xtd.models import XtdComment\n"
        f"print(XtdComment.objects.filter(user_email={sent['follower']!r}, followup=True).count())",
    )
    assert following == "0"
