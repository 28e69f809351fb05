"""Suite-wide fixtures: no network beyond this machine, and a small leaders' site tree."""

import socket

import pytest

from tests import factories

LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost"}


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return True
    host = address[0] if isinstance(address, tuple) else address
    return host in LOCAL_HOSTS or str(host).startswith("127.")


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
