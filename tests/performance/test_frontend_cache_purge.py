"""The CDN in front of the site is told, once the change is committed, which URLs to drop.

Wagtail's HTTP purge backend (what Varnish or nginx in front of the site receive) is pointed at
a small HTTP server on 127.0.0.1 that records each PURGE request it gets.
"""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests import factories

pytestmark = pytest.mark.django_db

SITE = "http://localhost"  # the test site's root URL (factories.home_page)


class PurgeRecorder(ThreadingHTTPServer):
    def __init__(self):
        self.purged = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), PurgeHandler)

    def urls(self) -> set[str]:
        with self.lock:
            return set(self.purged)


class PurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # http.server calls do_<METHOD>
        with self.server.lock:
            self.server.purged.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = PurgeRecorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=30)


def post_listings(blog="/leaders/ada-lovell/", tag="parking", month="2026/11/"):
    """The URLs that show a post of `blog` dated November 2026 with the topic `tag`."""
    year = month.split("/")[0]
    paths = [
        "/",
        "/feed/",
        "/feed/atom/",
        "/leaders/",
        blog,
        f"{blog}feed/",
        f"{blog}feed/atom/",
        f"{blog}{year}/",
        f"{blog}{month}",
        f"{blog}tag/{tag}/",
        f"/tags/{tag}/",
        f"/tags/{tag}/feed/",
        f"/tags/{tag}/feed/atom/",
    ]
    return {SITE + path for path in paths}


def parking_post(blog, publish=True):
    return factories.blog_post(
        blog, title="Parking permits review", tags=["parking"], publish=publish
    )


def test_publishing_purges_the_post_and_every_listing_after_the_commit(
    cdn, blog_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        post = parking_post(blog_a)
        assert cdn.urls() == set()  # nothing before the commit: the CDN would refetch old data
    for callback in callbacks:
        callback()
    assert cdn.urls() >= post_listings() | {SITE + post.url}


def test_unpublishing_in_the_admin_purges_the_post_and_its_listings(
    cdn, editor_client, blog_a, django_capture_on_commit_callbacks
):
    post = parking_post(blog_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[post.pk]))
    assert response.status_code == 302
    assert cdn.urls() >= post_listings() | {SITE + post.url}


@pytest.mark.parametrize("kind", ["login", "password", "none"])
def test_changing_a_posts_privacy_in_the_admin_purges_it_and_its_listings(
    cdn, editor_client, blog_a, django_capture_on_commit_callbacks, kind
):
    post = parking_post(blog_a)
    if kind == "none":  # making a private post public again
        editor_client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[post.pk]),
            {"restriction_type": "login", "password": "", "groups": []},
        )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[post.pk]),
            {"restriction_type": kind, "password": "a-long-shared-phrase" * (kind == "password")},
        )
    assert response.status_code == 200
    assert cdn.urls() >= post_listings() | {SITE + post.url}


def test_making_a_blog_private_purges_every_post_in_it(
    cdn, editor_client, blog_a, blog_b, django_capture_on_commit_callbacks
):
    first = parking_post(blog_a)
    second = factories.blog_post(
        blog_a, title="Libraries", tags=["libraries"], date=datetime.date(2025, 3, 1)
    )
    elsewhere = factories.blog_post(blog_b, title="Fire safety week")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("wagtailadmin_pages:set_privacy", args=[blog_a.pk]),
            {"restriction_type": "login", "password": "", "groups": []},
        )
    purged = cdn.urls()
    assert purged >= post_listings() | {SITE + first.url, SITE + second.url}
    assert purged >= post_listings(tag="libraries", month="2025/03/")
    assert SITE + elsewhere.url not in purged


def test_moving_a_post_purges_its_old_and_new_addresses(
    cdn, editor_client, blog_a, blog_b, django_capture_on_commit_callbacks
):
    post = parking_post(blog_a)
    old_url = SITE + post.url
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailadmin_pages:move_confirm", args=[post.pk, blog_b.pk])
        )
    assert response.status_code == 302
    post.refresh_from_db()
    purged = cdn.urls()
    assert purged >= {old_url, SITE + "/leaders/ada-lovell/", SITE + post.url}
    assert purged >= post_listings(blog="/leaders/ben-okoro/")


@pytest.fixture
def board_papers(db):
    factories.home_page()
    return Collection.get_first_root_node().add_child(name="Board papers")


def document(collection, filename="board-minutes.txt"):
    instance = get_document_model()(title="Board minutes", collection=collection)
    instance.file.save(filename, ContentFile(b"Minutes of the board."), save=False)
    instance.save()
    return instance


def test_a_collections_privacy_purges_its_documents(
    cdn, editor_client, board_papers, django_capture_on_commit_callbacks
):
    minutes = document(board_papers)
    sub_collection = board_papers.add_child(name="Closed sessions")
    closed = document(sub_collection, "closed-session.txt")
    public = document(Collection.get_first_root_node(), "annual-report.txt")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailadmin_collections:set_privacy", args=[board_papers.pk]),
            {"restriction_type": "password", "password": "a-long-shared-phrase", "groups": []},
        )
    assert response.status_code == 200
    assert cdn.urls() == {SITE + minutes.url, SITE + closed.url}
    assert SITE + public.url not in cdn.urls()


def test_moving_a_document_to_another_collection_purges_it(
    cdn, board_papers, django_capture_on_commit_callbacks
):
    report = document(Collection.get_first_root_node(), "annual-report.txt")
    with django_capture_on_commit_callbacks(execute=True):
        report.collection = board_papers
        report.save()
    assert cdn.urls() == {SITE + report.url}
