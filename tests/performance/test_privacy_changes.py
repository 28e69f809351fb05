"""A change of who may see a page reaches every cached page, feed and listing that shows it at
once, through the admin's own privacy settings; private posts are listed nowhere."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

TITLE = "Parking permits review"
BODY = "The permit fee stays at forty pounds."


@pytest.fixture
def parking(blog_a):
    """The post whose privacy changes; it shares a topic with a post on another blog."""
    return factories.blog_post(
        blog_a, title=TITLE, tags=["parking"], body=[factories.paragraph(f"<p>{BODY}</p>")]
    )


@pytest.fixture
def related(blog_b, parking):
    """Another leader's post, which shows the parking post among its related posts."""
    return factories.blog_post(blog_b, title="Bus lanes on the high street", tags=["parking"])


@pytest.fixture
def showing_urls(home, blog_a, parking, related):
    """Every anonymous page that shows the parking post's title or body while it is public."""
    return [
        parking.url,
        blog_a.url,
        f"{blog_a.url}feed/",
        f"{blog_a.url}feed/atom/",
        f"{blog_a.url}2026/11/",
        f"{blog_a.url}tag/parking/",
        home.url,
        "/feed/",
        "/tags/parking/",
        "/tags/parking/feed/",
        related.url,
    ]


def set_privacy(editor_client, page, restriction_type, password="", groups=()):
    """Save the admin's privacy settings for a page, as its modal does."""
    response = editor_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": restriction_type, "password": password, "groups": list(groups)},
    )
    assert response.status_code == 200
    assert '"set_privacy_done"' in response.content.decode()


def shows_the_post(response) -> bool:
    text = response.content.decode()
    return TITLE in text or BODY in text


def warm(reader, urls, shown):
    """Fill the cache for each URL and check it is served from it, as it shows (or not) the post."""
    for url in urls:
        reader.get(url)
        response = reader.get(url)
        assert response.headers.get("X-Page-Cache") == "hit", url
        assert shows_the_post(response) is shown, url


@pytest.fixture
def communications(db):
    return Group.objects.create(name="Communications officers")


PRIVATE_SETTINGS = {
    "login": {"restriction_type": "login"},
    "password": {"restriction_type": "password", "password": "a-long-shared-phrase"},
    "groups": {"restriction_type": "groups"},
}


@pytest.mark.parametrize(
    "page", ["parking", "blog_a", "directory", "home"], ids=["post", "blog", "directory", "home"]
)
@pytest.mark.parametrize("kind", PRIVATE_SETTINGS)
def test_making_a_page_or_an_ancestor_private_hides_the_post_everywhere_at_once(
    request, reader, editor_client, communications, showing_urls, page, kind
):
    warm(reader, showing_urls, shown=True)
    groups = [communications.pk] if kind == "groups" else []
    set_privacy(
        editor_client, request.getfixturevalue(page), **PRIVATE_SETTINGS[kind], groups=groups
    )
    for url in showing_urls:
        response = reader.get(url)
        assert not shows_the_post(response), url
        assert response.headers.get("X-Page-Cache") != "hit", url


@pytest.mark.parametrize("kind", PRIVATE_SETTINGS)
def test_a_private_posts_own_answer_is_never_cached_and_says_private(
    reader, editor_client, communications, parking, kind
):
    groups = [communications.pk] if kind == "groups" else []
    set_privacy(editor_client, parking, **PRIVATE_SETTINGS[kind], groups=groups)
    for _ in range(2):
        response = reader.get(parking.url)
        assert response.status_code == (200 if kind == "password" else 302)
        assert not shows_the_post(response)
        assert "X-Page-Cache" not in response.headers
        assert "private" in response.headers["Cache-Control"]


def test_a_signed_in_readers_view_of_a_private_post_is_kept_from_shared_caches(
    editor_client, parking
):
    set_privacy(editor_client, parking, "login")
    response = editor_client.get(parking.url)
    assert BODY in response.content.decode()
    assert "private" in response.headers["Cache-Control"]


def test_making_a_post_public_again_shows_it_everywhere_at_once(
    reader, editor_client, parking, showing_urls
):
    set_privacy(editor_client, parking, "login")
    listings = [url for url in showing_urls if url != parking.url]
    warm(reader, [url for url in listings if reader.get(url).status_code == 200], shown=False)
    assert reader.get(parking.url).status_code == 302
    set_privacy(editor_client, parking, "none")
    for url in showing_urls:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert shows_the_post(response), url


def test_changing_the_password_of_a_private_post_refreshes_every_page(
    reader, editor_client, parking, related
):
    set_privacy(editor_client, parking, "password", password="the-first-phrase")
    warm(reader, [related.url], shown=False)
    set_privacy(editor_client, parking, "password", password="the-second-phrase")
    assert reader.get(related.url).headers.get("X-Page-Cache") == "miss"


