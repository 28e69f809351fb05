"""A leader sees nothing of another leader's unpublished work anywhere in the admin, and still
sees their own drafts and other blogs' published posts (leaders/admin_visibility.py).

Ada (blog A) has a draft waiting for approval, a draft never submitted, and a live post whose
pending new version has a new title. Ben (blog B) looks for them everywhere.
"""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Task

from leaders.models import BlogPostPage, LeaderBlogPage
from tests import factories
from tests.workflow.helpers import add_url, create_post, edit_post, fresh, post_form, refused

SUBMITTED = "Smoke alarm checks this winter"
UNSENT = "Gritting routes we may cut"
RENAMED = "Quietly renamed heading"
DRAFT_TAG = "ringfenced-reserves"
SECRETS = (SUBMITTED, UNSENT, RENAMED, DRAFT_TAG)

OWN_DRAFT = "Unfinished thoughts from Ben"
PUBLIC = "Library hours are longer"


def new_post(client, user, blog, title, submit=False, **fields):
    """A post created through the admin's add view (so drafts carry tags, hero images, …)."""
    client.force_login(user)
    data = post_form(title, **fields)
    if submit:
        data["action-submit"] = "1"
    assert client.post(add_url(blog), data).status_code == 302
    return BlogPostPage.objects.child_of(blog).get(title=title)


@pytest.fixture
def ben_image(leader_b):
    image = factories.image("Chart by Ben")
    image.uploaded_by_user = leader_b
    image.save()
    return image


@pytest.fixture
def public_post(blog_a):
    """A post of Ada's, published and unchanged since: anyone may see and link to it."""
    return factories.blog_post(blog_a, title=PUBLIC, tags=["libraries"])


@pytest.fixture
def own_draft(client, blog_b, leader_b, public_post):
    """Ben's own draft, submitted: the latest edit he may see."""
    return new_post(client, leader_b, blog_b, OWN_DRAFT, submit=True, tags="ben-own-tag")


@pytest.fixture
def ada_work(client, blog_a, leader_a, post_a, ben_image, public_post, own_draft):
    """Ada's unpublished work, the latest edits of all: what Ben must never see."""
    submitted = new_post(
        client,
        leader_a,
        blog_a,
        SUBMITTED,
        submit=True,
        tags=DRAFT_TAG,
        hero_image=ben_image.pk,
        hero_alt_text="A chart.",
    )
    unsent = new_post(client, leader_a, blog_a, UNSENT)
    edit_post(client, leader_a, post_a, title=RENAMED, action="action-submit")
    return {
        "submitted": submitted,
        "unsent": unsent,
        "renamed": fresh(post_a),
        "public": public_post,
    }


@pytest.fixture
def ben(leader_b, blog_b):
    # A client of his own: the setup's client carries Ada's "page created" messages.
    client = Client()
    client.force_login(leader_b)
    return client


def text_of(response):
    """The response's text, after any redirect (a refusal's message is on the next page)."""
    return response.content.decode()


def assert_nothing_hidden(client, url, **kwargs):
    response = client.get(url, follow=True, **kwargs)
    assert response.status_code in (200, 403, 404), url
    text = text_of(response)
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} shown at {url}"
    return text


def test_page_chooser_shows_own_and_published_pages_only(ben, ada_work, own_draft, blog_a, blog_b):
    link_chooser = "?allow_external_link=true&allow_email_link=true&link_text=x"
    for url in [
        "/admin/choose-page/",
        f"/admin/choose-page/{blog_a.get_parent().pk}/",
        f"/admin/choose-page/{blog_a.get_parent().pk}/{link_chooser}",
        "/admin/choose-page/search/?q=smoke",
        "/admin/choose-page/search/?q=gritting",
        "/admin/choose-page/search/?q=listening",
        f"/admin/choose-page/search/?q=winter&page_type=leaders.blogpostpage{link_chooser}",
    ]:
        assert_nothing_hidden(ben, url)
    # Another blog: its published posts, under their published titles; nothing else.
    text = assert_nothing_hidden(ben, f"/admin/choose-page/{blog_a.pk}/")
    assert PUBLIC in text
    assert "Listening first" not in text  # live, but with a new version on the way
    assert PUBLIC in assert_nothing_hidden(ben, "/admin/choose-page/search/?q=library")
    # His own blog: everything, drafts included.
    assert OWN_DRAFT in assert_nothing_hidden(ben, f"/admin/choose-page/{blog_b.pk}/")
    assert OWN_DRAFT in assert_nothing_hidden(ben, "/admin/choose-page/search/?q=unfinished")


