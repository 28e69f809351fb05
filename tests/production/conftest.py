"""Fixtures for the production tests: real gunicorn servers on a file SQLite or PostgreSQL.

The servers use the run's database (`database`): file SQLite in `make test`, PostgreSQL when
DATABASE_URL names one. CI runs the suite once on each, so every real-server test meets both
without preparing both in each run. Tests of what only PostgreSQL does (connections cut
mid-load) are marked `postgresql` and run in the PostgreSQL run.

Migrating and loading the demo site takes about a minute, so it happens once per session
(`prepared_site`); every server is a cheap copy of that prepared site.
"""

import socket

import pytest
from django.core.cache import caches

from tests.production.realserver import RealServer
from tests.services import require_postgres, run_database


def _require(database):
    if database == "postgres":
        require_postgres()  # skipped where PostgreSQL is absent, a failure under CI=true


@pytest.fixture(scope="session")
def prepared_site(tmp_path_factory):
    """prepared_site(kind) → a migrated demo site (stopped), made once per kind per session."""
    prepared = {}

    def get(database):
        _require(database)
        if database not in prepared:
            site = RealServer(tmp_path_factory.mktemp(f"template-{database}"), database)
            try:
                site.prepare()
            except Exception:
                site.destroy()
                raise
            prepared[database] = site
        return prepared[database]

    yield get
    for site in prepared.values():
        site.destroy()


@pytest.fixture(scope="session")
def database():
    """The run's database kind, "sqlite" or "postgres", for the real servers."""
    return run_database()


@pytest.fixture
def real_server_factory(tmp_path_factory, prepared_site, database):
    """make(**options) → a stopped copy of the demo site on the run's database.

    Call .start() on it (and .stop() to simulate a restart); it is destroyed after the test.
    """
    servers = []
    default_database = database

    def make(database=default_database, **options):
        template = prepared_site(database)
        server = RealServer(
            tmp_path_factory.mktemp(f"real-{database}"), template=template, **options
        )
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.destroy()


def _session_server(tmp_path_factory, prepared_site, database):
    server = RealServer(
        tmp_path_factory.mktemp(f"shared-{database}"), template=prepared_site(database)
    )
    try:
        server.start()
    except Exception:
        server.destroy()
        raise
    return server


@pytest.fixture(scope="session")
def site_server(tmp_path_factory, prepared_site, database):
    """The demo site on gunicorn over the run's database, shared by the session (file SQLite
    runs in WAL mode with IMMEDIATE transactions, as `make serve` does)."""
    server = _session_server(tmp_path_factory, prepared_site, database)
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def outbox_worker(site_server, smtp_server):
    """A real `manage.py db_worker` beside `site_server`, on its database, delivering over SMTP
    to `smtp_server`, with retries half a second apart and three tries in all
    (tests/production/worker_settings.py). Yields the site server."""
    site_server.start_worker(settings="tests.production.worker_settings", **smtp_server.settings())
    return site_server


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: nothing listens


@pytest.fixture
def redis_down(settings):
    """Every cache (the shared one and the page cache) on a Redis that does not answer."""
    down = {
        "BACKEND": "site_config.fail_open_redis.FailOpenRedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    settings.CACHES = {"default": down, "pages": {**down, "KEY_PREFIX": "pages"}}
    yield caches["default"]
    caches["default"].close()
    caches["pages"].close()
