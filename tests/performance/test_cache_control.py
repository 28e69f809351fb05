"""What responses tell the caches after ours: public pages may be kept by a CDN (and served
stale while the site fails); nothing for one reader ever is."""

import pytest
from django.utils.cache import get_max_age

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str | bool]:
    found = {}
    for part in response.headers.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            found[name.lower()] = value or True
    return found


def assert_shared(response, settings):
    control = directives(response)
    assert control["public"] is True
    assert control["s-maxage"] == str(settings.CDN_MAX_AGE)
    assert control["stale-while-revalidate"] == str(settings.CDN_STALE_WHILE_REVALIDATE)
    assert control["stale-if-error"] == str(settings.CDN_STALE_IF_ERROR)
    assert get_max_age(response) == 0  # browsers revalidate with the ETag
    assert response.headers["ETag"]


def assert_private(response):
    control = directives(response)
    assert control.get("private") is True
    assert "public" not in control and "s-maxage" not in control


def test_a_listing_may_be_kept_by_a_cdn_whether_rendered_or_cached(reader, blog_a, settings):
    for state in ("miss", "hit"):
        response = reader.get(blog_a.url)
        assert response.headers["X-Page-Cache"] == state
        assert_shared(response, settings)
        etag = response.headers["ETag"]
        assert reader.get(blog_a.url, headers={"if-none-match": etag}).status_code == 304


def test_a_page_carrying_the_readers_csrf_token_stays_private(reader, post_a):
    for state in ("miss", "hit"):
        response = reader.get(post_a.url)
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert response.headers["X-Page-Cache"] == state
        assert_private(response)
        assert directives(response)["no-cache"] is True


def test_a_signed_in_editors_page_is_never_stored(editor_client, blog_a):
    response = editor_client.get(blog_a.url)
    assert_private(response)
    assert directives(response)["no-store"] is True


def test_a_preview_is_never_stored(editor_client, post_a):
    revision = post_a.save_revision()
    response = editor_client.get(f"/admin/pages/{post_a.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert_private(response)
    assert directives(response)["no-store"] is True


def test_the_admin_is_never_stored(editor_client):
    response = editor_client.get("/admin/")
    assert_private(response)
    assert directives(response)["no-store"] is True


def test_a_search_and_a_missing_page_tell_a_cdn_nothing_it_could_keep(reader, post_a):
    for response in (reader.get("/search/", {"q": "listening"}), reader.get("/no-such-page/")):
        control = directives(response)
        assert "public" not in control and "s-maxage" not in control


def test_with_the_page_cache_off_no_page_is_offered_to_a_cdn(reader, blog_a, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert "s-maxage" not in directives(reader.get(blog_a.url))
