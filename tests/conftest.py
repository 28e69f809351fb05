"""Suite-wide fixtures: no network beyond this machine, and a small leaders' site tree."""

import socket

import pytest

from tests import factories
from tests.mail_server import MailServer
from tests.services import run_database

LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost"}


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return True
    host = address[0] if isinstance(address, tuple) else address
    return host in LOCAL_HOSTS or str(host).startswith("127.")


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering
def pytest_collection_modifyitems(config, items):
    """Two rules on the collected tests.

    - Tests marked `postgresql` belong to the PostgreSQL run; the SQLite run deselects them
      (listed as deselected in the summary, never silently skipped). CI runs both.
    - A test marked `flushes_database` runs after every other test: a flush empties Django's
      content-type cache, and the next test restored from the serialized database would then
      re-create content types while loading Wagtail pages, clashing with the rows it restores.
    """
    if run_database() != "postgres":
        other_run = [item for item in items if item.get_closest_marker("postgresql")]
        if other_run:
            config.hook.pytest_deselected(items=other_run)
            items[:] = [item for item in items if not item.get_closest_marker("postgresql")]
    items.sort(key=lambda item: item.get_closest_marker("flushes_database") is not None)


class OutboundNetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True, scope="session")
def _block_outbound_network():
    """Every test runs offline: a connection to any host but this machine fails loudly."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_create_connection = socket.create_connection

    def guarded_connect(sock, address):
        if not _is_local(address):
            raise OutboundNetworkBlocked(f"test tried to reach {address!r}")
        return real_connect(sock, address)

    def guarded_connect_ex(sock, address):
        if not _is_local(address):
            raise OutboundNetworkBlocked(f"test tried to reach {address!r}")
        return real_connect_ex(sock, address)

    def guarded_create_connection(address, *args, **kwargs):
        if not _is_local(address):
            raise OutboundNetworkBlocked(f"test tried to reach {address!r}")
        return real_create_connection(address, *args, **kwargs)

    socket.socket.connect = guarded_connect
    socket.socket.connect_ex = guarded_connect_ex
    socket.create_connection = guarded_create_connection
    yield
    socket.socket.connect = real_connect
    socket.socket.connect_ex = real_connect_ex
    socket.create_connection = real_create_connection


@pytest.fixture(scope="session")
def smtp_server():
    """A real SMTP server on 127.0.0.1 for the session (tests/mail_server.py): point a worker's
    EMAIL_HOST/EMAIL_PORT at it and read `smtp_server.messages`. Tests tell their emails apart
    by recipient address, so it is shared."""
    server = MailServer().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home(db):
    return factories.home_page()


@pytest.fixture
def directory(home):
    return factories.directory_page(home)


@pytest.fixture
def leader_a(db):
    return factories.UserFactory(username="leader.a", first_name="Ada", last_name="Lovell")


@pytest.fixture
def leader_b(db):
    return factories.UserFactory(username="leader.b", first_name="Ben", last_name="Okoro")


@pytest.fixture
def blog_a(directory, leader_a):
    return factories.leader_blog(directory, name="Ada Lovell", slug="ada-lovell", leader=leader_a)


@pytest.fixture
def blog_b(directory, leader_b):
    return factories.leader_blog(directory, name="Ben Okoro", slug="ben-okoro", leader=leader_b)


@pytest.fixture
def post_a(blog_a):
    return factories.blog_post(blog_a, title="Listening first", slug="listening-first")


@pytest.fixture(autouse=True)
def _english_first():
    """Every test starts in English: a request to a Welsh page leaves Welsh active in the thread
    (Django's LocaleMiddleware activates the URL's language and leaves it)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """The page cache outlives each test's database rollback; start every test without it."""
    from django.core.cache import caches

    caches["pages"].clear()


@pytest.fixture(scope="session")
def oidc_provider():
    """A real OpenID Connect provider on 127.0.0.1, one per session (tests/oidc_provider.py)."""
    from tests.oidc_provider import Provider

    provider = Provider()
    yield provider
    provider.stop()
