"""A citizen's comment through the real form: confirmed by email, held, approved, visible."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from comments.models import CommentReport, PendingConfirmation
from demo.starter_pages import create_site_pages
from tests import factories

from .conftest import (
    POST_URL,
    comment_form,
    comments_on,
    confirmation_link,
    make_comment,
    submit,
)


def nothing_stored(post):
    return not comments_on(post).exists() and not PendingConfirmation.objects.exists()


@pytest.mark.django_db
def test_comment_is_held_until_confirmed_and_approved_then_visible(client, post_a, comms_user):
    response = submit(client, post_a)

    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    assert not comments_on(post_a).exists()
    assert mail.outbox[-1].to == ["carys@residents.example"]

    response = client.post(confirmation_link(mail.outbox))

    assert "will appear once a moderator approves it" in response.content.decode()
    comment = comments_on(post_a).get()
    assert comment.is_public is False
    assert "A fair question" not in client.get(post_a.url).content.decode()

    moderator = Client()
    moderator.force_login(comms_user)
    moderator.post(f"/admin/comments/{comment.pk}/approve/")

    page = client.get(post_a.url).content.decode()
    assert "A fair question about the budget." in page
    assert f'id="c{comment.pk}"' in page
    assert "carys@residents.example" not in page
    assert "1 comment" in page


@pytest.mark.django_db
def test_signed_in_user_skips_email_confirmation(client, post_a, leader_b):
    client.force_login(leader_b)
    response = submit(client, post_a, name="", email="")

    assert "will appear once a moderator approves it" in response.content.decode()
    comment = comments_on(post_a).get()
    assert comment.user == leader_b
    assert comment.user_name == "Ben Okoro"
    assert comment.is_public is False
    assert not PendingConfirmation.objects.exists()


@pytest.mark.django_db
def test_reply_form_posts_a_reply_into_the_thread(client, post_a):
    parent = make_comment(post_a, "First!")
    reply_url = f"/comments/reply/{parent.pk}/"
    assert f'href="{reply_url}"' in client.get(post_a.url).content.decode()

    submit(client, reply_url, text="Replying to the first comment.")
    client.post(confirmation_link(mail.outbox))

    reply = comments_on(post_a).get(comment="Replying to the first comment.")
    assert reply.parent_id == parent.pk
    assert reply.level == 1


@pytest.mark.django_db
def test_reply_past_the_maximum_level_is_refused_and_stores_nothing(client, post_a):
    top = make_comment(post_a, "Level 0")
    middle = make_comment(post_a, "Level 1", parent=top)
    deepest = make_comment(post_a, "Level 2", parent=middle)
    assert deepest.level == 2
    assert client.get(f"/comments/reply/{deepest.pk}/").status_code == 400

    response = submit(client, post_a, reply_to=str(deepest.pk))

    assert response.status_code == 400
    assert comments_on(post_a).count() == 3
    assert not PendingConfirmation.objects.exists()


@pytest.mark.django_db
def test_reply_to_a_held_comment_is_refused(client, post_a):
    held = make_comment(post_a, "Not yet approved", public=False)
    response = submit(client, post_a, reply_to=str(held.pk))
    assert response.status_code == 400
    assert not PendingConfirmation.objects.exists()


@pytest.mark.django_db
def test_report_with_a_reason_puts_the_comment_in_the_queue(client, post_a, comms_user):
    comment = make_comment(post_a, "Something rude")
    report_url = f"/comments/report/{comment.pk}/"
    assert f'href="{report_url}"' in client.get(post_a.url).content.decode()

    assert client.post(report_url, {"reason": ""}).status_code == 400
    response = client.post(report_url, {"reason": "abusive", "details": "Name-calling."})

    assert response.status_code == 200
    report = CommentReport.objects.get()
    assert (report.comment, report.reason) == (comment, "abusive")
    client.force_login(comms_user)
    assert "Something rude" in client.get("/admin/comments/?status=reported").content.decode()


@pytest.mark.django_db
def test_post_moderated_blog_publishes_a_confirmed_comment_at_once(client, post_a, blog_a):
    blog_a.publish_comments_before_review = True
    blog_a.save_revision().publish()

    submit(client, post_a, text="Straight onto the page.")
    client.post(confirmation_link(mail.outbox))

    assert comments_on(post_a).get().is_public is True
    assert "Straight onto the page." in client.get(post_a.url).content.decode()


@pytest.mark.django_db
def test_missing_csrf_token_is_refused_and_stores_nothing(post_a):
    client = Client(enforce_csrf_checks=True)
    data = comment_form(client, post_a.url)
    data.pop("csrfmiddlewaretoken")
    data.update({"name": "Carys", "email": "carys@residents.example", "comment": "Hello"})

    response = client.post(POST_URL, data)

    assert response.status_code == 403
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_forged_content_type_is_refused_and_stores_nothing(client, post_a):
    response = submit(client, post_a, content_type="auth.user", object_pk="1")
    assert response.status_code == 404
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_form_for_a_post_then_unpublished_is_refused(client, post_a):
    data = comment_form(client, post_a.url)
    post_a.unpublish()
    data.update({"name": "Carys", "email": "carys@residents.example", "comment": "Hello"})

    assert client.post(POST_URL, data).status_code == 404
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_private_post_refuses_comments(client, post_a):
    data = comment_form(client, post_a.url)
    PageViewRestriction.objects.create(page=post_a, restriction_type="login")
    data.update({"name": "Carys", "email": "carys@residents.example", "comment": "Hello"})

    assert client.post(POST_URL, data).status_code == 404
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_preview_does_not_render_the_comment_form(client, post_a):
    admin = factories.UserFactory(username="site.admin", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(f"/admin/pages/{post_a.pk}/view_draft/")
    html = response.content.decode()
    assert response.status_code == 200
    assert POST_URL not in html
    assert "not shown in previews" in html


def _assert_closed(client, post, data, message):
    page = client.get(post.url).content.decode()
    assert POST_URL not in page
    assert message in page
    response = client.post(POST_URL, data)
    assert response.status_code == 403
    assert message in response.content.decode()
    assert nothing_stored(post)


def _filled_form(client, post):
    data = comment_form(client, post.url)
    data.update({"name": "Carys", "email": "carys@residents.example", "comment": "Hello"})
    return data


@pytest.mark.django_db
def test_comments_closed_on_the_post(client, post_a):
    data = _filled_form(client, post_a)
    post_a.allow_comments = False
    post_a.save_revision().publish()
    _assert_closed(client, post_a, data, "Comments are closed on this post.")


@pytest.mark.django_db
def test_comments_close_automatically_after_n_days(client, post_a, comment_settings):
    data = _filled_form(client, post_a)
    comment_settings.close_after_days = 30
    comment_settings.save()
    post_a.date = timezone.localdate() - datetime.timedelta(days=31)
    post_a.save_revision().publish()
    _assert_closed(client, post_a, data, "Comments close 30 days after")


@pytest.mark.django_db
def test_comments_close_on_a_former_leaders_blog(client, post_a, blog_a):
    data = _filled_form(client, post_a)
    blog_a.left_office_on = timezone.localdate() - datetime.timedelta(days=1)
    blog_a.save_revision().publish()
    _assert_closed(client, post_a, data, "has left office")


@pytest.mark.django_db
def test_pause_switch_closes_commenting_everywhere_with_the_teams_message(
    client, post_a, comment_settings
):
    data = _filled_form(client, post_a)
    comment_settings.paused = True
    comment_settings.paused_message = "Commenting is paused until the election on 7 May."
    comment_settings.save()
    _assert_closed(client, post_a, data, "Commenting is paused until the election on 7 May.")


@pytest.mark.django_db
def test_pause_switched_on_after_posting_stops_the_confirmation(client, post_a, comment_settings):
    submit(client, post_a)
    comment_settings.paused = True
    comment_settings.save()

    response = client.post(confirmation_link(mail.outbox))

    assert response.status_code == 403
    assert not comments_on(post_a).exists()
    assert PendingConfirmation.objects.get().confirmed_at is None


@pytest.mark.django_db
def test_invalid_form_shows_errors_with_a_summary_and_keeps_the_text(client, post_a):
    response = submit(client, post_a, email="not-an-email", name="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert 'href="#id_email"' in html
    assert "Enter your name." in html
    assert "A fair question about the budget." in html
    assert 'aria-invalid="true"' in html
    assert 'tabindex="-1" aria-labelledby="error-summary-title" data-error-summary' in html
    assert "/static/js/comments.js" in html  # moves focus to the summary, counts characters
    assert "<title>Error:" in html
    assert nothing_stored(post_a)


@pytest.mark.django_db
def test_sites_domain_follows_site_url():
    from django.contrib.sites.models import Site

    assert Site.objects.get_current().domain == "leaders.example"


@pytest.mark.django_db
@pytest.mark.parametrize("reply_to", ["abc", "-1", "999999"])
def test_bad_reply_to_is_refused_without_a_500(client, post_a, reply_to):
    response = submit(client, post_a, reply_to=reply_to)
    assert response.status_code == 400
    assert nothing_stored(post_a)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/comments/post/", "/comments/reply/999/", "/comments/report/999/"]
)
def test_bad_requests_to_comment_routes_get_a_4xx(client, url):
    assert 400 <= client.get(url).status_code < 500


class BrokenMailBackend:
    """A mail server that is down (a test double for Django's mail backend, not our code)."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.mark.django_db
def test_mail_server_down_keeps_nothing_and_says_so(client, post_a, settings):
    settings.EMAIL_BACKEND = "tests.comments.test_posting.BrokenMailBackend"
    response = submit(client, post_a)
    assert response.status_code == 503
    assert "could not send the confirmation email" in response.content.decode()
    assert nothing_stored(post_a)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/comments/api/feedback/", "/comments/api/leaders-blogpostpage/1/"]
)
def test_xtd_json_api_is_not_mounted(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_form_explains_the_email_and_links_the_privacy_notice_and_policy(client, home, post_a):
    create_site_pages(home)  # the pages the form links to
    html = client.get(post_a.url).content.decode()
    assert "To confirm your comment" in html and "It is never shown." in html
    assert 'href="/privacy/"' in html and 'href="/comment-policy/"' in html
    assert 'aria-describedby="id_email_helptext"' in html
    assert "You can enter up to 3000 characters" in html


@pytest.mark.django_db
def test_reply_to_a_comment_on_another_post_is_refused(client, post_a, blog_b):
    other_post = factories.blog_post(blog_b, title="Elsewhere", slug="elsewhere")
    elsewhere = make_comment(other_post, "On another post")
    response = submit(client, post_a, reply_to=str(elsewhere.pk))
    assert response.status_code == 400
    assert not PendingConfirmation.objects.exists()
