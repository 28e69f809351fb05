"""Without REDIS_URL, `make run` and `make serve` keep one cache for every worker process
(site_config/file_cache.py): its counters are exact across processes and keep their expiry, and
the comment rate limit holds across gunicorn workers.

Figures are printed and appended to test-artifacts/production-figures.txt.
"""

import os
import re
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from site_config.file_cache import LockedFileCache
from tests.comments.conftest import form_fields
from tests.production.httpload import Client
from tests.production.realserver import BASE_DIR
from tests.production.test_real_server import record

PROCESSES = 3
THREADS = 3
COUNTS_EACH = 60

# Each thread of each process counts as the rate limits do (add, then incr), all at once, and
# moves to a new counter every few counts, so several threads also race to create each one.
COUNTER = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from site_config.file_cache import LockedFileCache
    directory, ready, go, threads, counts = sys.argv[1:]

    def count():
        cache = LockedFileCache(directory, {})
        for n in range(int(counts)):
            key = f"hits-{n // 5}"  # a new counter every 5 counts, as a new window starts
            cache.add(key, 0, timeout=None)
            cache.incr(key)

    workers = [threading.Thread(target=count) for _ in range(int(threads))]
    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.01)
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    """
)


def wait_for(condition, timeout=120, message="condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {message}"
        time.sleep(0.05)


def test_counters_raised_by_several_processes_at_once_lose_no_count(tmp_path):
    directory = tmp_path / "cache"
    go = tmp_path / "go"
    arguments = [str(go), str(THREADS), str(COUNTS_EACH)]
    counters = [
        subprocess.Popen(  # noqa: S603 - fixed interpreter and script
            [
                sys.executable,
                "-c",
                COUNTER,
                str(directory),
                str(tmp_path / f"ready-{n}"),
                *arguments,
            ],
            cwd=BASE_DIR,
        )
        for n in range(PROCESSES)
    ]
    try:
        wait_for(
            lambda: all((tmp_path / f"ready-{n}").exists() for n in range(PROCESSES)),
            message="the counting processes to start",
        )
        go.touch()
        for counter in counters:
            assert counter.wait(timeout=300) == 0
    finally:
        for counter in counters:
            if counter.poll() is None:
                counter.kill()
    cache = LockedFileCache(str(directory), {})
    counted = [cache.get(f"hits-{n}") for n in range(COUNTS_EACH // 5)]
    assert counted == [PROCESSES * THREADS * 5] * (COUNTS_EACH // 5)


def test_a_counter_keeps_its_expiry_when_raised(tmp_path):
    # Django's incr() rewrites an entry with the default timeout: a counter meant to live for a
    # day would vanish after five idle minutes. Here the default is one second, the counter's
    # own timeout "never"; once that second has surely passed, the counter must still be there.
    cache = LockedFileCache(str(tmp_path / "cache"), {"TIMEOUT": 1})
    assert cache.add("daily", 0, timeout=None)
    assert cache.incr("daily") == 1
    assert cache.incr("daily", 2) == 3
    time.sleep(1.5)
    assert cache.get("daily") == 3
    assert not cache.add("daily", 0, timeout=None)  # add never resets a live counter
    assert cache.incr("daily") == 4


def test_missing_and_expired_counters_behave_as_in_django(tmp_path):
    cache = LockedFileCache(str(tmp_path / "cache"), {})
    with pytest.raises(ValueError):
        cache.incr("never-added")
    cache.set("gone", 5, timeout=-1)  # already expired
    with pytest.raises(ValueError):
        cache.incr("gone")
    assert cache.add("gone", 0)  # an expired entry is free to add again
    assert cache.touch("gone", timeout=None)
    assert not cache.touch("never-added")
    assert cache.delete("gone")
    assert cache.get("gone") is None


@pytest.mark.parametrize("settings_module", ["dev", "serve"])
def test_make_run_and_make_serve_share_the_file_cache_without_redis(tmp_path, settings_module):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE=f"site_config.settings.{settings_module}", VAR_DIR=str(tmp_path)
    )
    shown = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from django.core.cache import caches; c = caches['default'];"
            "print(type(c).__name__, c._dir)",
        ],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    assert shown == ["LockedFileCache", str(tmp_path / "cache" / "default")]


# --- the comment rate limit across gunicorn workers -------------------------------------------
LIMIT = 4
# One window far longer than the test (its next boundary is in 2033), so the count cannot start
# again mid-test however slow the machine is.
RATE_LIMITS = f"1000000000:{LIMIT}"
# gunicorn logs which worker process answered each request, so the test knows when its posts
# have reached more than one worker.
# RealServer writes gunicorn's access log to access.log; this format names the worker.
ACCESS_LOG = "--access-logformat='served-by %(p)s %(m)s %(U)s %(s)s'"
CLIENTS = 6


def shell(server, code: str) -> str:
    return server.manage("shell", "--no-imports", "-c", code).stdout.strip()


def post_workers(server) -> set[str]:
    log = (server.workdir / "access.log").read_text(errors="replace")
    return set(re.findall(r"served-by <(\d+)> POST /comments/post/", log))


def post_round(clients, forms, round_number) -> list[int]:
    """Every client posts one comment at once, each with its own name, address and text."""
    statuses = [0] * len(clients)

    def send(index):
        n = round_number * len(clients) + index
        data = {
            **forms[index],
            "name": f"Resident {n}",
            "email": f"resident{n}@residents.example",
            "comment": f"Rate limit check {n}: the bus shelter on Mill Lane needs a light.",
        }
        statuses[index] = clients[index].post("/comments/post/", data).status

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses


def test_comment_rate_limit_holds_across_gunicorn_workers(real_server_factory):
    server = real_server_factory(workers=3)
    server.extra_env.update(COMMENT_RATE_LIMITS=RATE_LIMITS, GUNICORN_CMD_ARGS=ACCESS_LOG)
    url = shell(
        server,
        "from leaders.models import BlogPostPage;"
        "print(BlogPostPage.objects.live().public().filter(allow_comments=True).first().url)",
    )
    server.start()
    clients = [Client(server.url()) for _ in range(CLIENTS)]
    forms = []
    for client in clients:
        page = client.get(url)
        assert page.status == 200
        forms.append(form_fields(page.body))
    threading.Event().wait(3.2)  # the form refuses posts sent within 3 s of rendering

    # Keep posting, all from 127.0.0.1 and several at once, until more than LIMIT posts have
    # been answered by at least two workers: with per-worker counting, more than LIMIT would
    # then have been accepted, however gunicorn shared them out.
    statuses = []
    while len(statuses) <= LIMIT or len(post_workers(server)) < 2:
        assert len(statuses) < 30 * CLIENTS, f"posts never reached two workers: {statuses}"
        statuses += post_round(clients, forms, len(statuses) // CLIENTS)

    record(
        f"comment rate limit {LIMIT} per address, {len(statuses)} posts from one address over "
        f"{len(post_workers(server))} gunicorn workers (no Redis): {statuses.count(200)} "
        f"accepted, {statuses.count(429)} refused with 429"
    )
    assert set(statuses) <= {200, 429}, statuses
    assert statuses.count(200) == LIMIT
    assert "Traceback" not in server.log_text()
