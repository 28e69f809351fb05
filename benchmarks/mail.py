"""`make bench-mail`: one post to 10,000 followers of one leader, sent by a real worker
(`manage.py db_worker --backend background --batch`) into a local aiosmtpd server. Prints
emails per second and the worker's peak memory (its maximum resident set, from the kernel),
and the same worker's peak with an empty queue, so the cost of the send itself is visible.

The database is var/bench/mail.sqlite3, made afresh each run (site_config/settings/bench_mail.py).
"""

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CountingHandler:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def run_worker() -> tuple[float, int]:
    """Run a worker until the queue is empty: (seconds, peak resident memory in MiB)."""
    started = time.monotonic()
    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--backend",
            "background",
            "--batch",
            "--no-startup-delay",
        ],
        cwd=ROOT,
        env=os.environ,
    )
    _pid, status, usage = os.wait4(worker.pid, 0)
    if status:
        raise SystemExit(f"the worker failed (status {status})")
    return time.monotonic() - started, usage.ru_maxrss // 1024


def seed(followers: int):
    from django.core.management import call_command
    from django.utils import timezone

    from follows.models import FollowedLeader, Follower
    from tests import factories

    call_command("migrate", verbosity=0)
    home = factories.home_page()
    blog = factories.leader_blog(factories.directory_page(home), "Ada Lovell")
    now = timezone.now()
    batch = 1000
    for start in range(0, followers, batch):
        rows = Follower.objects.bulk_create(
            Follower(email=f"reader{n}@bench.example", language="en-gb", confirmed_at=now)
            for n in range(start, min(start + batch, followers))
        )
        FollowedLeader.objects.bulk_create(
            FollowedLeader(follower=row, blog_key=blog.translation_key) for row in rows
        )
    return blog


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=10_000)
    args = parser.parse_args()

    port = free_port()
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_config.settings.bench_mail"
    os.environ["BENCH_SMTP_PORT"] = str(port)
    database = ROOT / "var" / "bench" / "mail.sqlite3"
    for path in database.parent.glob("mail.sqlite3*"):
        path.unlink()

    import django

    django.setup()
    from aiosmtpd.controller import Controller

    from follows.models import Delivery
    from tests import factories

    handler = CountingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=port)
    smtp.start()
    try:
        blog = seed(args.followers)
        _idle_seconds, idle_peak = run_worker()  # the worker with nothing to do
        factories.blog_post(blog, "Budget consultation opens")  # queues the sending task
        seconds, peak = run_worker()
    finally:
        smtp.stop()
    sent = Delivery.objects.filter(state="sent").count()
    print(f"followers: {args.followers}, emails received by the SMTP server: {handler.count}")
    print(f"deliveries sent: {sent}, in {seconds:.1f} s (worker start included)")
    print(f"emails per second: {handler.count / seconds:.0f}")
    print(f"worker peak memory: {peak} MiB (idle worker: {idle_peak} MiB)")
    if handler.count != args.followers or sent != args.followers:
        raise SystemExit("not every follower got exactly one email")


if __name__ == "__main__":
    main()
