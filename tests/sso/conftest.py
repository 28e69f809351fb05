"""Single sign-on switched on against the session's real provider (tests/oidc_provider.py), and
the steps of a sign-in as the browser takes them, over HTTP."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache

from site_config.sso import provider as discovery

CLIENT_ID = "leadership-voices"
GROUP_MAP = {"sg-blog-comms": "Communications team", "sg-blog-leaders": "Leaders"}


@pytest.fixture
def sso(settings, oidc_provider, db):
    """The site configured as OIDC_OP_ISSUER=<the provider> etc. would configure it."""
    settings.OIDC_OP_ISSUER = oidc_provider.issuer
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = "client-secret"
    settings.OIDC_GROUP_MAP = GROUP_MAP
    settings.OIDC_BUTTON_LABEL = "Sign in with your Eastmoor Council account"
    settings.OIDC_ONLY = False
    cache.clear()  # the sign-in throttle's counters
    discovery.forget()
    oidc_provider.replace_id_token = None
    yield oidc_provider
    discovery.forget()
    cache.clear()  # refusals count towards the address lockout: leave none for later tests


@pytest.fixture
def sso_only(settings, sso):
    settings.OIDC_ONLY = True
    settings.WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
    settings.WAGTAIL_PASSWORD_RESET_ENABLED = False
    settings.WAGTAILUSERS_PASSWORD_ENABLED = False
    return sso


def start(client, next_path=None) -> str:
    """Press the sign-in button: the provider's authorisation URL the site sends us to."""
    response = client.get("/admin/sso/start/", {"next": next_path} if next_path else {})
    assert response.status_code == 302, response.content[:300]
    return response["Location"]


def query(url) -> dict:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def come_back(client, callback_url):
    """Follow the provider's redirect back to the site (its host is the test client's)."""
    parts = urlsplit(callback_url)
    return client.get(f"{parts.path}?{parts.query}")


def sign_in(client, provider, sub, next_path=None):
    return come_back(client, provider.approve(start(client, next_path), sub))


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session
