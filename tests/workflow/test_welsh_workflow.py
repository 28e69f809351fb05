"""The Welsh blog is leader A's as much as the English one: the same rights, the same workflow,
and no way around it through translating."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from leaders.models import BlogPostPage
from tests import factories
from tests.workflow.helpers import act, edit_post, refused
from tests.workflow.test_permission_matrix import ACTIONS, ALLOWED, DO, USERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def welsh():
    return Locale.objects.get(language_code="cy")


def translated(page, locale):
    """`page` translated as editors do (Wagtail's copy), then published."""
    copy = page.copy_for_translation(locale).specific
    copy.slug = f"{page.slug}-cy"
    copy.save_revision().publish()
    return Page.objects.get(pk=copy.pk).specific


@pytest.fixture
def welsh_blog_a(directory, blog_a, blog_b, welsh):
    translated(directory, welsh)
    translated(blog_b, welsh)
    return translated(blog_a, welsh)


@pytest.mark.parametrize("name", USERS)
def test_permission_matrix_on_leader_a_welsh_blog(client, name, welsh_blog_a, leader_a, request):
    """Every cell of the English matrix holds on the Welsh blog: a leader edits only their own
    posts, a forged publish is refused, nobody but a superuser publishes around the workflow."""
    assert welsh_blog_a.leader == leader_a and welsh_blog_a.get_workflow() is not None
    user = None if name == "anonymous" else request.getfixturevalue(name)
    for action in ACTIONS:
        client.logout()
        response, done = DO[action](client, user, welsh_blog_a, leader_a)
        if action in ALLOWED[name]:
            assert done, f"{name} should be able to {action} in Welsh"
        else:
            assert not done, f"{name} must not be able to {action} in Welsh"
            if action != "publish" or name in ("leader_b", "anonymous"):
                assert refused(response), (name, action, response.status_code)


def test_a_leader_translates_their_own_post_only_and_it_goes_through_the_workflow(
    client, welsh_blog_a, blog_a, leader_a, leader_b, comms, welsh
):
    post = factories.blog_post(blog_a, title="Listening first", slug="listening-first")
    translate = reverse("simple_translation:submit_page_translation", args=(post.pk,))
    # Another leader can neither translate it nor edit its translation.
    client.force_login(leader_b)
    assert refused(client.post(translate, {"locales": [welsh.pk]}))
    assert not post.has_translation(welsh)
    client.force_login(leader_a)
    assert client.post(translate, {"locales": [welsh.pk]}).status_code == 302
    welsh_post = post.get_translation(welsh).specific
    assert welsh_post.get_parent().pk == welsh_blog_a.pk and not welsh_post.live
    assert refused(edit_post(client, leader_b, welsh_post, title="Nid fy ngeiriau"))
    # Leader A writes it in Welsh and submits it; a forged publish does nothing.
    edit_post(client, leader_a, welsh_post, action="action-publish", title="Gwrando yn gyntaf")
    assert not Page.objects.get(pk=welsh_post.pk).live
    edit_post(client, leader_a, welsh_post, action="action-submit", title="Gwrando yn gyntaf")
    # The communications team approves; then it is live, in Welsh.
    act(client, comms, welsh_post, "approve")
    live = Page.objects.get(pk=welsh_post.pk)
    assert live.live and live.title == "Gwrando yn gyntaf"


def test_the_communications_team_cannot_approve_its_own_welsh_words(
    client, welsh_blog_a, comms, comms_2
):
    client.force_login(comms)
    factories.blog_post(welsh_blog_a, title="Drafft", slug="drafft", publish=False)
    post = BlogPostPage.objects.get(slug="drafft")
    edit_post(client, comms, post, action="action-submit", title="Geiriau'r tîm")
    # The leader's sign-off is due first; comms' own words never pass by comms alone.
    assert act(client, comms, post, "approve").status_code in (302, 403)
    assert not Page.objects.get(pk=post.pk).live


def test_turning_an_alias_into_a_translation_starts_a_draft(
    client, welsh_blog_a, blog_a, leader_a, leader_b, welsh
):
    """An English post's alias in the Welsh tree becomes the leader's Welsh draft, never a live
    Welsh page with English words; another leader cannot touch it."""
    post = factories.blog_post(blog_a, title="Bins", slug="bins")
    alias = post.copy_for_translation(welsh, alias=True)
    convert = reverse("wagtailadmin_pages:convert_alias", args=(alias.pk,))
    client.force_login(leader_b)
    assert refused(client.post(convert))
    client.force_login(leader_a)
    assert client.post(convert).status_code == 302
    page = Page.objects.get(pk=alias.pk)
    assert page.alias_of_id is None and not page.live
    assert client.get(page.url or f"/cy/{page.slug}/").status_code == 404
