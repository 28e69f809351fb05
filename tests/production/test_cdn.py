"""A real CDN in front: Debian's Varnish with the shipped VCL before two gunicorn servers that
share one database and one Redis. Public pages are served by Varnish without reaching Python,
every change purges it, nothing for one person is shared through it, and it serves the last
good page while the database is down.

One Varnish and two servers serve every test here (about half a minute to start); they run on
the run's database. Two servers on one file SQLite are sound: WAL works across processes on
one machine, and IMMEDIATE transactions take the write lock up front. Cutting the database off
needs the PostgreSQL run (a TCP proxy between the servers and PostgreSQL is cut).
"""

import json
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.middleware.csrf import _unmask_cipher_token

from tests.production.realserver import RealServer
from tests.production.tcpproxy import TcpProxy
from tests.production.varnish import Varnish, fetch, varnishd
from tests.services import require_redis, require_service

TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')
USERBAR = "wagtail-userbar"

SITE_FACTS = """
import json
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale
from leaders.models import BlogPostPage, LeaderBlogPage
blog = LeaderBlogPage.objects.live().filter(locale=Locale.get_default()).order_by("pk").first()
posts = BlogPostPage.objects.live().child_of(blog).order_by("-date", "-pk")
client = Client()
client.force_login(get_user_model().objects.filter(is_superuser=True).first())
print(json.dumps({
    "blog": blog.url,
    "posts": [{"pk": post.pk, "url": post.url, "title": post.title} for post in posts[:5]],
    "session": client.cookies["sessionid"].value,
}))
"""

PUBLISH_THROUGH_WORKFLOW = """
from django.contrib.auth import get_user_model
from wagtail.models import WorkflowState
from leaders.models import BlogPostPage
admin = get_user_model().objects.filter(is_superuser=True).first()
post = BlogPostPage.objects.get(pk={pk})
post.title = "{title}"
post.save_revision(user=admin)
state = post.get_workflow().start(post, admin)
while state.status == WorkflowState.STATUS_IN_PROGRESS:
    state.current_task_state.approve(user=admin)
    state.refresh_from_db()
print(BlogPostPage.objects.get(pk={pk}).title)
"""

HOLD_THEN_APPROVE_COMMENT = """
from django.contrib.auth import get_user_model
from django_comments_xtd.models import XtdComment
from comments import actions
from comments.targets import post_content_type
admin = get_user_model().objects.filter(is_superuser=True).first()
comment = XtdComment.objects.create(
    content_type=post_content_type(), object_pk="{pk}", site_id=1, user_name="Rhian Lloyd",
    user_email="rhian@example.org", comment="{words}", is_public=False,
)
actions.approve(comment, admin)
"""


@pytest.fixture(scope="module")
def cdn(tmp_path_factory, prepared_site, database):
    require_service("Varnish", varnishd() is not None, "install Debian's varnish (.ci/run does)")
    redis_url = require_redis()
    template = prepared_site(database)
    first = RealServer(tmp_path_factory.mktemp("cdn-app1"), template=template)
    second = RealServer(tmp_path_factory.mktemp("cdn-app2"), template=template, database_of=first)
    proxy = TcpProxy("127.0.0.1", 5432) if database == "postgres" else None
    varnish = Varnish(tmp_path_factory.mktemp("cdn-varnish"), [first, second])
    env = {
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": f"cdn-{uuid.uuid4().hex[:8]}",  # nothing from an earlier run
        "FRONTEND_CACHE_LOCATION": f"http://127.0.0.1:{varnish.port}",
    }
    if proxy:
        env["DATABASE_URL"] = first.database_url.replace(":5432/", f":{proxy.port}/")
    try:
        for server in (first, second):
            server.extra_env.update(env)
        with ThreadPoolExecutor(2) as starting:  # both at once: each takes seconds to boot
            list(starting.map(RealServer.start, (first, second)))
        varnish.start()
        facts = json.loads(shell(first, SITE_FACTS))
        yield {"varnish": varnish, "servers": (first, second), "proxy": proxy, **facts}
    finally:
        varnish.stop()
        second.destroy()
        first.destroy()
        if proxy:
            proxy.close()


