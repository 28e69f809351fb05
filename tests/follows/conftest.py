"""Fixtures for following: leaders with English and Welsh blogs, and the real follow form."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import transaction

from demo.welsh import translate, welsh_locale
from leaders.models import LeaderBlogPage
from tests import factories
from tests.comments.conftest import form_fields

FOLLOW_URL = "/follow/"
CY_FOLLOW_URL = "/cy/follow/"
LINK = re.compile(r"https://leaders\.example(/(?:cy/)?follow/[a-z]+/[^/\s\"<>]+/)")


@pytest.fixture(autouse=True)
def _follows_environment(settings):
    """Counters start at zero, forms may be sent at once, links use the public address."""
    cache.clear()
    settings.LEADERS_COMMENTS = {**settings.LEADERS_COMMENTS, "MIN_SECONDS_TO_SUBMIT": 0}
    settings.SITE_URL = "https://leaders.example"
    yield
    cache.clear()


@pytest.fixture(scope="module")
def _leaders_tree(django_db_setup, django_db_blocker):
    """Two serving leaders, each blog in English and Welsh, built once per test module.

    The tree is made inside a transaction held open for the module: each test's own
    transaction is a savepoint within it (rolled back after the test), and the module's is
    rolled back at the end, so every test starts from this tree and leaves nothing behind.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        home = factories.home_page()
        directory = factories.directory_page(home)
        ada = factories.leader_blog(directory, "Ada Lovell")
        bryn = factories.leader_blog(directory, "Bryn Morgan")
        cy = welsh_locale()
        translate(home, cy, {"title": "Lleisiau Arwain"})
        translate(directory, cy, {"title": "Ein harweinwyr"})
        ada_cy = translate(ada, cy, {"title": "Ada Lovell", "name": "Ada Lovell"})[0]
        translate(bryn, cy, {"title": "Bryn Morgan", "name": "Bryn Morgan"})
        yield {"ada": ada.pk, "ada_cy": ada_cy.pk, "bryn": bryn.pk}
        transaction.set_rollback(True)


@pytest.fixture
def leaders(db, _leaders_tree):
    """The leaders' blogs, read afresh for each test (a test may change its copies)."""
    return {name: LeaderBlogPage.objects.get(pk=pk) for name, pk in _leaders_tree.items()}


def follow(client, page_url, email="nia@residents.example", leaders=None, **values):
    """Fill in the real follow form on `page_url` and send it."""
    response = client.get(page_url)
    assert response.status_code == 200
    action = CY_FOLLOW_URL if page_url.startswith("/cy/") else FOLLOW_URL
    data = form_fields(response.content.decode(), action=action)
    data["email"] = email
    if leaders is not None:
        data["leaders"] = leaders
    data.update(values)
    return client.post(action, data)


def links(message) -> list[str]:
    """Every link to the site in an email, text and HTML parts."""
    bodies = [message.body] + [content for content, _type in message.alternatives]
    return [path for body in bodies for path in LINK.findall(body)]


def last_links(kind) -> list[str]:
    """The distinct links of one kind in the last email (each is in both parts)."""
    found = [link for link in links(mail.outbox[-1]) if f"/follow/{kind}/" in link]
    return list(dict.fromkeys(found))
