"""Hostile input to the comment form and the reader routes (hypothesis): never a 500, and a
refused comment leaves no row behind; oversized comments are refused with a 4xx."""

import urllib.parse

import pytest
from django.core.cache import cache
from django_comments_xtd.models import XtdComment
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comments.models import PendingConfirmation
from tests.comments.conftest import comment_form

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FORM_FIELDS = [
    "name",
    "email",
    "comment",
    "followup",
    "honeypot",
    "timestamp",
    "security_hash",
    "content_type",
    "object_pk",
    "reply_to",
]
anything = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
segment = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("/.%-_"),
    min_size=1,
    max_size=60,
)


def stored_rows() -> int:
    return XtdComment.objects.count() + PendingConfirmation.objects.count()


@pytest.fixture
def valid_form(client, post_a, settings):
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    data = comment_form(client, post_a.url)
    data.update(name="Carys Jones", email="carys@residents.example")
    return data


def test_the_unchanged_form_is_accepted_so_the_fuzzing_starts_from_a_valid_post(client, valid_form):
    response = client.post(
        "/comments/post/", {**valid_form, "comment": "A question about the library hours."}
    )
    assert response.status_code == 200
    assert PendingConfirmation.objects.count() == 1


@FUZZ
@given(changes=st.dictionaries(st.sampled_from(FORM_FIELDS), anything, max_size=4))
def test_any_comment_form_values_get_an_answer_and_a_refusal_stores_nothing(
    client, valid_form, changes
):
    cache.clear()  # rate limits would otherwise end every example at the same 429
    before = stored_rows()
    data = {**valid_form, "comment": "A question about the library hours.", **changes}
    response = client.post("/comments/post/", data)
    assert response.status_code < 500
    if response.status_code >= 400:
        assert stored_rows() == before
    else:
        assert stored_rows() <= before + 1
    PendingConfirmation.objects.all().delete()  # later examples are not duplicates of this one


@FUZZ
@given(query=anything)
def test_any_search_query_answers_without_a_server_error(client, post_a, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


@FUZZ
@given(year=st.integers(0, 99999), month=st.integers(0, 999))
def test_any_archive_year_and_month_answer_without_a_server_error(client, blog_a, year, month):
    for url in (f"{blog_a.url}{year:04d}/", f"{blog_a.url}{year:04d}/{month:02d}/"):
        assert client.get(url).status_code in {200, 404}, url


@FUZZ
@given(tag=segment)
def test_any_tag_or_feed_url_answers_without_a_server_error(client, blog_a, post_a, tag):
    quoted = urllib.parse.quote(tag, safe="")
    for url in (
        f"/tags/{quoted}/",
        f"{blog_a.url}tag/{quoted}/",
        f"/tags/{quoted}/feed/",
        f"/feed/{quoted}/",
        f"{blog_a.url}feed/{quoted}/",
    ):
        assert client.get(url).status_code < 500, url


@pytest.mark.parametrize("length", [3001, 100_000])
def test_an_oversized_comment_is_refused_with_400_and_stores_nothing(client, valid_form, length):
    before = stored_rows()
    response = client.post("/comments/post/", {**valid_form, "comment": "x" * length})
    assert response.status_code == 400
    assert stored_rows() == before


def test_a_request_body_beyond_the_upload_limit_is_refused_with_400(client, valid_form, settings):
    before = stored_rows()
    body = "comment=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(
        "/comments/post/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert stored_rows() == before
