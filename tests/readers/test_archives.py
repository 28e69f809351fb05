"""A leader's blog: paginated posts, archives by year and month, tag pages; site-wide topics."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from leaders.listings import POSTS_PER_PAGE
from tests import factories


def titles(response):
    return [post.title for post in response.context["posts"]]


@pytest.mark.django_db
def test_blog_lists_its_live_posts_newest_first_without_drafts(client, posts, draft):
    response = client.get("/leaders/ada-lovell/")
    assert response.status_code == 200
    assert titles(response) == ["Libraries stay open", "Winter ready", "Budget questions answered"]


@pytest.mark.django_db
def test_blog_paginates_posts_and_tolerates_any_page_number(client, blog_a):
    for day in range(POSTS_PER_PAGE + 2):
        factories.blog_post(blog_a, title=f"Post {day}", date=datetime.date(2026, 1, day + 1))
    first = client.get("/leaders/ada-lovell/")
    second = client.get("/leaders/ada-lovell/?page=2")
    assert len(titles(first)) == POSTS_PER_PAGE
    assert titles(second) == ["Post 1", "Post 0"]
    assert 'rel="next" href="?page=2"' in first.content.decode()
    for junk in ("abc", "-1", "999", "1.5"):
        assert client.get(f"/leaders/ada-lovell/?page={junk}").status_code == 200


@pytest.mark.django_db
def test_year_archive_shows_only_that_years_posts(client, posts):
    response = client.get("/leaders/ada-lovell/2025/")
    assert response.status_code == 200
    assert titles(response) == ["Winter ready", "Budget questions answered"]
    assert "Posts by Ada Lovell in 2025" in response.content.decode()


@pytest.mark.django_db
def test_month_archive_shows_only_that_months_posts(client, posts):
    response = client.get("/leaders/ada-lovell/2025/11/")
    assert titles(response) == ["Winter ready"]
    assert "Posts by Ada Lovell in November 2025" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["2024/", "2025/12/", "2025/13/", "2025/00/", "0000/", "0000/01/", "tag/nothing/"]
)
def test_empty_or_impossible_archives_answer_not_found(client, posts, path):
    assert client.get(f"/leaders/ada-lovell/{path}").status_code == 404


@pytest.mark.django_db
def test_blog_links_to_its_month_archives_and_topics(client, posts):
    html = client.get("/leaders/ada-lovell/").content.decode()
    assert 'href="/leaders/ada-lovell/2026/02/"' in html
    assert 'href="/leaders/ada-lovell/2025/"' in html
    assert 'href="/leaders/ada-lovell/tag/winter/"' in html


@pytest.mark.django_db
def test_leader_tag_page_lists_only_that_leaders_tagged_posts(client, posts, draft):
    response = client.get("/leaders/ada-lovell/tag/budget/")
    assert titles(response) == ["Libraries stay open", "Budget questions answered"]


@pytest.mark.django_db
def test_site_wide_tag_page_lists_every_leaders_tagged_posts(client, posts, draft):
    response = client.get("/tags/budget/")
    assert response.status_code == 200
    assert titles(response) == [
        "Libraries stay open",
        "Fire station open day",
        "Budget questions answered",
    ]
    assert client.get("/tags/no-such-topic/").status_code == 404


@pytest.mark.django_db
def test_topics_page_counts_live_posts_per_tag(client, posts, draft):
    response = client.get("/tags/")
    counts = {tag.slug: tag.post_count for tag in response.context["topics"]}
    assert counts == {"budget": 3, "listening": 2, "winter": 1, "libraries": 1}


@pytest.mark.django_db
def test_home_offers_topics_search_and_feeds(client, posts):
    html = client.get("/").content.decode()
    assert 'href="/tags/budget/"' in html
    assert 'action="/search/"' in html
    assert 'href="/feed/"' in html and 'href="/feeds/"' in html


def query_count(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/leaders/ada-lovell/",
        "/leaders/ada-lovell/2026/",
        "/tags/budget/",
        "/search/?q=budget",
    ],
)
def test_listing_queries_do_not_grow_with_the_number_of_posts(
    client, settings, blog_a, blog_b, path
):
    settings.PAGE_CACHE_ENABLED = False  # count the queries of a render, not of a cache hit

    def add_posts(count, start):
        for n in range(start, start + count):
            blog = blog_a if n % 2 else blog_b
            factories.blog_post(
                blog, title=f"Budget note {n}", date=datetime.date(2026, 1, n + 1), tags=["budget"]
            )

    add_posts(2, 0)
    client.get(path)  # warm caches (site root paths)
    few = query_count(client, path)
    add_posts(6, 2)
    many = query_count(client, path)
    assert many == few
