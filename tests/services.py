"""The services some tests need besides the code: PostgreSQL and Redis on this machine.

A test that needs one calls `require_service(...)`: where the service does not answer, the test
is skipped with the reason (a laptop without Redis can still run the suite), except under
CI=true, where it fails: CI always has both, and a skip there would hide a test that never ran.
"""

import os

import pytest

PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_service(name: str, available: bool, hint: str) -> None:
    """Skip the calling test where `name` is not available; fail it under CI=true."""
    if available:
        return
    if under_ci():
        pytest.fail(f"CI=true but {name} is not available: {hint}", pytrace=False)
    pytest.skip(f"{name} is not available: {hint}")


def run_database() -> str:
    """The database this run of the suite is about: "postgres" when DATABASE_URL names a
    PostgreSQL database (the second CI run), else "sqlite" (`make test` as it comes)."""
    url = os.environ.get("DATABASE_URL", "")
    return "postgres" if url.startswith(("postgres://", "postgresql://", "pgsql://")) else "sqlite"


def redis_url() -> str:
    """The Redis the tests use: REDIS_URL when set, else database 4 on the local server."""
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/4"


def redis_available() -> bool:
    import redis

    client = redis.Redis.from_url(redis_url(), socket_connect_timeout=2, socket_timeout=2)
    try:
        return client.ping() is True
    except redis.RedisError:  # refused, timed out, or not Redis: "not available here"
        return False
    finally:
        client.close()


def require_redis() -> str:
    """The Redis URL to use, once it answers (see require_service)."""
    url = redis_url()
    require_service("Redis", redis_available(), f"no answer at {url} (set REDIS_URL)")
    return url


def postgres_available() -> bool:
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=2):
            return True
    except psycopg.Error:  # refused, timed out, or refused our role: "not available here"
        return False


def require_postgres() -> None:
    require_service(
        "PostgreSQL", postgres_available(), f"no answer at {PG_ADMIN_URL} (set PG_ADMIN_URL)"
    )
