"""Comments when a service fails, on a real gunicorn: Redis down still takes comments; the
database cut mid-burst leaves each post either fully stored or answered with a 503."""

import json
import re
import time
import uuid

import pytest

from tests.production.conftest import closed_port
from tests.production.httpload import Client, Load
from tests.production.realserver import DEMO_PASSWORD
from tests.production.tcpproxy import TcpProxy
from tests.production.test_comment_concurrency import (
    LOAD_RATE_LIMITS,
    MIN_FORM_AGE,
    commentable_post_url,
    count_comments,
    fresh_form,
    shell,
    sign_in,
)
from tests.production.test_real_server import record

CLIENTS = 8


def test_comments_are_accepted_and_confirmed_with_redis_down(real_server_factory, smtp_server):
    server = real_server_factory()
    server.extra_env["REDIS_URL"] = f"redis://127.0.0.1:{closed_port()}/0"
    url = commentable_post_url(server)
    server.start_worker(**smtp_server.settings())
    server.start()
    client = Client(server.url())
    data = fresh_form(client, url)
    time.sleep(MIN_FORM_AGE)
    text = "Posted while the cache was away."
    email = f"carys.{uuid.uuid4().hex[:8]}@residents.example"
    data.update(name="Carys Jones", email=email, comment=text)
    posted = client.post("/comments/post/", data)
    assert posted.status == 200, posted.body[:500]
    [delivered] = smtp_server.wait_for(email)
    body = delivered.get_body(("plain",)).get_content()
    match = re.search(r"http://127\.0\.0\.1(/comments/confirm/[^/\s]+/)", body)
    assert match, "no confirmation link in the email"
    assert client.get(match.group(1)).status == 200
    assert client.post(match.group(1), {}).status == 200
    assert count_comments(server, text) == 1


def stored_rows(server) -> list:
    return json.loads(
        shell(
            server,
            "import json\n"
            "from django_comments_xtd.models import XtdComment\n"
            "rows = XtdComment.objects.filter(comment__startswith='Burst comment')\n"
            "print(json.dumps([[c.comment, c.pk, c.thread_id, c.parent_id, c.level] "
            "for c in rows]))",
        )
    )


@pytest.mark.postgresql
def test_database_cut_during_a_burst_of_posts_leaves_no_partial_comment(real_server_factory):
    """Signed-in readers post comments while the database is cut and restored.

    The burst runs until each step has been seen, not for a set time: every reader has had a
    post accepted, then the cut has answered posts with 503s, then, after the database's
    return, every reader has had a post accepted again.
    """
    server = real_server_factory()
    proxy = TcpProxy("127.0.0.1", 5432)
    try:
        server.extra_env["COMMENT_RATE_LIMITS"] = LOAD_RATE_LIMITS
        shell(
            server,
            "from django.contrib.auth import get_user_model; U = get_user_model()\n"
            f"for n in range({CLIENTS}):\n"
            f"    U.objects.create_user(f'burst{{n}}', f'burst{{n}}@residents.example', "
            f"{DEMO_PASSWORD!r})",
        )
        url = commentable_post_url(server)
        server.extra_env["DATABASE_URL"] = (
            f"postgres://postgres@127.0.0.1:{proxy.port}/{server.pg_name}"
        )
        server.start()
        forms = {}

        def post_burst(client, index, round_index):
            if round_index == 0:
                sign_in(client, f"burst{index}")
                forms[index] = fresh_form(client, url)
                time.sleep(MIN_FORM_AGE)
            text = f"Burst comment {index}-{round_index}."
            return text, client.post("/comments/post/", {**forms[index], "comment": text})

        def every_client_accepted(since):
            return lambda results: (
                {index for index, _n, (_t, r) in results if r.status == 200 and r.started > since}
                == set(range(CLIENTS))
            )

        def refused(since):
            return lambda results: (
                sum(1 for _c, _n, (_t, r) in results if r.status == 503 and r.started > since)
                >= CLIENTS
            )

        with Load(server.url(), post_burst, clients=CLIENTS) as load:
            load.wait_for(every_client_accepted(0.0), "a post accepted from every reader")
            proxy.cut()
            load.wait_for(refused(time.monotonic()), "posts answered 503 during the cut")
            proxy.restore()
            load.wait_for(every_client_accepted(time.monotonic()), "posts accepted again")
        # Service comes back by itself: a new sign-in and post after the return is stored.
        after = Client(server.url())
        sign_in(after, "burst0")
        form = fresh_form(after, url)
        time.sleep(MIN_FORM_AGE)
        recovered = after.post("/comments/post/", {**form, "comment": "Burst comment after."})
        answers = {text: response.status for _c, _n, (text, response) in load.report.results}
        rows = stored_rows(server)
        stored = [text for text, *_ in rows]
        statuses = {s: list(answers.values()).count(s) for s in sorted(set(answers.values()))}
        record(
            f"database cut during a burst of comment posts (PostgreSQL, {CLIENTS} signed-in "
            f"clients): {len(answers)} posts in {load.report.elapsed:.1f}s, statuses "
            f"{statuses}, rows stored {len(rows)} (of which answered 503, cut after the commit: "
            f"{sum(1 for text in stored if answers.get(text) == 503)}), all whole"
        )
        assert recovered.status == 200
        assert "Burst comment after." in stored
        assert set(answers.values()) <= {200, 503}, statuses
        assert statuses.get(503), "the outage was not seen"
        assert len(stored) == len(set(stored)), "a comment was stored twice"
        for text, status in answers.items():
            if status == 200:
                assert text in stored, text
        for _text, pk, thread_id, parent_id, level in rows:
            assert (thread_id, parent_id, level) == (pk, pk, 0), "a half-saved comment"
        # A 503 may only mean the post was not kept (or kept whole, when the cut came after
        # the commit); nothing else was stored.
        assert set(stored) <= {*answers, "Burst comment after."}
        assert "database is locked" not in server.log_text()
    finally:
        server.stop()
        proxy.close()
