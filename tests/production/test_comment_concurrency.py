"""Comments and approvals under concurrency, on a real gunicorn over real HTTP, on a file SQLite
(WAL, IMMEDIATE) and on PostgreSQL: nothing lost, nothing doubled, no 5xx, no lock errors.

Figures are printed and appended to test-artifacts/production-figures.txt.
"""

import json
import re
import threading
import time
import uuid

from tests.comments.conftest import form_fields
from tests.production.httpload import SAFETY_STOP_SECONDS, Client, run_concurrently
from tests.production.realserver import DEMO_PASSWORD
from tests.production.test_real_server import record

CLIENTS = 16
POSTS_EACH = 25
# Every client shares 127.0.0.1, so the per-address limit is raised for the load test only.
LOAD_RATE_LIMITS = "60:100000,86400:100000"
# The form refuses posts sent within 3 s of rendering: a client waits at least this long after
# receiving it (a lower bound, so a slow machine only makes the form older).
MIN_FORM_AGE = 3.2


def shell(server, code: str) -> str:
    return server.manage("shell", "--no-imports", "-c", code).stdout.strip()


def commentable_post_url(server) -> str:
    return shell(
        server,
        "from leaders.models import BlogPostPage;"
        "print(BlogPostPage.objects.live().public().filter(allow_comments=True).first().url)",
    )


def count_comments(server, text_contains: str) -> int:
    return int(
        shell(
            server,
            "from django_comments_xtd.models import XtdComment;"
            f"print(XtdComment.objects.filter(comment__contains={text_contains!r}).count())",
        )
    )


def sign_in(client, username, password=DEMO_PASSWORD) -> None:
    client.get("/admin/login/")
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status == 302, response.body[:500]
    assert client.cookie("sessionid")


def fresh_form(client, url) -> dict:
    response = client.get(url)
    assert response.status == 200, url
    return form_fields(response.body)


def test_sixteen_signed_in_clients_posting_25_comments_each_store_each_once(
    real_server_factory, database
):
    server = real_server_factory(database)
    server.extra_env["COMMENT_RATE_LIMITS"] = LOAD_RATE_LIMITS
    shell(
        server,
        "from django.contrib.auth import get_user_model; U = get_user_model()\n"
        f"for n in range({CLIENTS}):\n"
        f"    U.objects.create_user(f'reader{{n}}', f'reader{{n}}@residents.example', "
        f"{DEMO_PASSWORD!r})",
    )
    url = commentable_post_url(server)
    server.start()
    forms = {}
    ready = threading.Barrier(CLIENTS)

    def post_comments(client, index, round_index):
        if round_index == 0:
            sign_in(client, f"reader{index}")
            forms[index] = fresh_form(client, url)
            ready.wait(timeout=SAFETY_STOP_SECONDS)  # every client signed in: post together
            time.sleep(MIN_FORM_AGE)
        data = {**forms[index], "comment": f"Load comment {index}-{round_index} on {database}."}
        return client.post("/comments/post/", data)

    report = run_concurrently(server.url(), post_comments, clients=CLIENTS, repeat=POSTS_EACH)
    accepted = [r for _c, _n, r in report.results if r.status == 200]
    stored = count_comments(server, f"on {database}.")
    log = server.log_text()
    record(
        f"comment posts on {database}, {CLIENTS} signed-in clients x {POSTS_EACH}: "
        f"{report.summary()}; accepted {len(accepted)}, rows stored {stored}, "
        f"'database is locked' in log: {log.count('database is locked')}"
    )
    assert len(report.results) == CLIENTS * POSTS_EACH
    assert report.server_errors == []
    assert all("Thank you" in r.body or "comment" in r.body.lower() for r in accepted)
    assert len(accepted) == CLIENTS * POSTS_EACH
    assert stored == len(accepted)
    assert "database is locked" not in log
    assert "Traceback" not in log


