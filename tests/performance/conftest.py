"""Fixtures for the performance tests: a superuser client, readers with their own cookies."""

import pytest
from django.test import Client

from tests import factories


@pytest.fixture
def editor_client(db):
    user = factories.UserFactory(username="editor", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reader():
    """An anonymous reader with their own cookie jar."""
    return Client()


@pytest.fixture
def other_reader():
    return Client()
