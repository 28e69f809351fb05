"""Editors maintain the readers' pages in the Wagtail admin, and cannot shadow a blog route."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import PrivacyNoticePage
from leaders.models import BlogPostPage
from tests import factories


@pytest.fixture
def admin_client(client, db):
    user = factories.UserFactory(username="admin.user", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editor_can_publish_a_privacy_notice_from_the_admin(admin_client, home):
    data = nested_form_data(
        {
            "title": "Privacy notice",
            "slug": "privacy",
            "body": rich_text("<p>What we keep and why.</p>"),
            "last_reviewed": "2026-11-01",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/privacynoticepage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = PrivacyNoticePage.objects.get(locale=home.locale)
    assert page.live
    assert "What we keep and why." in admin_client.get("/privacy/").content.decode()
    # The Welsh tree is kept in step: an alias, which says the page is not in Welsh yet.
    welsh = admin_client.get("/cy/privacy/").content.decode()
    assert 'lang="cy"' in welsh and 'content="noindex"' in welsh
    assert "What we keep and why." not in welsh


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["feed", "2026"])
def test_post_slug_that_a_blog_route_would_shadow_is_refused(admin_client, blog_a, slug):
    data = nested_form_data(
        {
            "title": "A post",
            "slug": slug,
            "date": "2026-11-01",
            "summary": "A summary.",
            "body": streamfield([("paragraph", rich_text("<p>Words.</p>"))]),
            "tags": "",
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/leaders/blogpostpage/{blog_a.pk}/", data)
    assert response.status_code == 200
    assert "This slug is kept for the blog" in response.content.decode()
    assert not BlogPostPage.objects.filter(slug=slug).exists()


@pytest.mark.django_db
def test_preview_of_a_new_post_renders_with_reader_aids(admin_client, posts):
    blog = posts["new"].get_parent()
    url = f"/admin/pages/add/leaders/blogpostpage/{blog.pk}/preview/"
    data = nested_form_data(
        {
            "title": "Not yet saved",
            "slug": "not-yet-saved",
            "date": "2026-03-01",
            "summary": "A summary.",
            "body": streamfield([("paragraph", rich_text("<p>Draft words.</p>"))]),
            "tags": "budget",
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft words." in html
    assert "Libraries stay open" in html  # the previous post by the same leader, or related