def test_unpublishing_a_post_removes_it_from_other_leaders_related_posts(
    reader, editor_client, parking, related
):
    warm(reader, [related.url], shown=True)
    response = editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[parking.pk]))
    assert response.status_code == 302
    assert not shows_the_post(reader.get(related.url))


def test_moving_a_post_into_a_private_blog_hides_it_everywhere(
    reader, editor_client, directory, parking, showing_urls
):
    private_blog = factories.leader_blog(directory, name="Cy Reyes", slug="cy-reyes")
    set_privacy(editor_client, private_blog, "login")
    warm(reader, showing_urls, shown=True)
    response = editor_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[parking.pk, private_blog.pk])
    )
    assert response.status_code == 302
    for url in showing_urls:
        assert not shows_the_post(reader.get(url)), url


def test_restrictions_saved_by_code_refresh_the_cache_too(reader, parking, showing_urls):
    warm(reader, showing_urls, shown=True)
    restriction = PageViewRestriction.objects.create(
        page=parking, restriction_type=PageViewRestriction.LOGIN
    )
    assert not any(shows_the_post(reader.get(url)) for url in showing_urls)
    restriction.delete()
    assert all(shows_the_post(reader.get(url)) for url in showing_urls)


@pytest.fixture
def board_papers(db):
    return Collection.get_first_root_node().add_child(name="Board papers")


@pytest.fixture
def minutes(board_papers):
    document = get_document_model()(title="Board minutes", collection=board_papers)
    document.file.save("board-minutes.txt", ContentFile(b"Minutes of the board."), save=False)
    document.save()
    return document


def set_collection_privacy(editor_client, collection, restriction_type, password=""):
    response = editor_client.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]),
        {"restriction_type": restriction_type, "password": password, "groups": []},
    )
    assert response.status_code == 200
    assert '"set_privacy_done"' in response.content.decode()


def test_a_collections_privacy_refreshes_every_page_and_guards_its_documents(
    reader, editor_client, blog_a, board_papers, minutes
):
    """Pages may link a document or show an image of the collection: all are rendered again."""
    hero = factories.image("Town hall")
    hero.collection = board_papers
    hero.save()
    post = factories.blog_post(blog_a, title=TITLE, hero_image=hero, hero_alt_text="Town hall")
    urls = [post.url, blog_a.url, "/feed/"]
    warm(reader, urls, shown=True)
    set_collection_privacy(editor_client, board_papers, "password", "a-long-shared-phrase")
    for url in urls:
        assert reader.get(url).headers.get("X-Page-Cache") == "miss", url
    refused = reader.get(minutes.url)
    assert refused.status_code == 200
    assert 'name="password"' in refused.content.decode()
    assert "X-Page-Cache" not in refused.headers
    warm(reader, urls, shown=True)
    set_collection_privacy(editor_client, board_papers, "none")
    for url in urls:
        assert reader.get(url).headers.get("X-Page-Cache") == "miss", url
    opened = reader.get(minutes.url)
    assert b"".join(opened.streaming_content) == b"Minutes of the board."


PRIVATE_POST_URLS = [
    "/",
    "/feed/",
    "/feed/atom/",
    "/tags/parking/",
    "/tags/parking/feed/",
    "/tags/parking/feed/atom/",
    "/leaders/ada-lovell/",
    "/leaders/ada-lovell/feed/",
    "/leaders/ada-lovell/feed/atom/",
    "/leaders/ada-lovell/2026/",
    "/leaders/ada-lovell/2026/11/",
    "/leaders/ada-lovell/tag/parking/",
    "/leaders/ben-okoro/bus-lanes-on-the-high-street/",
    "/sitemap.xml",
    "/search/?q=parking+permit",
]


@pytest.mark.parametrize("url", PRIVATE_POST_URLS)
@pytest.mark.parametrize("kind", ["login", "password"])
def test_a_private_post_is_listed_nowhere_even_without_the_cache(
    settings, client, parking, related, url, kind
):
    settings.PAGE_CACHE_ENABLED = False
    PageViewRestriction.objects.create(
        page=parking, restriction_type=kind, password="a-long-shared-phrase"
    )
    response = client.get(url)
    assert response.status_code in (200, 404), url
    text = response.content.decode()
    assert TITLE not in text and BODY not in text and parking.slug not in text


def test_the_public_listings_do_show_the_post(client, parking, related):
    """The check above would pass on empty pages: the same URLs show the post when public."""
    for url in PRIVATE_POST_URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        assert TITLE in response.content.decode() or parking.slug in response.content.decode(), url