def test_page_chooser_refuses_forged_ids_of_hidden_pages(ben, ada_work, own_draft):
    for page in (ada_work["submitted"], ada_work["unsent"], ada_work["renamed"]):
        for url in [
            f"/admin/choose-page/{page.pk}/",
            f"/admin/choose-page/chosen-multiple/?id={page.pk}&id={own_draft.pk}",
        ]:
            response = ben.get(url)
            assert response.status_code == 404, url
            assert_nothing_hidden(ben, url)
    chosen = ben.get(
        f"/admin/choose-page/chosen-multiple/?id={own_draft.pk}&id={ada_work['public'].pk}"
    )
    titles = {page["adminTitle"] for page in json.loads(chosen.content)["result"]}
    assert titles == {OWN_DRAFT, PUBLIC}


def test_pasting_a_live_posts_address_does_not_reveal_its_new_title(ben, ada_work):
    # The full address: with a tree per language, the one Site has two root paths, and Wagtail
    # matches an address without a host only where a single root path exists.
    def paste(page):
        response = ben.post(
            reverse("wagtailadmin_choose_page_external_link"),
            {"external-link-chooser-url": page.full_url, "external-link-chooser-link_text": ""},
        )
        assert response.status_code == 200
        return json.loads(response.content)

    renamed = paste(ada_work["renamed"])
    assert RENAMED not in json.dumps(renamed)
    # The link stays the address typed, which leads to the same page.
    assert renamed["result"]["url"] == ada_work["renamed"].full_url
    # A published post with nothing pending is still turned into a link to the page.
    public = paste(ada_work["public"])
    assert public["result"]["id"] == ada_work["public"].pk
    assert public["result"]["adminTitle"] == PUBLIC


def test_search_explorer_reports_and_dashboard_show_no_hidden_work(
    ben, ada_work, own_draft, blog_a, ben_image
):
    for url in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{blog_a.pk}/",
        "/admin/pages/search/?q=smoke",
        "/admin/pages/search/results/?q=gritting",
        "/admin/pages/search/?q=listening",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/pages/usage/leaders/blogpostpage/",
        reverse("wagtailimages:image_usage", args=(ben_image.pk,)),
    ]:
        assert_nothing_hidden(ben, url)
    # The page types report counts and names the last edited page among his visible pages.
    for url in ["/admin/reports/page-types-usage/", "/admin/reports/page-types-usage/results/"]:
        assert OWN_DRAFT in assert_nothing_hidden(ben, url), url
    assert OWN_DRAFT in assert_nothing_hidden(ben, "/admin/pages/")
    assert OWN_DRAFT in assert_nothing_hidden(ben, "/admin/pages/search/?q=unfinished")
    assert OWN_DRAFT in assert_nothing_hidden(ben, "/admin/reports/workflow/")
    assert OWN_DRAFT in assert_nothing_hidden(ben, "/admin/reports/site-history/")
    assert OWN_DRAFT in assert_nothing_hidden(ben, "/admin/")


def page_views(page):
    revision = page.latest_revision
    return [
        f"/admin/pages/{page.pk}/{view}"
        for view in [
            "edit/",
            "edit/preview/",
            "view_draft/",
            "history/",
            "history/results/",
            f"revisions/{revision.pk}/view/",
            f"revisions/{revision.pk}/revert/",
            "revisions/compare/earliest...latest/",
            "revisions/compare/live...latest/",
            "workflow_history/",
            "usage/",
            "delete/",
            "copy/",
            "move/",
            "unpublish/",
            "privacy/",
        ]
    ]


def test_page_views_refuse_another_blogs_pages(ben, ada_work, own_draft):
    for key in ("submitted", "unsent", "renamed"):
        page = Page.objects.get(pk=ada_work[key].pk)
        for url in page_views(page):
            assert refused(ben.get(url)), url
            assert_nothing_hidden(ben, url)
        # Wagtail sends this one on to the page's history, refused above.
        assert_nothing_hidden(ben, f"/admin/pages/{page.pk}/revisions/")
    # His own page's history and draft are his to see.
    own = Page.objects.get(pk=own_draft.pk)
    assert OWN_DRAFT in text_of(ben.get(f"/admin/pages/{own.pk}/history/"))
    assert OWN_DRAFT in text_of(ben.get(f"/admin/pages/{own.pk}/view_draft/"))


