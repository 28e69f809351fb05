"""The site on a real gunicorn: headers over HTTP, read load, Redis down, database outage.

Figures (request counts, statuses, latencies) are printed and appended to
test-artifacts/production-figures.txt so a run leaves its measurements behind.
"""

import time
import uuid
from pathlib import Path

import pytest

from tests.production.conftest import closed_port
from tests.production.httpload import Client, Load, run_concurrently
from tests.production.realserver import BASE_DIR
from tests.production.tcpproxy import TcpProxy
from tests.services import require_redis

READER_PATHS = ["/", "/leaders/", "/leaders/amira-hassan/", "/leaders/rhiannon-price/"]
FIGURES = BASE_DIR / "test-artifacts" / "production-figures.txt"


def record(line: str) -> None:
    print(line)
    FIGURES.parent.mkdir(exist_ok=True)
    with FIGURES.open("a") as out:
        out.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {line}\n")


def read_pages(client, index, round_index):
    return client.get(READER_PATHS[(index + round_index) % len(READER_PATHS)])


def test_real_server_sends_the_security_headers(site_server):
    response = Client(site_server.url()).get("/leaders/")
    assert response.status == 200
    assert "script-src 'self';" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_uploaded_svg_opened_directly_is_sandboxed(site_server):
    svg = next(Path(site_server.workdir, "media", "original_images").glob("*.svg"))
    response = Client(site_server.url()).get(f"/media/original_images/{svg.name}")
    assert response.status == 200
    assert response.headers["Content-Type"] == "image/svg+xml"
    policy = response.headers["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy  # falls back to default-src 'none': no script at all


def test_documents_are_not_reachable_as_plain_media(site_server):
    documents = Path(site_server.workdir, "media", "documents")
    documents.mkdir(parents=True, exist_ok=True)
    (documents / "minutes.txt").write_text("<script>alert(1)</script>")
    assert Client(site_server.url()).get("/media/documents/minutes.txt").status == 404


def test_sixteen_concurrent_readers_get_no_server_error(site_server, database):
    server = site_server
    report = run_concurrently(server.url(), read_pages, clients=16, repeat=10)
    record(f"read load on {database}, 16 clients x 10 pages: {report.summary()}")
    assert len(report.results) == 160
    assert report.server_errors == []
    assert set(report.statuses) == {200}


def test_pages_are_served_and_readiness_reports_the_cache_when_redis_is_down(
    real_server_factory,
):
    server = real_server_factory()
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


def test_readiness_is_ok_with_redis_up(real_server_factory):
    redis_url = require_redis()
    server = real_server_factory()
    server.extra_env["REDIS_URL"] = redis_url
    server.start()
    assert Client(server.url()).get("/readyz").status == 200


def answered(results, status, since=0.0) -> int:
    """How many requests sent after `since` (monotonic time) were answered with `status`."""
    return sum(1 for _c, _n, r in results if r.status == status and r.started > since)


def last_503_end(responses) -> float:
    return max((r.started + r.elapsed for r in responses if r.status == 503), default=0.0)


@pytest.mark.postgresql
def test_database_outage_mid_load_gives_503_pages_and_recovers_by_itself(real_server_factory):
    """PostgreSQL goes away under load (every connection cut, new ones refused), then returns.

    The load runs until each step has been seen, not for a set time: readers served, then the
    outage answered with 503s, then, after the database's return, RECOVERED_READS answers in a
    row that are all 200. How long the recovery took is measured and recorded, not asserted.
    """
    server = real_server_factory()
    proxy = TcpProxy("127.0.0.1", 5432)
    clients = 8
    recovered_reads = 4 * clients
    try:
        server.extra_env["DATABASE_URL"] = (
            f"postgres://postgres@127.0.0.1:{proxy.port}/{server.pg_name}"
        )
        # Pages already in the page cache would still be served during the outage; this test
        # is about the requests that do reach the database.
        server.extra_env["PAGE_CACHE_ENABLED"] = "false"
        server.start()

        def read(client, index, round_index):
            time.sleep(0.05)  # pacing: a reader, not a flood of instant 503s
            return read_pages(client, index, round_index)

        with Load(server.url(), read, clients=clients) as load:
            load.wait_for(lambda res: answered(res, 200) >= 2 * clients, "readers served")
            proxy.cut()
            cut_at = time.monotonic()
            readyz = Client(server.url()).get("/readyz").status
            load.wait_for(lambda res: answered(res, 503, cut_at) >= 2 * clients, "503s")
            proxy.restore()
            restored_at = time.monotonic()

            def recovered(results):
                since = max(restored_at, last_503_end([r for _c, _n, r in results]))
                return answered(results, 200, since) >= recovered_reads

            load.wait_for(recovered, f"{recovered_reads} answers in a row after the restore")
        responses = [r for _c, _n, r in load.report.results]
        last_503 = last_503_end(responses)
        after_restore = [r for r in responses if r.started > max(last_503, restored_at)]
        record(
            f"database outage under load (PostgreSQL, {clients} clients, database away "
            f"{restored_at - cut_at:.1f}s): {load.report.summary()}; last 503 answered "
            f"{last_503 - restored_at:+.2f}s from the database's return, then "
            f"{len(after_restore)} requests all 200"
        )

        statuses = load.report.statuses
        assert set(statuses) <= {200, 503}, statuses
        assert readyz == 503
        for response in responses:
            if response.status == 503:
                assert "Sorry, the service is unavailable" in response.body
                assert "Traceback" not in response.body
                assert response.headers["Retry-After"] == "30"
        # Recovery without a restart: once the 503s stop, they stay stopped.
        assert len(after_restore) >= recovered_reads
        assert all(r.status == 200 for r in after_restore)
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


def test_sign_in_lockout_is_shared_by_every_worker_through_redis(real_server_factory):
    """One address guessing passwords over real HTTP: the per-address limit holds across
    gunicorn workers, and concurrent guesses get answers, never errors."""
    redis_url = require_redis()
    server = real_server_factory(workers=3)
    server.extra_env["REDIS_URL"] = redis_url
    server.extra_env["CACHE_KEY_PREFIX"] = f"lv-test-{uuid.uuid4().hex}"  # no earlier counters
    server.start()

    sequential = [sign_in_attempt(Client(server.url()), 0, n) for n in range(25)]
    answers = ["Too many failed" in r.body for r in sequential]
    assert all(r.status == 200 for r in sequential)
    assert answers == [False] * 20 + [True] * 5

    report = run_concurrently(server.url(), sign_in_attempt, clients=8, repeat=3)
    record(f"concurrent sign-in guesses after lockout, 8 clients x 3: {report.summary()}")
    assert report.server_errors == []
    assert all("Too many failed" in r.body for _c, _n, r in report.results)
