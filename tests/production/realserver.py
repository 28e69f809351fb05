"""A real server for reliability tests: gunicorn with the `serve` settings on a free port.

`RealServer` prepares a database (a file SQLite in WAL mode, or a fresh PostgreSQL database),
migrates it, loads the demo site, collects static files, starts gunicorn on 127.0.0.1 and
waits for /healthz. Preparing takes a minute on a busy machine, so a prepared, stopped server
serves as a template: `RealServer(dir, template=prepared)` copies its database (a file copy, or
PostgreSQL's CREATE DATABASE ... TEMPLATE) and folders in seconds. `server.manage(...)` runs a
management command against the same database (to count rows after a load test),
`server.url(path)` builds addresses, `stop()` ends gunicorn, `destroy()` also drops the
PostgreSQL database. Email leaves through the database queue as in production:
`start_worker(**env)` runs a `db_worker` on the same database until `stop()` (point its
EMAIL_HOST at the `smtp_server` fixture to receive what it sends).
Everything stays on this machine.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from tests.services import PG_ADMIN_URL

BASE_DIR = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "real-server-demo-password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)


class RealServer:
    def __init__(
        self,
        workdir: Path,
        database: str = "sqlite",
        workers: int = 2,
        threads: int = 4,
        template: "RealServer | None" = None,
        database_of: "RealServer | None" = None,
    ):
        """A server whose data start empty, or as a copy of a prepared, stopped `template`;
        with `database_of`, on that server's database (two app servers on one database)."""
        self.workdir = Path(workdir)
        self.kind = template.kind if template else database
        self.workers = workers
        self.threads = threads
        self.port = None
        self.process = None
        self.pg_name = None
        if template:
            # The database file, media, static files and secret key, but not logs or backups.
            shutil.copytree(
                template.workdir,
                self.workdir,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns(
                    "gunicorn.log", "access.log", "worker.log", "backups"
                ),
            )
        self.workdir.mkdir(parents=True, exist_ok=True)
        if database_of is not None:
            self.kind = database_of.kind
            self.database_url = database_of.database_url
        elif self.kind == "sqlite":
            self.database_url = f"sqlite:///{self.workdir / 'db.sqlite3'}"
        elif self.kind == "postgres":
            self.pg_name = f"lv_real_{uuid.uuid4().hex[:10]}"
            copy_of = f' TEMPLATE "{template.pg_name}"' if template else ""
            _pg_admin(f'CREATE DATABASE "{self.pg_name}"{copy_of}')
            self.database_url = f"postgres://postgres@127.0.0.1:5432/{self.pg_name}"
        else:
            raise ValueError(database)
        self.extra_env: dict[str, str] = {}
        self.workers_running: list[subprocess.Popen] = []

    # -- environment and commands ------------------------------------------------------------
    def env(self, settings: str = "site_config.settings.serve", **overrides) -> dict:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "PYTEST_", "REDIS_URL", "DATABASE_URL"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE=settings,
            VAR_DIR=str(self.workdir),
            DATABASE_URL=self.database_url,
            SITE_URL="http://127.0.0.1",
            DEMO_PASSWORD=DEMO_PASSWORD,
            PYTHONUNBUFFERED="1",
        )
        env.update(self.extra_env)
        env.update(overrides)
        return env

    def manage(self, *args, settings="site_config.settings.serve", check=True, **env):
        return subprocess.run(  # noqa: S603 - fixed command, test-built arguments
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env(settings, **env),
            capture_output=True,
            text=True,
            timeout=900,  # a safety stop: migrate and load_demo take minutes on a busy machine
            check=check,
        )

    def start_worker(self, settings: str = "site_config.settings.serve", **env) -> None:
        """A `manage.py db_worker` on this server's database, polling every 0.2 s, until
        `stop()`; its output goes to worker.log."""
        log = open(self.workdir / "worker.log", "ab")  # noqa: SIM115 - the process owns it
        command = [sys.executable, "manage.py", "db_worker", "--backend=background"]
        process = subprocess.Popen(  # noqa: S603 - fixed argument list
            [*command, "--interval=0.2", "--no-startup-delay"],
            cwd=BASE_DIR,
            env=self.env(settings, **env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.workers_running.append(process)

    def worker_log(self) -> str:
        path = self.workdir / "worker.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def prepare(self, demo: bool = True) -> "RealServer":
        self.manage("migrate", "--noinput", "-v0")
        if demo:
            # load_demo needs DEMO_PASSWORD, which only development settings read.
            self.manage("load_demo", settings="site_config.settings.dev")
        self.manage("collectstatic", "--noinput", "-v0")
        return self

    # -- the server ----------------------------------------------------------------------------
    def start(self, timeout: float = 300) -> "RealServer":
        """Start gunicorn and wait for /healthz (the timeout is a safety stop, not a target)."""
        self.port = free_port()
        log = open(self.workdir / "gunicorn.log", "ab")  # noqa: SIM115 - closed in stop()
        self._log = log
        self.process = subprocess.Popen(  # noqa: S603 - fixed argument list
            [
                sys.executable,
                "-m",
                "gunicorn",
                "site_config.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.workers}",
                "--worker-class=gthread",
                f"--threads={self.threads}",
                "--timeout=60",
                "--graceful-timeout=5",
                # One line per request that reaches Python (a CDN's hits never do).
                f"--access-logfile={self.workdir / 'access.log'}",
            ],
            cwd=BASE_DIR,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def requests_served(self) -> list[str]:
        """The request lines of gunicorn's access log, oldest first."""
        path = self.workdir / "access.log"
        lines = path.read_text(errors="replace").splitlines() if path.exists() else []
        return [line.split('"')[1] for line in lines if line.count('"') >= 2]

    def log_text(self) -> str:
        path = self.workdir / "gunicorn.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        for process in [self.process, *self.workers_running]:
            if process and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=5)
        self.workers_running = []
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def destroy(self) -> None:
        self.stop()
        if self.pg_name:
            _pg_admin(f'DROP DATABASE IF EXISTS "{self.pg_name}" WITH (FORCE)')
            self.pg_name = None
        shutil.rmtree(self.workdir, ignore_errors=True)
