"""Query strings and the page cache: a page is keyed on the parameters it reads and sees no
other, so shared links' tracking parameters and made-up ones are served like the bare URL, and
a page that reads a parameter never gets another value's page."""

import re
import uuid

import pytest
from django.http import QueryDict

from demo.welsh import translate, welsh_locale
from pagecache.middleware import read_query
from tests import factories

pytestmark = pytest.mark.django_db

TRACKERS = ("utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "mc_cid", "igshid")


def cache_state(response):
    return response.headers.get("X-Page-Cache")


def without_tokens(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def canonical(response) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)"', response.content.decode()).group(1)


def random_value() -> str:
    return uuid.uuid4().hex


@pytest.mark.parametrize(
    ("query", "reads", "seen"),
    [
        ("utm_source=x&fbclid=y", {"page"}, ""),
        ("page=2&utm_source=x", {"page"}, "page=2"),
        ("page=0002", {"page"}, "page=2"),
        ("page=2&page=3", {"page"}, "page=3"),  # the value a paginator reads: the last
        ("page=abc", {"page"}, ""),  # a paginator reads it as page 1, as it does no page
        ("page=12345", {"page"}, ""),
        ("page=2%0A", {"page"}, ""),
        ("page=%C2%B2", {"page"}, ""),  # a superscript two, which isdigit() accepts
        ("page=2", set(), ""),
        ("p=3&page=2&x=1", {"page", "p"}, "p=3&page=2"),
    ],
)
def test_a_page_sees_only_the_page_numbers_it_reads(query, reads, seen):
    assert read_query(QueryDict(query), reads).urlencode() == seen


def test_tracking_parameters_get_the_cached_post_of_the_bare_url(reader, post_a):
    bare = reader.get(post_a.url)
    assert cache_state(bare) == "miss"
    for _ in range(3):
        shared = reader.get(post_a.url, {name: random_value() for name in TRACKERS})
        assert cache_state(shared) == "hit"
        assert without_tokens(shared.content) == without_tokens(bare.content)


def test_a_random_parameter_neither_bypasses_nor_multiplies_entries(reader, blog_a, post_a):
    first = reader.get(blog_a.url, {"x": random_value()})
    assert cache_state(first) == "miss"
    assert canonical(first).endswith(blog_a.url)  # what was stored is the bare URL's page
    for _ in range(3):
        assert cache_state(reader.get(blog_a.url, {random_value(): random_value()})) == "hit"
    assert cache_state(reader.get(blog_a.url)) == "hit"


def test_a_post_ignores_a_page_number_it_does_not_read(reader, post_a):
    reader.get(post_a.url)
    response = reader.get(post_a.url, {"page": "3"})
    assert cache_state(response) == "hit"
    assert "?page=" not in canonical(response)


def more_posts(blog, count=12, **fields):
    return [factories.blog_post(blog, title=f"Post {n}", **fields) for n in range(count)]


def test_a_listing_is_kept_per_page_number_and_never_serves_another(reader, blog_a):
    posts = more_posts(blog_a)  # two pages of ten
    first_page = reader.get(blog_a.url)
    second_page = reader.get(blog_a.url, {"page": "2", "utm_source": random_value()})
    assert cache_state(second_page) == "miss"
    assert posts[0].title in second_page.content.decode()  # the oldest, on the last page
    assert posts[0].title not in first_page.content.decode()
    assert canonical(second_page).endswith("?page=2")
    again = reader.get(blog_a.url, {"page": "02", "fbclid": random_value()})
    assert cache_state(again) == "hit"
    assert posts[0].title in again.content.decode()
    assert posts[0].title not in reader.get(blog_a.url, {"gclid": random_value()}).content.decode()


def test_a_topic_page_route_reads_its_page_number_and_a_blog_feed_does_not(reader, home, blog_a):
    posts = more_posts(blog_a, tags=["safety"])
    topic = home.url + "tags/safety/"
    assert posts[0].title not in reader.get(topic).content.decode()
    second = reader.get(topic, {"page": "2", "utm_medium": "social"})
    assert posts[0].title in second.content.decode()
    assert cache_state(reader.get(topic, {"page": "2"})) == "hit"

    feed = blog_a.url + "feed/"
    assert cache_state(reader.get(feed)) == "miss"
    assert cache_state(reader.get(feed, {"page": "2", "x": "1"})) == "hit"


def test_welsh_listings_are_keyed_on_their_own_page_numbers(reader, home, directory, blog_a):
    locale = welsh_locale()
    for page in (home, directory):
        translate(page, locale, {})
    welsh_blog = translate(blog_a, locale, {})[0]
    posts = [
        translate(post, locale, {"title": f"Cofnod {n}"})[0]
        for n, post in enumerate(more_posts(blog_a))
    ]
    assert welsh_blog.url.startswith("/cy/")
    english_second = reader.get(blog_a.url, {"page": "2"}).content.decode()
    welsh_second = reader.get(welsh_blog.url, {"page": "2", "utm_source": "x"})
    assert cache_state(welsh_second) == "miss"
    assert posts[0].title in welsh_second.content.decode()
    assert posts[0].title not in english_second
    assert cache_state(reader.get(welsh_blog.url, {"page": "2", "igshid": "y"})) == "hit"


@pytest.mark.urls("tests.performance.urls")
def test_a_cached_view_never_sees_a_parameter_it_does_not_read(reader, other_reader):
    """Otherwise the first reader's `?colour=` would be shown to everyone after them."""
    first = reader.get("/echo/", {"colour": "red", "page": "2"})
    assert first.content.decode() == "colour= at /echo/?page=2"
    second = other_reader.get("/echo/", {"colour": "blue", "page": "2"})
    assert cache_state(second) == "hit"
    assert "red" not in second.content.decode()


def test_the_sitemap_keeps_its_page_number(reader, post_a):
    assert cache_state(reader.get("/sitemap.xml")) == "miss"
    assert cache_state(reader.get("/sitemap.xml", {"utm_source": "x"})) == "hit"
    assert reader.get("/sitemap.xml", {"p": "2"}).status_code == 404  # one page of URLs


def test_a_search_sees_its_words_and_is_never_cached(reader, post_a, blog_a):
    factories.blog_post(blog_a, title="Budget priorities")
    found = reader.get("/search/", {"q": "budget", "utm_source": "x"})
    other = reader.get("/search/", {"q": "listening", "utm_source": "x"})
    assert "Budget priorities" in found.content.decode()
    assert "Budget priorities" not in other.content.decode()
    assert cache_state(found) is None and cache_state(other) is None


def test_views_that_are_not_cached_keep_their_whole_query(reader, db):
    response = reader.get("/admin/login/", {"next": "/admin/pages/", "utm_source": "x"})
    assert 'value="/admin/pages/"' in response.content.decode()
