"""The provider's endpoints and signing keys, from its discovery document, fetched once.

Entra ID (like every OpenID Connect provider) publishes them at
`<issuer>/.well-known/openid-configuration`. The document is fetched at the first sign-in and
kept for the life of the process; the key set too, fetched again (at most once a minute) only
when a token names a key it does not hold, which is how providers roll their keys.
"""

import logging
import threading
import time
from dataclasses import dataclass

import jwt
import requests
from django.conf import settings

logger = logging.getLogger(__name__)

TIMEOUT = 10  # seconds, for each request to the provider
KEYS_REFETCH_SECONDS = 60


class ProviderUnavailable(Exception):
    """The provider's discovery document or keys could not be had: sign-in cannot start."""


@dataclass(frozen=True)
class Provider:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str


_lock = threading.Lock()
_providers: dict[str, Provider] = {}
_keys: dict[str, tuple[float, jwt.PyJWKSet]] = {}


def _get_json(url: str) -> dict:
    try:
        response = requests.get(url, timeout=TIMEOUT)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as error:
        raise ProviderUnavailable(f"{url}: {error}") from error
    if not isinstance(document, dict):
        raise ProviderUnavailable(f"{url}: not a JSON object")
    return document


def provider() -> Provider:
    """The configured issuer's endpoints; raises ProviderUnavailable with the reason."""
    issuer = settings.OIDC_OP_ISSUER
    with _lock:
        known = _providers.get(issuer)
    if known is not None:
        return known
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    document = _get_json(url)
    if document.get("issuer") != issuer:
        raise ProviderUnavailable(
            f"{url} names the issuer {document.get('issuer')!r}, not OIDC_OP_ISSUER {issuer!r}"
        )
    try:
        found = Provider(
            issuer=issuer,
            authorization_endpoint=document["authorization_endpoint"],
            token_endpoint=document["token_endpoint"],
            jwks_uri=document["jwks_uri"],
        )
    except KeyError as error:
        raise ProviderUnavailable(f"{url} has no {error.args[0]}") from error
    with _lock:
        _providers[issuer] = found
    logger.info("Single sign-on: discovered %s", url)
    return found


def signing_key(token: str) -> jwt.PyJWK:
    """The provider's key that signed `token` (by its `kid`), refetching the key set once if
    the provider has rolled its keys since."""
    jwks_uri = provider().jwks_uri
    kid = jwt.get_unverified_header(token).get("kid")
    for attempt in range(2):
        with _lock:
            fetched_at, keys = _keys.get(jwks_uri, (0.0, None))
        if keys is None or (attempt and time.monotonic() - fetched_at > KEYS_REFETCH_SECONDS):
            try:
                keys = jwt.PyJWKSet.from_dict(_get_json(jwks_uri))
            except jwt.PyJWTError as error:
                raise ProviderUnavailable(f"{jwks_uri}: {error}") from error
            with _lock:
                _keys[jwks_uri] = (time.monotonic(), keys)
        if kid is None and len(keys.keys) == 1:
            return keys.keys[0]  # a provider with one key may leave the key id out
        for key in keys.keys:
            if kid is not None and key.key_id == kid:
                return key
    raise jwt.InvalidTokenError(f"no key {kid!r} in the provider's key set")


def forget() -> None:
    """Drop what was fetched (the next sign-in fetches again), e.g. after a configuration change."""
    with _lock:
        _providers.clear()
        _keys.clear()
