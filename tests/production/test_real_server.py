"""The site on a real gunicorn: headers over HTTP, read load, Redis down, database outage.

Figures (request counts, statuses, latencies) are printed and appended to
test-artifacts/production-figures.txt so a run leaves its measurements behind.
"""

import threading
import time
import uuid
from pathlib import Path

import pytest

from tests.production.conftest import closed_port
from tests.production.httpload import Client, run_concurrently
from tests.production.realserver import BASE_DIR, redis_available
from tests.production.tcpproxy import TcpProxy

READER_PATHS = ["/", "/leaders/", "/leaders/amira-hassan/", "/leaders/rhiannon-price/"]
FIGURES = BASE_DIR / "test-artifacts" / "production-figures.txt"


def record(line: str) -> None:
    print(line)
    FIGURES.parent.mkdir(exist_ok=True)
    with FIGURES.open("a") as out:
        out.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {line}\n")


def read_pages(client, index, round_index):
    return client.get(READER_PATHS[(index + round_index) % len(READER_PATHS)])


def test_real_server_sends_the_security_headers(sqlite_server):
    response = Client(sqlite_server.url()).get("/leaders/")
    assert response.status == 200
    assert "script-src 'self';" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_uploaded_svg_opened_directly_is_sandboxed(sqlite_server):
    svg = next(Path(sqlite_server.workdir, "media", "original_images").glob("*.svg"))
    response = Client(sqlite_server.url()).get(f"/media/original_images/{svg.name}")
    assert response.status == 200
    assert response.headers["Content-Type"] == "image/svg+xml"
    policy = response.headers["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy  # falls back to default-src 'none': no script at all


def test_documents_are_not_reachable_as_plain_media(sqlite_server):
    documents = Path(sqlite_server.workdir, "media", "documents")
    documents.mkdir(parents=True, exist_ok=True)
    (documents / "minutes.txt").write_text("<script>alert(1)</script>")
    assert Client(sqlite_server.url()).get("/media/documents/minutes.txt").status == 404


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
def test_sixteen_concurrent_readers_get_no_server_error(request, database):
    server = request.getfixturevalue(f"{database}_server")
    report = run_concurrently(server.url(), read_pages, clients=16, repeat=10, deadline=180)
    record(f"read load on {database}, 16 clients x 10 pages: {report.summary()}")
    assert len(report.results) == 160
    assert report.server_errors == []
    assert set(report.statuses) == {200}


def test_pages_are_served_and_readiness_reports_the_cache_when_redis_is_down(
    real_server_factory,
):
    server = real_server_factory("sqlite")
    server.extra_env["REDIS_URL"] = f"redis://127.0.0.1:{closed_port()}/0"
    server.start()
    client = Client(server.url())
    for path in READER_PATHS:
        assert client.get(path).status == 200, path
    assert client.get("/healthz").status == 200
    ready = client.get("/readyz")
    assert ready.status == 503
    assert '"cache": false' in ready.body and '"database": true' in ready.body
    assert client.get("/admin/login/").status == 200


@pytest.mark.skipif(not redis_available(), reason="Redis is not reachable at 127.0.0.1:6379")
def test_readiness_is_ok_with_redis_up(real_server_factory):
    server = real_server_factory("sqlite")
    server.extra_env["REDIS_URL"] = "redis://127.0.0.1:6379/4"
    server.start()
    assert Client(server.url()).get("/readyz").status == 200


def test_database_outage_mid_load_gives_503_pages_and_recovers_by_itself(real_server_factory):
    """PostgreSQL goes away under load (every connection cut, new ones refused), then returns."""
    server = real_server_factory("postgres")
    proxy = TcpProxy("127.0.0.1", 5432)
    try:
        server.extra_env["DATABASE_URL"] = (
            f"postgres://postgres@127.0.0.1:{proxy.port}/{server.pg_name}"
        )
        # Pages already in the page cache would still be served during the outage; this test
        # is about the requests that do reach the database.
        server.extra_env["PAGE_CACHE_ENABLED"] = "false"
        server.start()
        stop = threading.Event()
        outage = {}

        def cut_and_restore():
            time.sleep(1.5)
            proxy.cut()
            outage["cut_at"] = time.monotonic()
            outage["readyz"] = Client(server.url()).get("/readyz").status
            time.sleep(3)
            proxy.restore()
            outage["restored_at"] = time.monotonic()

        def read_until_stopped(client, index, round_index):
            if stop.is_set():
                return None
            time.sleep(0.05)
            return read_pages(client, index, round_index)

        switch = threading.Thread(target=cut_and_restore)
        switch.start()
        report = run_concurrently(
            server.url(), read_until_stopped, clients=8, repeat=60, deadline=60
        )
        switch.join()
        stop.set()
        report.results = [r for r in report.results if r[2] is not None]
        last_503 = max(
            (r.started + r.elapsed for _c, _n, r in report.results if r.status == 503),
            default=outage["restored_at"],
        )
        after_restore = [r for _c, _n, r in report.results if r.started > last_503]
        record(
            f"database outage under load (PostgreSQL, 8 clients, database away "
            f"{outage['restored_at'] - outage['cut_at']:.1f}s): {report.summary()}; last 503 "
            f"{last_503 - outage['restored_at']:.2f}s after the database returned, then "
            f"{len(after_restore)} requests all 200"
        )

        statuses = report.statuses
        assert set(statuses) <= {200, 503}, statuses
        assert statuses[503] > 0, "the outage was not seen"
        assert outage["readyz"] == 503
        for _client, _round, response in report.results:
            if response.status == 503:
                assert "Sorry, the service is unavailable" in response.body
                assert "Traceback" not in response.body
                assert response.headers["Retry-After"] == "30"

        # Recovery without a restart: within seconds of the database's return, only 200s.
        assert last_503 - outage["restored_at"] < 5
        assert after_restore and all(r.status == 200 for r in after_restore)
        client = Client(server.url())
        assert all(client.get(path).status == 200 for path in READER_PATHS)
        assert client.get("/readyz").status == 200
    finally:
        server.stop()
        proxy.close()


def sign_in_attempt(client, index, round_index):
    if client.cookie("csrftoken") is None:
        client.get("/admin/login/")
    return client.post(
        "/admin/login/", {"username": f"guess{index}-{round_index}", "password": "wrong-guess"}
    )


@pytest.mark.skipif(not redis_available(), reason="Redis is not reachable at 127.0.0.1:6379")
def test_sign_in_lockout_is_shared_by_every_worker_through_redis(real_server_factory):
    """One address guessing passwords over real HTTP: the per-address limit holds across
    gunicorn workers, and concurrent guesses get answers, never errors."""
    server = real_server_factory("sqlite", workers=3)
    server.extra_env["REDIS_URL"] = "redis://127.0.0.1:6379/4"
    server.extra_env["CACHE_KEY_PREFIX"] = f"lv-test-{uuid.uuid4().hex}"  # no earlier counters
    server.start()

    sequential = [sign_in_attempt(Client(server.url()), 0, n) for n in range(25)]
    answers = ["Too many failed" in r.body for r in sequential]
    assert all(r.status == 200 for r in sequential)
    assert answers == [False] * 20 + [True] * 5

    report = run_concurrently(server.url(), sign_in_attempt, clients=8, repeat=3, deadline=60)
    record(f"concurrent sign-in guesses after lockout, 8 clients x 3: {report.summary()}")
    assert report.server_errors == []
    assert all("Too many failed" in r.body for _c, _n, r in report.results)
