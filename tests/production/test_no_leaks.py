"""Nothing leaks to an anonymous reader: drafts, unpublished and private pages, previews,
internals on error pages."""

import pytest
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from site_config.faults import server_error
from tests import factories

SECRET = "Budget cuts nobody has been told about"


@pytest.fixture
def unpublished_post(blog_a):
    return factories.blog_post(blog_a, title=SECRET, slug="unpublished", publish=False)


@pytest.fixture
def private_post(blog_a):
    post = factories.blog_post(blog_a, title=SECRET, slug="private")
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    return post


@pytest.fixture
def password_post(blog_a):
    post = factories.blog_post(blog_a, title=SECRET, slug="password-protected")
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.PASSWORD, password="letmein-please"
    )
    return post


def test_unpublished_post_is_not_found_by_its_url(client, unpublished_post):
    response = client.get("/leaders/ada-lovell/unpublished/")
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_draft_changes_to_a_live_post_stay_out_of_public_view(client, post_a):
    post_a.title = SECRET
    post_a.save_revision()  # a draft, not published
    response = client.get(post_a.url)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()


def test_login_restricted_post_redirects_anonymous_readers_to_sign_in(client, private_post):
    response = client.get(private_post.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/?next=")
    assert SECRET not in response.content.decode()


def test_password_protected_post_shows_only_the_password_form(client, password_post):
    response = client.get(password_post.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert SECRET not in text
    assert 'name="password"' in text


def test_restricted_and_unpublished_posts_are_not_listed(
    client, post_a, unpublished_post, private_post, password_post
):
    for url in ("/", "/leaders/", post_a.get_parent().url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET not in response.content.decode(), url


@pytest.mark.parametrize("view", ["edit/preview/", "view_draft/", "edit/", "revisions/"])
def test_admin_preview_and_draft_urls_send_anonymous_readers_to_sign_in(
    client, unpublished_post, view
):
    response = client.get(f"/admin/pages/{unpublished_post.pk}/{view}")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_not_found_page_shows_no_internals(client, home):
    response = client.get("/leaders/../../etc/passwd")
    assert response.status_code == 404
    text = response.content.decode()
    assert "Page not found" in text
    assert "Traceback" not in text and "urlpatterns" not in text.lower()


def test_server_error_page_shows_no_internals(settings):
    assert settings.DEBUG is False
    try:
        raise ValueError("SECRET_KEY=abc at /srv/app/leaders/models.py line 12")
    except ValueError:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    text = response.content.decode()
    assert "Sorry, there is a problem with the service" in text
    assert "SECRET_KEY" not in text and "models.py" not in text
