"""Nothing per person crosses between visitors through the page cache."""

import re

import pytest
from django.conf import settings
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

pytestmark = pytest.mark.django_db

USERBAR = "wagtail-userbar"
TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')


def token_and_cookie(client, response):
    token = TOKEN_RE.search(response.content.decode()).group(1)
    return token, client.cookies[settings.CSRF_COOKIE_NAME].value


def test_an_editors_view_is_never_served_to_an_anonymous_reader(editor_client, reader, post_a):
    editor_view = editor_client.get(post_a.url)
    assert USERBAR in editor_view.content.decode()
    for _ in range(2):
        assert USERBAR not in reader.get(post_a.url).content.decode()


def test_an_editor_never_gets_the_anonymous_cached_page(editor_client, reader, post_a):
    reader.get(post_a.url)
    cached = reader.get(post_a.url)
    assert cached.headers["X-Page-Cache"] == "hit"
    assert "Cookie" in cached.headers["Vary"]  # so no cache downstream hands it to the editor
    response = editor_client.get(post_a.url)
    assert "X-Page-Cache" not in response.headers
    assert USERBAR in response.content.decode()


def test_a_preview_of_a_draft_never_reaches_readers(editor_client, reader, post_a):
    post_a.title = "Draft headline under review"
    revision = post_a.save_revision()
    preview = editor_client.get(f"/admin/pages/{post_a.pk}/revisions/{revision.pk}/view/")
    assert "Draft headline under review" in preview.content.decode()
    for _ in range(2):
        assert "Draft headline under review" not in reader.get(post_a.url).content.decode()


@pytest.mark.urls("tests.performance.urls")
def test_each_reader_gets_their_own_csrf_token_from_a_cached_page(reader, other_reader, db):
    first = reader.get("/form-page/")
    assert first.headers["X-Page-Cache"] == "miss"
    second = other_reader.get("/form-page/")
    assert second.headers["X-Page-Cache"] == "hit"

    token_a, cookie_a = token_and_cookie(reader, first)
    token_b, cookie_b = token_and_cookie(other_reader, second)
    assert cookie_a != cookie_b
    assert _unmask_cipher_token(token_a) == cookie_a
    assert _unmask_cipher_token(token_b) == cookie_b
    assert cookie_a not in second.content.decode()
    assert _unmask_cipher_token(token_a) not in second.content.decode()


@pytest.mark.urls("tests.performance.urls")
def test_the_token_from_a_cached_page_passes_the_csrf_check(db):
    Client().get("/form-page/")  # someone else fills the cache
    reader = Client(enforce_csrf_checks=True)
    response = reader.get("/form-page/")
    assert response.headers["X-Page-Cache"] == "hit"
    token, _cookie = token_and_cookie(reader, response)
    assert reader.post("/form-page/", {"csrfmiddlewaretoken": token}).status_code == 200
    stranger = Client(enforce_csrf_checks=True)
    stranger.get("/form-page/")
    assert stranger.post("/form-page/", {"csrfmiddlewaretoken": token}).status_code == 403


@pytest.mark.urls("tests.performance.urls")
def test_a_reader_keeping_their_cookie_gets_304_and_a_new_reader_does_not(reader, db):
    etag = reader.get("/form-page/").headers["ETag"]
    assert reader.get("/form-page/", headers={"if-none-match": etag}).status_code == 304
    assert Client().get("/form-page/", headers={"if-none-match": etag}).status_code == 200


@pytest.mark.urls("tests.performance.urls")
def test_a_reader_with_a_pending_message_bypasses_the_cache(reader, post_a):
    reader.get(post_a.url)
    reader.get("/leave-message/")  # as after sending a comment: a message waits in a cookie
    assert "messages" in reader.cookies
    assert "X-Page-Cache" not in reader.get(post_a.url).headers


def test_a_logged_out_visitor_with_a_stale_session_cookie_is_not_served_from_cache(reader, post_a):
    reader.get(post_a.url)
    reader.cookies[settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    assert "X-Page-Cache" not in reader.get(post_a.url).headers


@pytest.mark.urls("tests.performance.urls")
def test_pages_with_a_form_are_kept_for_the_shorter_form_timeout(settings, reader, blog_a, post_a):
    settings.PAGE_CACHE_FORM_TIMEOUT = 0  # Django's cache: 0 means expire at once
    for page_with_a_form in ("/form-page/", post_a.url):  # the post carries the comment form
        reader.get(page_with_a_form)
        assert reader.get(page_with_a_form).headers["X-Page-Cache"] == "miss"
    reader.get(blog_a.url)
    assert reader.get(blog_a.url).headers["X-Page-Cache"] == "hit"