def test_ten_simultaneous_confirmations_of_one_link_store_one_comment(
    real_server_factory, database, smtp_server
):
    server = real_server_factory(database)
    url = commentable_post_url(server)
    server.start_worker(**smtp_server.settings())
    server.start()
    client = Client(server.url())
    data = fresh_form(client, url)
    time.sleep(MIN_FORM_AGE)
    text = f"Please confirm me once on {database}."
    email = f"carys.{uuid.uuid4().hex[:8]}@residents.example"
    data.update(name="Carys Jones", email=email, comment=text)
    assert client.post("/comments/post/", data).status == 200
    [delivered] = smtp_server.wait_for(email)
    body = delivered.get_body(("plain",)).get_content()
    match = re.search(r"http://127\.0\.0\.1(/comments/confirm/[^/\s]+/)", body)
    assert match, "no confirmation link in the email"
    link = match.group(1)

    start = threading.Barrier(10)
    responses = []

    def open_link():
        opener = Client(server.url())
        opener.get(link)  # the page with the button (and the CSRF cookie)
        start.wait(timeout=SAFETY_STOP_SECONDS)
        responses.append(opener.post(link, {}))

    threads = [threading.Thread(target=open_link) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SAFETY_STOP_SECONDS)
    statuses = sorted(r.status for r in responses)
    stored = count_comments(server, text)
    record(f"10 simultaneous confirmations of one link on {database}: {statuses}, rows {stored}")
    assert statuses == [200] * 10
    assert stored == 1
    assert "database is locked" not in server.log_text()


def task_states(server, page_pk) -> dict:
    return json.loads(
        shell(
            server,
            "import json\n"
            "from wagtail.models import PageLogEntry, TaskState\n"
            f"states = TaskState.objects.filter(revision__object_id='{page_pk}')\n"
            f"log = PageLogEntry.objects.filter(page_id={page_pk})\n"
            "print(json.dumps({'states': {str(s.pk): s.status for s in states},"
            " 'approvals': log.filter(action='wagtail.workflow.approve').count(),"
            " 'publications': log.filter(action='wagtail.publish').count()}))",
        )
    )


def test_two_communications_members_approving_one_task_at_once_make_one_transition(
    real_server_factory, database
):
    server = real_server_factory(database)
    task = json.loads(
        shell(
            server,
            "import json\n"
            "from django.contrib.auth.models import Group\n"
            "from django.contrib.auth import get_user_model\n"
            "from leaders import roles\n"
            "from leaders.models import BlogPostPage\n"
            "u = get_user_model().objects.create_user("
            f"'comms2', 'comms2@council.example', {DEMO_PASSWORD!r})\n"
            "u.groups.add(Group.objects.get(name=roles.COMMS_GROUP))\n"
            'p = BlogPostPage.objects.get(title="What the residents\' panel changed")\n'
            "s = p.current_workflow_task_state\n"
            "print(json.dumps({'page': p.pk, 'state': s.pk, 'task': s.task_id}))",
        )
    )
    before = task_states(server, task["page"])
    server.start()
    clients = [Client(server.url()), Client(server.url())]
    for client, username in zip(clients, ["comms", "comms2"], strict=True):
        sign_in(client, username)
    action = f"/admin/pages/workflow/action/{task['page']}/approve/{task['state']}/"
    start = threading.Barrier(2)
    responses = []

    def approve(client):
        start.wait(timeout=SAFETY_STOP_SECONDS)
        response = client.post(action, {"comment": "Fine by me."})
        # Where each reviewer lands: a normal admin page (the dashboard, or the editor showing
        # the post's state for the one who was second).
        responses.append((response, client.get(response.headers.get("Location", "/admin/"))))

    threads = [threading.Thread(target=approve, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SAFETY_STOP_SECONDS)
    states = task_states(server, task["page"])
    statuses = sorted(r.status for r, _landing in responses)
    record(f"two simultaneous workflow approvals on {database}: {statuses}, task states {states}")
    assert statuses == [302, 302]
    assert [landing.status for _r, landing in responses] == [200, 200]
    # Exactly one transition: the comms task approved once, the next task started once.
    assert states["states"][str(task["state"])] == "approved"
    assert states["approvals"] == before["approvals"] + 1
    assert states["publications"] == before["publications"] + 1
    assert "Traceback" not in server.log_text()
