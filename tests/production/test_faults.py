"""Faults in process: Redis down (a real closed port) and the database error page."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client

from tests import factories
from tests.production.conftest import closed_port
from tests.services import require_redis


def test_pages_are_still_served_when_redis_is_down(client, post_a, redis_down):
    for url in ("/", "/leaders/", post_a.get_parent().url, post_a.url):
        assert client.get(url).status_code == 200, url


def test_admin_sign_in_still_works_when_redis_is_down(client, db, redis_down):
    factories.UserFactory(username="editor", is_superuser=True)
    response = client.post("/admin/login/", {"username": "editor", "password": factories.PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_fail_open_cache_answers_as_a_miss_and_stops_retrying_for_a_while(redis_down):
    redis_down.set("k", "v")
    assert redis_down.get("k", "default") == "default"
    assert redis_down.add("k", "v") is False
    assert redis_down.get_many(["k"]) == {}
    assert redis_down.incr("counter") == 1
    assert redis_down.ping() is False
    assert redis_down._down_until > 0  # the breaker is open: no connection attempt per call


def test_fail_open_cache_works_normally_when_redis_answers(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "site_config.fail_open_redis.FailOpenRedisCache",
            "LOCATION": require_redis(),
            "KEY_PREFIX": "lv-prod-test",
        }
    }
    cache = caches["default"]
    try:
        cache.set("greeting", "hello", 30)
        assert cache.get("greeting") == "hello"
        assert cache.ping() is True
        cache.delete("greeting")
    finally:
        cache.close()


def unreachable(tmp_path) -> dict:
    """Connection settings under which the test database cannot be reached.

    PostgreSQL: a closed port, as a stopped server. SQLite: a file in a folder that does not
    exist, as a lost volume; both raise the OperationalError a real outage raises.
    """
    if connection.vendor == "sqlite":
        return {"NAME": str(tmp_path / "gone" / "db.sqlite3")}
    return {"PORT": str(closed_port())}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_outage_gives_readers_the_styled_503_page(post_a, tmp_path):
    """The connection points at a database that is away: the next request must not show a
    trace. (test_real_server covers an outage under load on a real server and PostgreSQL.)"""
    url = post_a.url
    away = unreachable(tmp_path)
    original = {key: connection.settings_dict[key] for key in away}
    connection.close()
    connection.settings_dict.update(away)
    try:
        response = Client(raise_request_exception=False).get(url)
    finally:
        connection.close()
        connection.settings_dict.update(original)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "Sorry, the service is unavailable" in body
    assert "Traceback" not in body and "OperationalError" not in body
    # ...and the service recovers by itself once the database is back.
    assert Client().get(url).status_code == 200