def shell(server, code: str) -> str:
    done = server.manage("shell", "--no-imports", "-c", code, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def csrf_cookie(headers) -> str | None:
    found = re.search(r"csrftoken=([A-Za-z0-9]+)", headers.get("Set-Cookie", ""))
    return found and found.group(1)


def served_by_python(cdn, path, expected) -> int:
    """How many requests for `path` reached either app server, once `expected` have or a few
    seconds passed (gunicorn logs a request just after answering it)."""
    deadline = time.monotonic() + 5
    while True:
        count = sum(
            line.split(" ")[1] == path
            for server in cdn["servers"]
            for line in server.requests_served()
        )
        if count >= expected or time.monotonic() > deadline:
            return count
        time.sleep(0.1)


def through(cdn, path, **headers):
    return fetch(cdn["varnish"].url(path), headers)


def warm(cdn, path):
    """Read `path` until Varnish holds it (the first read may have been answered already)."""
    through(cdn, path)
    status, headers, body = through(cdn, path)
    assert (status, headers["X-Cache"]) == (200, "HIT"), headers
    return body


def test_varnish_serves_a_page_without_reaching_python(cdn):
    blog = cdn["blog"]
    status, headers, body = through(cdn, blog)
    assert status == 200 and headers["X-Cache"] == "MISS"
    assert "s-maxage=" in headers["Cache-Control"] and "public" in headers["Cache-Control"]
    assert served_by_python(cdn, blog, 1) == 1
    for query in ("", "?utm_source=news&fbclid=" + uuid.uuid4().hex, "?gclid=1&utm_medium=x"):
        status, headers, again = through(cdn, blog + query)
        assert (status, headers["X-Cache"]) == (200, "HIT")
        assert again == body
    time.sleep(1)  # time enough for any of those to be logged
    assert served_by_python(cdn, blog, 1) == 1
    # A parameter nobody knows reaches the site, which serves it from its own page cache.
    status, headers, _body = through(cdn, f"{blog}?x={uuid.uuid4().hex}")
    assert (status, headers["X-Cache"], headers["X-Page-Cache"]) == (200, "MISS", "hit")


def test_publishing_through_the_workflow_on_one_server_purges_varnish(cdn):
    first, _second = cdn["servers"]
    post = cdn["posts"][1]
    assert post["title"] in warm(cdn, cdn["blog"])
    warm(cdn, "/")
    title = f"Published through the workflow {uuid.uuid4().hex[:6]}"
    code = PUBLISH_THROUGH_WORKFLOW.format(pk=post["pk"], title=title)
    assert shell(first, code).splitlines()[-1] == title  # after the workflow's emails
    for path in (cdn["blog"], "/"):
        status, headers, body = through(cdn, path)
        assert (status, headers["X-Cache"]) == (200, "MISS"), path
        assert title in body
        assert through(cdn, path)[1]["X-Cache"] == "HIT"


def test_a_moderated_comment_appears_through_varnish(cdn):
    _first, second = cdn["servers"]
    post = cdn["posts"][0]
    warm(cdn, cdn["blog"])
    words = f"A comment moderated on the second server {uuid.uuid4().hex[:6]}"
    shell(second, HOLD_THEN_APPROVE_COMMENT.format(pk=post["pk"], words=words))
    status, headers, body = through(cdn, post["url"])
    assert status == 200 and words in body
    status, headers, _body = through(cdn, cdn["blog"])  # its comment count changed
    assert (status, headers["X-Cache"]) == (200, "MISS")


def test_a_signed_in_editors_page_is_never_shared_through_varnish(cdn):
    blog = cdn["blog"]
    assert USERBAR not in warm(cdn, blog)
    editor = {"Cookie": f"sessionid={cdn['session']}"}
    status, headers, body = through(cdn, blog, **editor)
    assert status == 200 and USERBAR in body
    assert headers["X-Cache"] == "PASS" and "private" in headers["Cache-Control"]
    for _ in range(2):
        status, headers, body = through(cdn, blog)
        assert status == 200 and USERBAR not in body


def test_the_comment_forms_csrf_token_is_never_shared_through_varnish(cdn):
    post = cdn["posts"][0]["url"]
    secrets = set()
    for _ in range(3):
        status, headers, body = through(cdn, post)
        assert status == 200 and headers["X-Cache"] != "HIT"
        assert "private" in headers["Cache-Control"]
        secret = csrf_cookie(headers)
        assert _unmask_cipher_token(TOKEN_RE.search(body).group(1)) == secret
        secrets.add(secret)
    assert len(secrets) == 3
    # A reader who has a token keeps it: the form they get matches their own cookie.
    mine = secrets.pop()
    status, headers, body = through(cdn, post, Cookie=f"csrftoken={mine}")
    assert status == 200 and csrf_cookie(headers) in (None, mine)
    assert _unmask_cipher_token(TOKEN_RE.search(body).group(1)) == mine


@pytest.mark.postgresql
def test_with_the_database_cut_off_varnish_serves_the_last_good_page(cdn):
    varnish, proxy = cdn["varnish"], cdn["proxy"]
    page, never_read = "/feeds/", "/tags/"
    status, headers, good = through(cdn, page, **{"X-Test-Short-Life": "1"})
    assert status == 200 and headers["X-Cache"] == "MISS"
    fetched = time.monotonic()
    proxy.cut()
    try:
        varnish.wait_until(lambda: varnish.healthy() == 0, 60, "sick backends")
        time.sleep(max(0, fetched + 3 - time.monotonic()))  # past its life and short grace
        for _ in range(2):  # the refresh in the background fails and keeps the old copy
            status, headers, body = through(cdn, page)
            assert status == 200 and headers["X-Cache"] == "HIT" and body == good
        assert through(cdn, never_read)[0] == 503  # nothing to fall back on: the outage shows
    finally:
        proxy.restore()
        varnish.wait_until(lambda: varnish.healthy() == 2, 60, "healthy backends")
