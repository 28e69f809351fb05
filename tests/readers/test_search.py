"""Search across live posts: title, summary, body, tags and the leader's name."""

import datetime

import pytest

from leaders.listings import POSTS_PER_PAGE
from tests import factories


def found(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return [post.title for post in response.context["posts"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Winter", {"Winter ready"}),  # title
        ("Sundays", {"Libraries stay open"}),  # body text
        ("Summary of Fire station", {"Fire station open day"}),  # summary
        ("libraries", {"Libraries stay open"}),  # tag (and title)
        ("Okoro", {"Fire station open day"}),  # the leader's name
    ],
)
def test_search_finds_live_posts_by_every_field(client, posts, query, expected):
    assert expected <= set(found(client, query))


@pytest.mark.django_db
def test_search_finds_posts_by_tag_alone(client, blog_a):
    factories.blog_post(blog_a, title="Quiet week", tags=["allotments"])
    assert found(client, "allotments") == ["Quiet week"]


@pytest.mark.django_db
def test_search_never_shows_drafts(client, posts, draft):
    assert "Secret draft about the budget" not in found(client, "budget")
    assert found(client, "Secret") == []


@pytest.mark.django_db
def test_search_results_are_paginated_and_keep_the_query(client, blog_a):
    for n in range(POSTS_PER_PAGE + 1):
        factories.blog_post(
            blog_a, title=f"Recycling update {n}", date=datetime.date(2026, 1, n + 1)
        )
    first = client.get("/search/", {"q": "recycling"})
    assert len(first.context["posts"]) == POSTS_PER_PAGE
    assert 'href="?q=recycling&amp;page=2"' in first.content.decode()
    assert len(found(client, "recycling", page=2)) == 1


@pytest.mark.django_db
def test_search_page_is_noindex_and_survives_any_input(client, posts):
    response = client.get("/search/")
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    for query in ("", "   ", "a" * 5000, '"unbalanced', "AND OR NOT", "*", "'; DROP TABLE", "\x00"):
        assert client.get("/search/", {"q": query, "page": "x"}).status_code == 200


@pytest.mark.django_db
def test_search_accepts_only_get(client, posts):
    assert client.post("/search/", {"q": "budget"}).status_code == 405
