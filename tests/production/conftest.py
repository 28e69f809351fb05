"""Fixtures for the production tests: real gunicorn servers on a file SQLite or PostgreSQL."""

import pytest

from tests.production.realserver import RealServer, postgres_available


@pytest.fixture
def real_server_factory(tmp_path_factory):
    """make(database="sqlite"|"postgres", **options) → an unprepared RealServer, destroyed after."""
    servers = []

    def make(database="sqlite", **options):
        if database == "postgres" and not postgres_available():
            pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432")
        server = RealServer(tmp_path_factory.mktemp(f"real-{database}"), database, **options)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.destroy()


def _session_server(tmp_path_factory, database):
    if database == "postgres" and not postgres_available():
        pytest.skip("PostgreSQL is not reachable at 127.0.0.1:5432")
    server = RealServer(tmp_path_factory.mktemp(f"shared-{database}"), database)
    try:
        server.prepare().start()
    except Exception:
        server.destroy()
        raise
    return server


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory):
    """The demo site on gunicorn over a file SQLite (WAL, IMMEDIATE), shared by the session."""
    server = _session_server(tmp_path_factory, "sqlite")
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """The demo site on gunicorn over a fresh PostgreSQL database, shared by the session."""
    server = _session_server(tmp_path_factory, "postgres")
    yield server
    server.destroy()
