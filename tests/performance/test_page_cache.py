"""The shared page cache: anonymous readers get cached pages that are fresh after every change."""

import gzip
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from wagtail.models import PageViewRestriction

from leaders.models import BlogPostPage
from pagecache.invalidation import invalidate_post
from tests import factories

pytestmark = pytest.mark.django_db


def cache_state(response):
    return response.headers.get("X-Page-Cache")


def without_tokens(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def test_second_anonymous_request_is_served_from_cache_without_queries(
    reader, post_a, django_assert_num_queries
):
    first = reader.get(post_a.url)
    assert first.status_code == 200
    assert cache_state(first) == "miss"
    with django_assert_num_queries(0):
        second = reader.get(post_a.url)
    assert cache_state(second) == "hit"
    # The same page, but each response carries its own masking of the reader's CSRF token.
    assert without_tokens(second.content) == without_tokens(first.content)


def test_publishing_a_new_post_shows_it_on_home_and_blog_at_once(reader, home, blog_a, post_a):
    for url in (home.url, blog_a.url):
        assert cache_state(reader.get(url)) == "miss"
        assert cache_state(reader.get(url)) == "hit"
    factories.blog_post(blog_a, title="Budget consultation opens", slug="budget")
    for url in (home.url, blog_a.url):
        assert "Budget consultation opens" in reader.get(url).content.decode()


def test_publishing_an_edit_refreshes_the_post_page(reader, post_a):
    reader.get(post_a.url)
    post_a.title = "Listening first, and acting"
    post_a.save_revision().publish()
    assert "Listening first, and acting" in reader.get(post_a.url).content.decode()


def test_a_draft_is_never_shown_and_does_not_invalidate(reader, post_a):
    reader.get(post_a.url)
    post_a.title = "Unapproved wording"
    post_a.save_revision()
    response = reader.get(post_a.url)
    assert cache_state(response) == "hit"
    assert "Unapproved wording" not in response.content.decode()


def test_publishing_in_one_blog_keeps_another_blogs_pages_cached(reader, blog_a, blog_b):
    post_b = factories.blog_post(blog_b, title="Fire safety week")
    for url in (blog_b.url, post_b.url):
        reader.get(url)
    factories.blog_post(blog_a, title="Another post for Ada")
    assert cache_state(reader.get(blog_b.url)) == "hit"
    assert cache_state(reader.get(post_b.url)) == "hit"


def test_unpublishing_through_the_admin_removes_the_post_everywhere(
    reader, editor_client, home, blog_a, post_a
):
    for url in (home.url, blog_a.url, post_a.url):
        reader.get(url)
    response = editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[post_a.pk]))
    assert response.status_code == 302
    assert reader.get(post_a.url).status_code == 404
    for url in (home.url, blog_a.url):
        assert "Listening first" not in reader.get(url).content.decode()


def test_deleting_through_the_admin_removes_the_post_everywhere(
    reader, editor_client, home, blog_a, post_a
):
    post_url = post_a.url
    for url in (home.url, blog_a.url, post_url):
        reader.get(url)
    response = editor_client.post(reverse("wagtailadmin_pages:delete", args=[post_a.pk]))
    assert response.status_code == 302
    assert not BlogPostPage.objects.filter(pk=post_a.pk).exists()
    assert reader.get(post_url).status_code == 404
    for url in (home.url, blog_a.url):
        assert "Listening first" not in reader.get(url).content.decode()


def test_moving_a_post_through_the_admin_refreshes_both_blogs(
    reader, editor_client, blog_a, blog_b, post_a
):
    for url in (blog_a.url, blog_b.url):
        reader.get(url)
    response = editor_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[post_a.pk, blog_b.pk])
    )
    assert response.status_code == 302
    assert "Listening first" not in reader.get(blog_a.url).content.decode()
    assert "Listening first" in reader.get(blog_b.url).content.decode()


def test_renaming_a_blog_refreshes_its_posts_bylines(reader, blog_a, post_a):
    reader.get(post_a.url)
    blog_a.name = "Dr Ada Lovell"
    blog_a.save_revision().publish()
    assert "Dr Ada Lovell" in reader.get(post_a.url).content.decode()


def test_invalidate_post_makes_the_post_page_render_again(reader, post_a):
    """Comment moderation calls this; the next reader sees the page rendered afresh."""
    reader.get(post_a.url)
    invalidate_post(post_a)
    assert cache_state(reader.get(post_a.url)) == "miss"


def test_pages_carry_an_etag_and_answer_304_when_unchanged(reader, post_a):
    for _ in range(2):  # from the render, then from the cache
        response = reader.get(post_a.url)
        etag = response.headers["ETag"]
        again = reader.get(post_a.url, headers={"if-none-match": etag})
        assert again.status_code == 304


def test_etag_changes_when_the_post_is_republished(reader, post_a):
    etag = reader.get(post_a.url).headers["ETag"]
    post_a.summary = "A new summary."
    post_a.save_revision().publish()
    assert reader.get(post_a.url, headers={"if-none-match": etag}).status_code == 200


def test_not_found_pages_are_not_cached(reader, blog_a):
    for _ in range(2):
        response = reader.get(blog_a.url + "no-such-post/")
        assert response.status_code == 404
        assert cache_state(response) is None


def test_a_password_protected_post_is_never_cached(reader, other_reader, post_a):
    restriction = PageViewRestriction.objects.create(
        page=post_a, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )
    form_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, post_a.pk])
    reader.post(form_url, {"password": "s3cret-pass", "return_url": post_a.url})
    assert "Some words." in reader.get(post_a.url).content.decode()
    response = other_reader.get(post_a.url)
    assert "Some words." not in response.content.decode()
    assert cache_state(response) is None


def test_cached_pages_are_sent_compressed_to_readers_who_accept_gzip(reader, blog_a, post_a):
    plain = reader.get(blog_a.url).content  # a listing: no form, so no per-reader token
    response = reader.get(blog_a.url, headers={"accept-encoding": "gzip, deflate"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["Vary"]
    assert gzip.decompress(response.content) == plain
    assert "Content-Encoding" not in reader.get(blog_a.url).headers


@pytest.mark.urls("tests.performance.urls")
def test_a_page_carrying_a_csrf_token_is_never_compressed(reader):
    reader.get("/form-page/")
    response = reader.get("/form-page/", headers={"accept-encoding": "gzip"})
    assert response.headers["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in response.headers


def test_editing_an_image_refreshes_pages_that_may_show_it(reader, blog_a, post_a):
    portrait = factories.image("Portrait of Ada")
    reader.get(post_a.url)
    assert cache_state(reader.get(post_a.url)) == "hit"
    portrait.focal_point_x = 10
    portrait.save()
    assert cache_state(reader.get(post_a.url)) == "miss"


def test_uploading_a_new_image_keeps_pages_cached(reader, post_a):
    reader.get(post_a.url)
    factories.image("Unused upload")
    assert cache_state(reader.get(post_a.url)) == "hit"


def test_approving_a_comment_refreshes_its_post(reader, post_a):
    comment = XtdComment.objects.create(
        content_type=ContentType.objects.get_for_model(BlogPostPage),
        object_pk=str(post_a.pk),
        site_id=1,
        user_name="A resident",
        comment="Held for moderation.",
        submit_date=timezone.now(),
        is_public=False,
    )
    reader.get(post_a.url)
    assert cache_state(reader.get(post_a.url)) == "hit"
    comment.is_public = True
    comment.save()
    assert cache_state(reader.get(post_a.url)) == "miss"
    reader.get(post_a.url)
    comment.delete()
    assert cache_state(reader.get(post_a.url)) == "miss"
