"""Hidden posts and their comments stay hidden from anonymous readers on every public route:
comment routes, feeds, search, tag pages, archives and the sitemap."""

import pytest
from django_comments_xtd.models import XtdComment
from wagtail.models import PageViewRestriction

from tests import factories
from tests.comments.conftest import comment_form, make_comment

SECRET = "Budget cuts nobody has been told about"
SECRET_COMMENT = "I heard about the budget cuts from a friend"
TAG = "hush-hush"


@pytest.fixture
def hidden(blog_a, post_a):
    """One post of each hidden kind, each with a public comment; post_a stays public."""
    unpublished = factories.blog_post(blog_a, title=SECRET, slug="unpublished", publish=False)
    private = factories.blog_post(blog_a, title=SECRET, slug="private", tags=[TAG])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    password = factories.blog_post(blog_a, title=SECRET, slug="password", tags=[TAG])
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="letmein-please"
    )
    unpublished_later = factories.blog_post(blog_a, title=SECRET, slug="withdrawn", tags=[TAG])
    comments = [
        make_comment(post, f"{SECRET_COMMENT} ({post.slug})")
        for post in (unpublished, private, password, unpublished_later)
    ]
    unpublished_later.unpublish()
    post_a.title = SECRET
    post_a.save_revision()  # a draft change to a live post: not public either
    return {"posts": [unpublished, private, password, unpublished_later], "comments": comments}


def public_routes(blog):
    return [
        "/",
        "/leaders/",
        blog.url,
        "/feed/",
        "/feed/atom/",
        f"{blog.url}feed/",
        f"{blog.url}feed/atom/",
        f"/tags/{TAG}/",
        f"{blog.url}tag/{TAG}/",
        f"{blog.url}2026/",
        f"{blog.url}2026/11/",
        "/search/?q=budget",
        "/search/?q=cuts+friend",
        "/sitemap.xml",
    ]


def test_hidden_posts_and_their_comments_appear_on_no_public_route(client, blog_a, hidden):
    for url in public_routes(blog_a):
        response = client.get(url)
        # A tag that only hidden posts carry has no public page at all.
        expected = {200, 404} if TAG in url else {200}
        assert response.status_code in expected, (url, response.status_code)
        text = response.content.decode()
        assert SECRET not in text, url
        assert SECRET_COMMENT not in text, url
        for post in hidden["posts"]:
            assert f"/{post.slug}/" not in text, (url, post.slug)


@pytest.mark.parametrize("route", ["reply", "report"])
def test_comment_routes_do_not_open_comments_of_hidden_posts(client, hidden, route):
    for comment in hidden["comments"]:
        response = client.get(f"/comments/{route}/{comment.pk}/")
        assert response.status_code == 404, (route, comment.object_pk)
        assert SECRET_COMMENT not in response.content.decode()
        assert SECRET not in response.content.decode()


def test_reporting_a_comment_of_a_hidden_post_changes_nothing(client, hidden):
    comment = hidden["comments"][1]
    response = client.post(f"/comments/report/{comment.pk}/", {"reason": "spam"})
    assert response.status_code == 404
    comment.refresh_from_db()
    assert comment.is_public


def test_a_form_pointed_at_a_hidden_post_stores_nothing(client, post_a, hidden, settings):
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    data = comment_form(client, post_a.url)
    before = XtdComment.objects.count()
    for post in hidden["posts"]:
        data.update(
            object_pk=str(post.pk),
            name="Carys Jones",
            email="carys@residents.example",
            comment=f"Sneaking a comment onto {post.slug}.",
        )
        response = client.post("/comments/post/", data)
        assert response.status_code == 404, post.slug
        assert SECRET not in response.content.decode()
    assert XtdComment.objects.count() == before