def test_forged_workflow_preview_and_cancellation_ids_are_refused(ben, ada_work):
    in_review = Page.objects.get(pk=ada_work["submitted"].pk).current_workflow_task_state
    for key in ("submitted", "unsent", "renamed"):
        page = ada_work[key]
        urls = [
            reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=(page.pk,)),
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", in_review.pk)),
            reverse(
                "wagtailadmin_pages:collect_workflow_action_data",
                args=(page.pk, "approve", in_review.pk),
            ),
        ] + [
            reverse("wagtailadmin_pages:workflow_preview", args=(page.pk, task.pk))
            for task in Task.objects.all()
        ]
        for url in urls:
            # Wagtail's refusal: the dashboard with "no permission", or a bare 403 to a modal.
            assert refused(ben.get(url)), url
            assert_nothing_hidden(ben, url)
            modal = ben.get(url, headers={"x-requested-with": "XMLHttpRequest"})
            assert modal.status_code == 403, url
            assert not any(secret in text_of(modal) for secret in SECRETS), url


def test_a_leader_still_previews_a_post_waiting_for_their_sign_off(client, ben, blog_b, comms):
    create_post(client, comms, blog_b, "Drafted for Ben by the team", submit=True)
    post = BlogPostPage.objects.child_of(blog_b).get(title="Drafted for Ben by the team")
    task = post.current_workflow_task
    assert task.name == "Leader sign-off"
    response = ben.get(reverse("wagtailadmin_pages:workflow_preview", args=(post.pk, task.pk)))
    assert response.status_code == 200
    assert "Drafted for Ben by the team" in text_of(response)


def test_bulk_actions_refuse_another_blogs_pages(ben, ada_work, own_draft, blog_a):
    hidden = "&".join(f"id={ada_work[key].pk}" for key in ("submitted", "unsent", "renamed"))
    for action in ("delete", "move", "publish", "unpublish"):
        base = f"/admin/bulk/wagtailcore/page/{action}/?next=/admin/"
        for url in [
            f"{base}&{hidden}",
            f"{base}&id={own_draft.pk}&id={ada_work['submitted'].pk}",
            f"{base}&id=all&childOf={blog_a.get_parent().pk}&q=smoke",
            f"{base}&id=all&childOf={blog_a.pk}",
        ]:
            assert refused(ben.get(url)), url
            assert_nothing_hidden(ben, url)
            assert refused(ben.post(url, {"include_descendants": ""})), url
        # His own pages: listed (he may not act on them, but they are his to see).
        assert OWN_DRAFT in text_of(ben.get(f"{base}&id={own_draft.pk}"))
    assert fresh(ada_work["submitted"]).title == SUBMITTED


def test_tag_suggestions_leave_out_tags_only_hidden_drafts_use(ben, ada_work, own_draft):
    def suggestions(url, term):
        return json.loads(ben.get(url, {"term": term}).content)

    for url in ["/admin/tag-autocomplete/", "/admin/tag-autocomplete/taggit/tag/"]:
        assert suggestions(url, "ringf") == []
        assert suggestions(url, "ben-") == ["ben-own-tag"]
        assert suggestions(url, "libr") == ["libraries"]


def test_the_communications_team_still_sees_every_draft(ada_work, comms, blog_a):
    team = Client()
    team.force_login(comms)
    text = text_of(team.get(f"/admin/choose-page/{blog_a.pk}/"))
    assert SUBMITTED in text and UNSENT in text and RENAMED in text
    assert SUBMITTED in text_of(team.get("/admin/choose-page/search/?q=smoke"))
    assert json.loads(team.get("/admin/tag-autocomplete/", {"term": "ringf"}).content) == [
        DRAFT_TAG
    ]
    task_state = Page.objects.get(pk=ada_work["submitted"].pk).current_workflow_task_state
    preview = team.get(
        reverse(
            "wagtailadmin_pages:workflow_preview",
            args=(ada_work["submitted"].pk, task_state.task_id),
        )
    )
    assert preview.status_code == 200 and SUBMITTED in text_of(preview)


def test_demo_leader_does_not_see_another_blogs_draft(db):
    """The probe's own reproduction, on the demo content: Marcus and Rhiannon's draft."""
    call_command("load_demo", stdout=io.StringIO())
    marcus = Client()
    marcus.force_login(get_user_model().objects.get(username="marcus.bell"))
    rhiannon_blog = LeaderBlogPage.objects.get(
        leader__username="rhiannon.price", locale__language_code="en-gb"
    )
    draft = BlogPostPage.objects.get(title="Smoke alarm checks this winter")
    assert not draft.live
    for url in [
        f"/admin/choose-page/{rhiannon_blog.pk}/",
        f"/admin/choose-page/{draft.pk}/",
        "/admin/choose-page/search/?q=smoke",
        "/admin/reports/page-types-usage/",
        f"/admin/pages/workflow/confirm_cancellation/{draft.pk}/",
    ] + [f"/admin/pages/workflow/preview/{draft.pk}/{task.pk}/" for task in Task.objects.all()]:
        response = marcus.get(url, follow=True)
        assert "Smoke alarm checks this winter" not in text_of(response), url
