"""A post approved through the workflow, sent by a real worker (`manage.py db_worker`) into a
real SMTP server (aiosmtpd); the worker is killed in the middle of the conversation about one
email, then restarted: every follower ends with exactly one copy, with its unsubscribe headers,
and the email in doubt is marked interrupted, never sent twice."""

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from follows.models import Delivery, FollowedLeader, Follower
from leaders.models import BlogPostPage
from leaders.roles import ensure_roles
from tests import factories
from tests.production.realserver import free_port
from tests.workflow.conftest import comms_member
from tests.workflow.helpers import act, create_post

BASE_DIR = Path(__file__).resolve().parents[2]
FOLLOWERS = 12
WITHHELD = 5  # the SMTP server takes the 5th message, then never answers


class WithholdingHandler:
    """Records every message it receives; holds back its answer to one of them."""

    def __init__(self):
        self.received = []
        self.messages = []
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        self.received.append(message["To"])
        self.messages.append(message)
        if len(self.received) == WITHHELD:
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 Connection gone"
        return "250 OK"


def _worker(port):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.follows.worker_settings",
        "FOLLOWS_TEST_DATABASE": str(connection.settings_dict["NAME"]),
        "FOLLOWS_TEST_SMTP_PORT": str(port),
    }
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--backend",
            "background",
            "--interval",
            "0.2",
            "--no-startup-delay",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.flushes_database
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_send_and_restarted_sends_the_rest_once(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    handler = WithholdingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=free_port())
    smtp.start()
    ensure_roles()  # the groups and the workflow, after an earlier test's flush
    home = factories.home_page()
    leader = factories.UserFactory(username="leader.ada", first_name="Ada")
    blog = factories.leader_blog(factories.directory_page(home), "Ada Lovell", leader=leader)
    for n in range(FOLLOWERS):
        follower = Follower.objects.create(
            email=f"reader{n}@x.example", language="en-gb", confirmed_at=timezone.now()
        )
        FollowedLeader.objects.create(follower=follower, blog_key=blog.translation_key)
    # The way every post goes live: the leader submits, the communications team approves.
    editor = Client()
    create_post(editor, leader, blog, "Budget consultation opens", submit=True)
    post = BlogPostPage.objects.child_of(blog).get()
    assert not post.live
    act(editor, comms_member("cara.comms", "Cara"), post, "approve")
    assert BlogPostPage.objects.get(pk=post.pk).live  # committed: the task is queued

    worker = _worker(smtp.port)
    try:
        assert handler.holding.wait(90), "the worker never reached the withheld message"
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
        handler.release.set()
        states = Counter(Delivery.objects.values_list("state", flat=True))
        assert states == {"sent": WITHHELD - 1, "sending": 1, "queued": FOLLOWERS - WITHHELD}

        call_command("deliver_new_posts")  # the schedule's safety net
        worker = _worker(smtp.port)
        unfinished = Delivery.objects.filter(state__in=["queued", "sending"])
        assert _wait(lambda: not unfinished.exists())
    finally:
        worker.kill()
        worker.wait(10)
        smtp.stop()

    copies = Counter(handler.received)
    assert len(copies) == FOLLOWERS and set(copies.values()) == {1}  # all once, none twice
    for message in handler.messages:
        assert "Budget consultation opens" in message["Subject"]
        assert "".join(message["List-Unsubscribe"].split()).startswith("<https://")
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    states = Counter(Delivery.objects.values_list("state", flat=True))
    assert states == {"sent": FOLLOWERS - 1, "interrupted": 1}
