"""Hostile input to the comment form, the reader routes and the comments admin (hypothesis):
never a 500, and a refused comment leaves no row behind; an id no comment can have (too large
for the database, malformed) answers 404; oversized comments are refused with a 4xx."""

import urllib.parse

import pytest
from django.core.cache import cache
from django_comments_xtd.models import XtdComment
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from comments.models import PendingConfirmation
from tests.comments.conftest import comment_form, make_comment
from tests.production.hostile_ids import ids, in_path, row_counts, signed_in_superuser

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# The comments admin makes a dozen requests per example.
ADMIN_FUZZ = settings(FUZZ, max_examples=20)
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
@given(changes=st.dictionaries(st.sampled_from(["object_pk", "reply_to"]), ids, min_size=1))
def test_any_post_or_parent_id_in_the_comment_form_gets_an_answer_and_a_refusal_stores_nothing(
    client, valid_form, changes
):
    cache.clear()
    before = row_counts()
    data = {**valid_form, "comment": "A question about the library hours.", **changes}
    response = client.post("/comments/post/", data)
    assert response.status_code < 500
    if response.status_code >= 400:
        assert row_counts() == before
    PendingConfirmation.objects.all().delete()


@pytest.mark.parametrize("field", ["object_pk", "reply_to"])
@pytest.mark.parametrize("value", ["99999999999999999999999", str(2**63), "abc", "-1"])
def test_an_impossible_post_or_parent_id_is_refused_and_stores_nothing(
    client, valid_form, field, value
):
    before = row_counts()
    response = client.post(
        "/comments/post/", {**valid_form, "comment": "About the library.", field: value}
    )
    # A forged post id: no such post (404); a forged parent: the form was tampered with (400).
    assert response.status_code == (404 if field == "object_pk" else 400)
    assert "could not be sent" in response.content.decode()
    assert row_counts() == before


@pytest.fixture
def public_comment(post_a):
    return make_comment(post_a, "The library should open on Sundays.")


@FUZZ
@given(comment_id=ids)
def test_any_comment_id_in_the_reply_and_report_urls_answers_404_and_stores_nothing(
    client, public_comment, comment_id
):
    assume(comment_id != str(public_comment.pk))
    cache.clear()
    before = row_counts()
    reply, report = (f"/comments/{kind}/{in_path(comment_id)}/" for kind in ("reply", "report"))
    assert client.get(reply).status_code == 404
    assert client.get(report).status_code == 404
    assert client.post(report, {"reason": "spam"}).status_code == 404
    assert row_counts() == before


@pytest.fixture
def moderator_client(client, db):
    return signed_in_superuser(client, "fuzz.moderator")


COMMENT_ADMIN_ROUTES = ["", "reply/", "approve/", "remove/", "restore/", "erase/"]
BULK = "/admin/bulk/django_comments_xtd/xtdcomment/"


@ADMIN_FUZZ
@given(comment_id=ids)
def test_any_comment_id_in_the_comments_admin_answers_404_and_changes_nothing(
    moderator_client, post_a, comment_id
):
    held = make_comment(post_a, "Please fix the potholes.", public=False)
    assume(comment_id != str(held.pk))
    before = row_counts()
    for route in COMMENT_ADMIN_ROUTES:
        url = f"/admin/comments/{in_path(comment_id)}/{route}"
        assert moderator_client.get(url).status_code in {404, 405}, url
        assert moderator_client.post(url, {"reply": "Thanks."}).status_code == 404, url
    held.refresh_from_db()
    assert not held.is_public and not held.is_removed
    assert row_counts() == before
    held.delete()


@ADMIN_FUZZ
@given(value=ids)
def test_any_leader_filter_or_bulk_selection_answers_without_a_server_error(
    moderator_client, post_a, value
):
    held = make_comment(post_a, "Please fix the potholes.", public=False)
    assume(value != str(held.pk))
    for url in ("/admin/comments/", "/admin/comments/results/"):
        assert moderator_client.get(url, {"leader": value}).status_code == 200
    before = row_counts()
    for action in ("approve/", "remove/"):
        query = urllib.parse.urlencode({"id": value})
        # The confirmation lists no comment; confirming it acts on none.
        assert moderator_client.get(f"{BULK}{action}?{query}").status_code == 200
        assert moderator_client.post(f"{BULK}{action}?{query}").status_code == 302
    held.refresh_from_db()
    assert not held.is_public and not held.is_removed
    assert row_counts() == before
    held.delete()


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
