"""Each page type costs the same number of SQL queries however much content the site holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.welsh import translate, welsh_locale
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    settings.PAGE_CACHE_ENABLED = False


def queries(client, url) -> int:
    """Queries of a steady-state render (the first one also creates image renditions)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def add_leader(directory, n, posts=1):
    blog = factories.leader_blog(
        directory,
        name=f"Leader {n}",
        portrait=factories.image(f"Portrait {n}"),
        portrait_alt_text=f"Portrait of leader {n}",
    )
    for number in range(posts):
        add_post(blog, f"Leader {n} post {number}", number)
    return blog


def add_post(blog, title, number=0):
    return factories.blog_post(
        blog,
        title=title,
        hero_image=factories.image(f"Hero of {title}"),
        hero_alt_text="A street",
        tags=[f"tag {number}", f"tag {number + 1}", "budget"],
    )


def test_home_costs_the_same_with_one_or_many_leaders_and_posts(client, home, directory):
    add_leader(directory, 1)
    small = queries(client, home.url)
    for n in range(2, 6):
        add_leader(directory, n, posts=3)
    assert queries(client, home.url) == small


def test_directory_costs_the_same_with_one_or_five_leaders(client, directory):
    add_leader(directory, 1)
    small = queries(client, directory.url)
    for n in range(2, 6):
        add_leader(directory, n)
    assert queries(client, directory.url) == small


def test_leader_blog_costs_the_same_with_one_or_thirty_posts(client, directory):
    blog = add_leader(directory, 1, posts=1)
    small = queries(client, blog.url)
    for number in range(1, 30):
        add_post(blog, f"More news {number}", number)
    assert queries(client, blog.url) == small
    assert queries(client, blog.url + "?page=3") == small


def test_post_costs_the_same_with_one_or_many_tags_and_sibling_posts(client, directory):
    blog = add_leader(directory, 1, posts=0)
    # One sibling sharing a tag, so the previous/next and related-posts lists are not empty.
    add_post(blog, "Only sibling", 100)
    post = factories.blog_post(blog, title="Few tags", tags=["budget"])
    small = queries(client, post.url)
    busy = factories.blog_post(
        blog, title="Many tags", tags=[f"tag {n}" for n in range(8)], body=None
    )
    for number in range(10):
        add_post(blog, f"Sibling {number}", number)
    assert queries(client, busy.url) == small


def welsh_version(page, **fields):
    """`page` translated into Welsh as editors do (Wagtail's copy, or the alias the Welsh tree
    already holds turned into a page), published: the demo's own way (demo.welsh)."""
    return translate(page, welsh_locale(), fields)[0]


def test_welsh_pages_cost_the_same_with_one_or_many_leaders_and_posts(client, home, directory):
    """Welsh home, directory, blog, archive and post: the language switcher and hreflang links
    add a fixed number of queries, however many pages and translations there are."""
    english_blog = add_leader(directory, 1, posts=1)
    welsh_home = welsh_version(home)
    welsh_directory = welsh_version(directory)
    blog = welsh_version(english_blog)
    welsh_version(english_blog.get_children().first().specific)
    post = add_post(blog, "Post cyntaf", 0)
    month = f"{blog.url}{post.date:%Y/%m}/"
    pages = [welsh_home.url, welsh_directory.url, blog.url, month, post.url]
    assert all(url.startswith("/cy/") for url in pages)
    small = [queries(client, url) for url in pages]
    for n in range(2, 5):
        welsh_version(add_leader(directory, n, posts=2))
    for number in range(1, 12):
        add_post(blog, f"Newyddion {number}", number)
    assert [queries(client, url) for url in pages] == small
