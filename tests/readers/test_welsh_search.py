"""Search in each language: /cy/search/ finds Welsh posts only, /search/ English posts only; on
PostgreSQL, Welsh is indexed and searched with the `simple` configuration and English keeps
English stemming (home/search_backend.py)."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.search.models import IndexEntry

from demo.welsh import translate, welsh_locale
from leaders.models import BlogPostPage
from tests import factories

pytestmark = pytest.mark.django_db


def found(client, path, query):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return {post.title for post in response.context["posts"]}


@pytest.fixture
def posts(home, directory, blog_a):
    """An English post and its Welsh version, both naming Caerphilly (Caerffili), and an
    English post with no Welsh version."""
    english = factories.blog_post(
        blog_a,
        title="Running the libraries",
        summary="Caerphilly runs its libraries with volunteers.",
    )
    factories.blog_post(blog_a, title="Caerphilly bus routes", summary="Buses in Caerphilly.")
    for page in (home, directory, blog_a):
        translate(page, welsh_locale(), {})
    welsh, _created = translate(
        english,
        welsh_locale(),
        {
            "title": "Her i bob dinas",
            "slug": "her-i-bob-dinas",
            "summary": "Mae llyfrgelloedd Caerffili yn her i bob dinas.",
        },
    )
    return english, welsh


def test_each_language_searches_its_own_posts_only(client, posts):
    assert found(client, "/cy/search/", "Caerffili") == {"Her i bob dinas"}
    assert found(client, "/cy/search/", "Caerphilly") == set()
    assert found(client, "/search/", "Caerphilly") == {
        "Running the libraries",
        "Caerphilly bus routes",
    }
    assert found(client, "/search/", "Caerffili") == set()


def lexemes(page, column):
    """The words of the index entry of `page` (its `title` or `body` tsvector), as stored."""
    vector = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(BlogPostPage), object_id=str(page.pk)
    ).values_list(column, flat=True)
    return set(re.findall(r"'([^']+)'", vector.get()))


def stored_as(config, text):
    """The words PostgreSQL's `config` makes of `text`."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [config, text])
        return set(cursor.fetchone()[0])


@pytest.mark.postgresql
def test_welsh_is_indexed_and_searched_word_for_word_english_by_stem(client, posts):
    """English rules would store "dinas" (a city) as "dina" and drop "her" (a challenge) and
    "i" as English stop words; Welsh posts keep every word as written, English posts their
    stems, and each language's search page queries with its own configuration."""
    english, welsh = posts
    assert (
        lexemes(welsh, "title") == stored_as("simple", welsh.title) == {"her", "i", "bob", "dinas"}
    )
    assert {"llyfrgelloedd", "caerffili", "her", "dinas"} <= lexemes(welsh, "body")
    assert "dina" not in lexemes(welsh, "body")
    assert lexemes(english, "title") == stored_as("english", english.title) == {"run", "librari"}

    assert found(client, "/cy/search/", "dinas") == {"Her i bob dinas"}
    assert found(client, "/cy/search/", "her") == {"Her i bob dinas"}
    assert found(client, "/cy/search/", "dina") == set()
    assert found(client, "/search/", "run library") == {"Running the libraries"}
    assert found(client, "/search/", "runs") == {"Running the libraries"}


@pytest.mark.postgresql
def test_a_search_across_languages_matches_each_post_by_its_own_rules(posts):
    """A search not limited to one locale matches Welsh posts word for word and English posts
    by stem."""
    english, welsh = posts
    written = BlogPostPage.objects.live().filter(alias_of__isnull=True)
    assert {post.pk for post in written.search("dinas")} == {welsh.pk}
    assert {post.pk for post in written.search("her")} == {welsh.pk}
    assert {post.pk for post in written.search("runs")} == {english.pk}
